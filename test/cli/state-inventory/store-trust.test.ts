import * as fs from "node:fs";
import * as path from "node:path";
import { storeTrust } from "../../../cli/state-inventory/store-trust";
import { tempDir } from "../../helpers/config";

describe("which CAs the state store's certificate is checked against", () => {
  it("Node's own store, with NODE_EXTRA_CA_CERTS, when AWS_CA_BUNDLE is not set; the hint names both", () => {
    const trust = storeTrust({ NODE_EXTRA_CA_CERTS: "/etc/ssl/internal-ca.pem" });
    expect(trust.agentOptions).toEqual({});
    expect(trust.untrustedHint).toContain("AWS_CA_BUNDLE=<that CA's PEM file>");
    expect(trust.untrustedHint).toContain("NODE_EXTRA_CA_CERTS=<that file>");
  });

  it("with AWS_CA_BUNDLE, its certificates replace Node's built-in CAs, as for Terraform", () => {
    const bundle = pemFile("bundle");
    const trust = storeTrust({ AWS_CA_BUNDLE: bundle });
    expect(trust.agentOptions.ca?.map(String)).toEqual([PEM("bundle")]);
    expect(trust.untrustedHint).toBe(
      `; no CA in AWS_CA_BUNDLE=${bundle} signed its certificate: add the CA that did to that bundle`,
    );
  });

  it("NODE_EXTRA_CA_CERTS still adds its CAs when AWS_CA_BUNDLE is set (a machine that sets it to the system bundle)", () => {
    const [bundle, extra] = [pemFile("bundle"), pemFile("internal")];
    const trust = storeTrust({ AWS_CA_BUNDLE: bundle, NODE_EXTRA_CA_CERTS: extra });
    expect(trust.agentOptions.ca?.map(String)).toEqual([PEM("bundle"), PEM("internal")]);
    expect(trust.untrustedHint).toContain(`no CA in AWS_CA_BUNDLE=${bundle} or NODE_EXTRA_CA_CERTS=${extra} signed`);
  });

  it("an AWS_CA_BUNDLE that cannot be read, or holds no certificate, is a one-line error", () => {
    const missing = path.join(tempDir(), "missing.pem");
    expect(() => storeTrust({ AWS_CA_BUNDLE: missing })).toThrow(`AWS_CA_BUNDLE=${missing}: cannot read it (ENOENT)`);
    const key = path.join(tempDir(), "key.pem");
    fs.writeFileSync(key, "-----BEGIN PRIVATE KEY-----\n");
    expect(() => storeTrust({ AWS_CA_BUNDLE: key })).toThrow(`AWS_CA_BUNDLE=${key}: holds no PEM certificate`);
  });
});

const PEM = (body: string) => `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;

function pemFile(body: string): string {
  const file = path.join(tempDir(), `${body}.pem`);
  fs.writeFileSync(file, PEM(body));
  return file;
}
