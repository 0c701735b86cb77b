import { spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import * as path from "node:path";
import { installOfflineProvider } from "../../plan/mirror";
import { serverCertificate } from "../../plugin/tls";
import { tempDir } from "../helpers/config";
import { PROVIDER_SCHEMA } from "../helpers/provider";

const COOKIE = { TF_PLUGIN_MAGIC_COOKIE: "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2" };
const { plugin } = installOfflineProvider(path.join(tempDir(), "offline"), PROVIDER_SCHEMA);

/** The first line the plugin prints, as Terraform's go-plugin client reads it. */
function handshake(env: Record<string, string>): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [plugin], {
      env: { ...process.env, RCC_PROVIDER_SCHEMA: PROVIDER_SCHEMA, ...env },
    });
    child.on("error", reject);
    child.stdout.once("data", (data: Buffer) => {
      child.kill();
      resolve(data.toString().trim().split("|"));
    });
  });
}

describe("the offline provider's go-plugin handshake", () => {
  it("offers gRPC on loopback with protocol 5", async () => {
    const [core, protocol, network, address, kind, ...rest] = await handshake({
      ...COOKIE,
      TF_DISABLE_PLUGIN_TLS: "1",
    });
    expect([core, protocol, network, kind, rest]).toEqual(["1", "5", "tcp", "grpc", []]);
    expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it("answers Terraform's automatic mTLS with its own certificate for localhost", async () => {
    const client = await serverCertificate();
    const fields = await handshake({ ...COOKIE, PLUGIN_CLIENT_CERT: client.certPem });
    expect(fields).toHaveLength(6);
    expect(fields[5]).not.toMatch(/=$/); // go-plugin decodes unpadded base64
    const cert = new X509Certificate(Buffer.from(fields[5], "base64"));
    expect(cert.checkHost("localhost")).toBe("localhost");
    expect(cert.ca).toBe(true);
  });

  it("refuses to run outside Terraform", async () => {
    const child = spawn(process.execPath, [plugin], { env: { ...process.env, TF_PLUGIN_MAGIC_COOKIE: "" } });
    const stderr: Buffer[] = [];
    child.stderr.on("data", (d: Buffer) => stderr.push(d));
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(1);
    expect(Buffer.concat(stderr).toString()).toMatch(/Terraform starts it, not you/);
  });
});
