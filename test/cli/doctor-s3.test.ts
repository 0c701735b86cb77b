import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCenter } from "../../model/load";
import { serverCertificate, ServerCertificate } from "../../plugin/tls";
import { stackPlan } from "../../stacks/app";
import { AwsEnv, credentialsFile, isolatedAwsEnv } from "../helpers/aws-env";
import { edit, REGION, sampleConfig, tempDir } from "../helpers/config";
import { closedPort, FakeS3, fakeS3 } from "../helpers/fake-s3";
import { rccProcess } from "../helpers/rcc";
import { terraformState } from "../helpers/terraform-state";

// Each run is a process of its own: the AWS SDK reads the process environment and the home
// directory itself, and Node reads NODE_EXTRA_CA_CERTS only at start-up.

const ENV_KEYS = { AWS_ACCESS_KEY_ID: "RGWTESTKEY", AWS_SECRET_ACCESS_KEY: "rgw-test-secret" };
const LOCATION = /s3:\/\/daegu-tfstate\/daegu\/ at https:\/\/127\.0\.0\.1:\d+/;

let server: FakeS3 | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A copy of the sample config keeping state in a bucket at `endpoint` (the schema allows https only). */
function s3Config(endpoint: string): string {
  const config = sampleConfig();
  edit(config, REGION, [
    /^state:\n( {2}.*\n)+/m,
    `state:\n  backend: s3\n  s3: { bucket: daegu-tfstate, endpoint: "${endpoint}", region: daegu-1, keyPrefix: daegu, useLockfile: true }\n`,
  ]);
  return config;
}

/** Every planned stack's state, holding a few resources, under the sample's key prefix. */
function deployedObjects(): Record<string, string> {
  const planned = stackPlan(loadCenter(sampleConfig()).center!).map((s) => s.name);
  return Object.fromEntries(planned.map((stack) => [`daegu/${stack}.tfstate`, terraformState(2)]));
}

/** An HTTPS store with its own certificate, and that certificate as a CA file to trust. */
async function httpsStore(objects: Record<string, string>, pageSize?: number) {
  const certificate: ServerCertificate = await serverCertificate();
  const tls = { cert: certificate.certPem, key: certificate.keyPem };
  server = await fakeS3({ bucket: "daegu-tfstate", objects, tls, ...(pageSize ? { pageSize } : {}) });
  const ca = path.join(tempDir(), "ca.pem");
  fs.writeFileSync(ca, certificate.certPem);
  return { store: server, ca };
}

function doctor(endpoint: string, vars: AwsEnv) {
  return rccProcess(["doctor", "--config", s3Config(endpoint)], isolatedAwsEnv(vars));
}

const accessKeyOf = (authorization: string | undefined) => /Credential=([^/]+)\//.exec(String(authorization))?.[1];

describe("rcc doctor with s3 state", () => {
  it("lists (two pages) and reads the states over https with the environment's keys, trusting NODE_EXTRA_CA_CERTS, and reports the orphan", async () => {
    const objects = deployedObjects();
    objects["daegu/tenant-27999.tfstate"] = terraformState(3);
    objects["daegu/tenant-27999.tfstate.tflock"] = "{}";
    const { store, ca } = await httpsStore(objects, 15);
    const result = await doctor(store.endpoint, { ...ENV_KEYS, NODE_EXTRA_CA_CERTS: ca });

    expect(result.err).toBe("");
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /^error ORPHAN tenant-27999: 3 resources in its state, but no municipality file has code 27999/,
    );
    expect(result.out).toMatch(
      new RegExp(`rcc doctor: 1 error; 21 stacks planned, 22 states in ${LOCATION.source} \\(s3\\)$`),
    );
    // Two pages of listing, then the one state the config does not plan, all path-style.
    expect(store.requests.map((r) => new URL(r.url, "https://store").pathname)).toEqual([
      "/daegu-tfstate/",
      "/daegu-tfstate/",
      "/daegu-tfstate/daegu/tenant-27999.tfstate",
    ]);
    expect(new URL(store.requests[1].url, "https://store").searchParams.get("continuation-token")).toBe("page/15+=");
    for (const request of store.requests) {
      expect(request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=RGWTESTKEY\/[0-9]{8}\/daegu-1\/s3\//);
    }
  });

  it("signs with the profile AWS_PROFILE names in AWS_SHARED_CREDENTIALS_FILE, trusting the CA in AWS_CA_BUNDLE", async () => {
    const { store, ca } = await httpsStore(deployedObjects());
    const file = credentialsFile({
      default: { id: "DEFAULTKEY", secret: "d" },
      daegu: { id: "DAEGUKEY", secret: "s" },
    });
    const result = await doctor(store.endpoint, {
      AWS_PROFILE: "daegu",
      AWS_SHARED_CREDENTIALS_FILE: file,
      AWS_CA_BUNDLE: ca,
    });

    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^rcc doctor: no orphans; 21 stacks planned, 21 states in /);
    expect(store.requests.map((r) => accessKeyOf(r.headers.authorization))).toEqual(["DAEGUKEY"]);
  });

  it("without credentials, one line names the sources it tried, and no request is sent", async () => {
    const { store, ca } = await httpsStore({});
    const result = await doctor(store.endpoint, { AWS_CA_BUNDLE: ca });
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err.split("\n")).toHaveLength(1);
    expect(result.err).toMatch(
      new RegExp(
        `^rcc doctor: no credentials for the state store ${LOCATION.source}: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, ` +
          `and no usable profile "default" in \\S+no-credentials or \\S+no-config \\(`,
      ),
    );
    expect(store.requests).toEqual([]);
  });

  it("a store whose certificate is not trusted: the error says how to trust an internal CA", async () => {
    const { store } = await httpsStore({});
    const result = await doctor(store.endpoint, ENV_KEYS);
    expect(result).toEqual({
      code: 1,
      out: "",
      err: expect.stringMatching(
        /^rcc doctor: listing .*: cannot reach the state store at https:\/\/127\.0\.0\.1:\d+ \(\w+\); if an internal CA signed its certificate, run with AWS_CA_BUNDLE=<that CA's PEM file> \(Terraform's s3 backend reads it too\) or NODE_EXTRA_CA_CERTS=<that file>$/,
      ),
    });
    expect(store.requests).toEqual([]);
  });

  it("an unreachable endpoint is a one-line error, exit 1", async () => {
    const endpoint = `https://127.0.0.1:${await closedPort()}`;
    expect(await doctor(endpoint, ENV_KEYS)).toEqual({
      code: 1,
      out: "",
      err: `rcc doctor: listing s3://daegu-tfstate/daegu/ at ${endpoint}: cannot reach the state store at ${endpoint} (ECONNREFUSED)`,
    });
  });
});

describe("rcc doctor with local state", () => {
  it("never loads the AWS SDK", () => {
    const script = [
      'require("tsx/cjs/api").register();',
      'require("./cli/main.ts").main(["doctor"], { env: {}, out() {}, err() {}, configDir: () => "config" })',
      '.then(() => console.log(Object.keys(require.cache).filter((f) => f.includes("@aws-sdk")).length));',
    ].join("");
    const loaded = execFileSync(process.execPath, ["-e", script], {
      cwd: path.resolve(__dirname, "../.."),
      encoding: "utf8",
    });
    expect(loaded.trim()).toBe("0");
  });
});
