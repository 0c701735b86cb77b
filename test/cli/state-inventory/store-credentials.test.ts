import * as fs from "node:fs";
import * as path from "node:path";
import { storeCredentials } from "../../../cli/state-inventory/store-credentials";
import { credentialsFile, withAwsEnv } from "../../helpers/aws-env";
import { tempDir } from "../../helpers/config";
import { fakeS3 } from "../../helpers/fake-s3";

const STORE = "s3://daegu-tfstate/daegu/ at https://rgw.daegu.example";
const ENV_KEYS = { AWS_ACCESS_KEY_ID: "ENVKEY", AWS_SECRET_ACCESS_KEY: "env-secret" };

describe("credentials for the state store", () => {
  it("come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN in the environment", async () => {
    const found = await withAwsEnv({ ...ENV_KEYS, AWS_SESSION_TOKEN: "sts-token" }, () => storeCredentials(STORE));
    expect(found.credentials).toMatchObject({
      accessKeyId: "ENVKEY",
      secretAccessKey: "env-secret",
      sessionToken: "sts-token",
    });
    expect(found.source).toBe("AWS_ACCESS_KEY_ID in the environment");
  });

  it("come from the profile AWS_PROFILE names, in the file AWS_SHARED_CREDENTIALS_FILE names", async () => {
    const file = credentialsFile({
      default: { id: "DEFAULTKEY", secret: "d" },
      daegu: { id: "DAEGUKEY", secret: "s" },
    });
    const found = await withAwsEnv({ AWS_PROFILE: "daegu", AWS_SHARED_CREDENTIALS_FILE: file }, () =>
      storeCredentials(STORE),
    );
    expect(found.credentials).toMatchObject({ accessKeyId: "DAEGUKEY", secretAccessKey: "s" });
    expect(found.source).toMatch(/^profile "daegu" in .*credentials or .*no-config$/);
  });

  it("without AWS_PROFILE, come from the default profile, also when it is in the config file", async () => {
    const config = path.join(tempDir(), "config");
    fs.writeFileSync(config, "[default]\naws_access_key_id = CONFIGKEY\naws_secret_access_key = c\n");
    const found = await withAwsEnv({ AWS_CONFIG_FILE: config }, () => storeCredentials(STORE));
    expect(found.credentials.accessKeyId).toBe("CONFIGKEY");
    expect(found.source).toMatch(/^profile "default" in /);
  });

  it("the environment's keys win over AWS_PROFILE, as in Terraform's s3 backend, and the SDK prints no warning", async () => {
    const file = credentialsFile({ daegu: { id: "DAEGUKEY", secret: "s" } });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const found = await withAwsEnv({ ...ENV_KEYS, AWS_PROFILE: "daegu", AWS_SHARED_CREDENTIALS_FILE: file }, () =>
        storeCredentials(STORE),
      );
      expect(found.credentials.accessKeyId).toBe("ENVKEY");
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it("when none is found, one line names every source tried and where a profile would be", async () => {
    const dir = tempDir();
    const [credentials, config] = [path.join(dir, "credentials"), path.join(dir, "config")];
    const lookup = withAwsEnv({ AWS_SHARED_CREDENTIALS_FILE: credentials, AWS_CONFIG_FILE: config }, () =>
      storeCredentials(STORE),
    );
    await expect(lookup).rejects.toThrow(
      `no credentials for the state store ${STORE}: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, ` +
        `and no usable profile "default" in ${credentials} or ${config} ` +
        "(Could not resolve credentials using profile: [default] in configuration/credentials file(s).). " +
        "Provide them as for Terraform's s3 backend: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and " +
        "AWS_SESSION_TOKEN with temporary credentials), or a profile: AWS_PROFILE names it, " +
        "AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE say where its files are; " +
        "rcc never reads credentials from its config files",
    );
  });

  it("with only the key id in the environment, says the secret is missing and which profile it looked for", async () => {
    await expect(
      withAwsEnv({ AWS_ACCESS_KEY_ID: "ENVKEY", AWS_PROFILE: "daegu" }, () => storeCredentials(STORE)),
    ).rejects.toThrow(/: AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not, and no usable profile "daegu" in /);
  });

  it("never asks the EC2 or ECS metadata services, which the synthesized backend skips", async () => {
    const metadata = await fakeS3({ bucket: "none", objects: {} });
    try {
      const asked = withAwsEnv(
        {
          AWS_EC2_METADATA_SERVICE_ENDPOINT: metadata.endpoint,
          AWS_CONTAINER_CREDENTIALS_FULL_URI: `${metadata.endpoint}/credentials`,
        },
        () => storeCredentials(STORE),
      );
      await expect(asked).rejects.toThrow(/^no credentials for the state store /);
      expect(metadata.requests).toEqual([]);
    } finally {
      await metadata.close();
    }
  });
});
