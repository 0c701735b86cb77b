import { s3StateInventory } from "../../../cli/state-inventory/s3-states";
import { EMPTY_PAYLOAD_HASH } from "../../../cli/state-inventory/sigv4";
import { closedPort, FakeS3, fakeS3, FakeS3Options, signatureValid } from "../../helpers/fake-s3";

const CREDENTIALS = { AWS_ACCESS_KEY_ID: "RGWTESTKEY", AWS_SECRET_ACCESS_KEY: "rgw-test-secret/with+chars" };
const NOW = () => new Date("2026-11-02T03:04:05Z");
const STATE = JSON.stringify({
  version: 4,
  resources: [
    { mode: "managed", type: "openstack_identity_project_v3", name: "p", instances: [{}] },
    { mode: "managed", type: "openstack_networking_network_v2", name: "n", instances: [{}, {}] },
    { mode: "data", type: "openstack_networking_network_v2", name: "ext", instances: [{}] },
  ],
});
// Four keys under the prefix, two a page: the listing takes exactly two pages.
const OBJECTS = {
  "daegu/core.tfstate": STATE,
  "daegu/tenant-27110.tfstate": STATE,
  "daegu/tenant-27110.tfstate.tflock": "{}",
  "daegu/old/tenant-27140.tfstate": STATE,
  "busan/tenant-26110.tfstate": STATE,
};

let server: FakeS3 | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function inventory(options: Partial<FakeS3Options> = {}, env: NodeJS.ProcessEnv = CREDENTIALS) {
  server = await fakeS3({ bucket: "daegu-tfstate", objects: OBJECTS, pageSize: 2, ...options });
  const store = {
    bucket: "daegu-tfstate",
    endpoint: server.endpoint,
    region: "daegu-1",
    keyPrefix: "daegu",
    useLockfile: true,
  };
  return { states: s3StateInventory(store, env, NOW), requests: server.requests };
}

describe("states in an S3-compatible bucket", () => {
  it("lists the stacks across two pages of ListObjectsV2, following the continuation token", async () => {
    const { states, requests } = await inventory();
    expect(await states.stacks()).toEqual(["core", "tenant-27110"]);
    expect(requests.map((r) => r.url)).toEqual([
      "/daegu-tfstate?list-type=2&prefix=daegu%2F",
      "/daegu-tfstate?list-type=2&prefix=daegu%2F&continuation-token=page%2F2%2B%3D",
    ]);
  });

  it("signs every request with SigV4 for the key, day and region, and the store can verify the signature", async () => {
    const { states, requests } = await inventory();
    await states.stacks();
    await states.resourceCount("core");
    expect(requests).toHaveLength(3);
    for (const request of requests) {
      expect(request.headers.authorization).toMatch(
        /^AWS4-HMAC-SHA256 Credential=RGWTESTKEY\/20261102\/daegu-1\/s3\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
      );
      expect(request.headers["x-amz-date"]).toBe("20261102T030405Z");
      expect(request.headers["x-amz-content-sha256"]).toBe(EMPTY_PAYLOAD_HASH);
      expect(signatureValid(request, CREDENTIALS.AWS_SECRET_ACCESS_KEY)).toBe(true);
      expect(signatureValid(request, "another-secret")).toBe(false);
    }
  });

  it("reads a state with GetObject and counts its managed resources that have instances", async () => {
    const { states, requests } = await inventory();
    expect(await states.resourceCount("tenant-27110")).toBe(2);
    expect(requests.map((r) => r.url)).toEqual(["/daegu-tfstate/daegu/tenant-27110.tfstate"]);
  });

  it("sends the session token of temporary credentials", async () => {
    const { states, requests } = await inventory({}, { ...CREDENTIALS, AWS_SESSION_TOKEN: "sts-token" });
    await states.stacks();
    expect(requests[0].headers["x-amz-security-token"]).toBe("sts-token");
    expect(signatureValid(requests[0], CREDENTIALS.AWS_SECRET_ACCESS_KEY)).toBe(true);
  });

  it("without credentials in the environment, fails naming the variables before any request", async () => {
    await expect(inventory({}, { AWS_ACCESS_KEY_ID: "only-the-key" })).rejects.toThrow(
      /^AWS_SECRET_ACCESS_KEY not set: reading the states in s3:\/\/daegu-tfstate\/daegu\/ at http:\/\/127\.0\.0\.1:\d+ needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment/,
    );
  });

  it("a refused request says what the store answered and what to check", async () => {
    const { states } = await inventory({ refuse: { status: 403, code: "AccessDenied", message: "Access Denied" } });
    await expect(states.stacks()).rejects.toThrow(
      /^listing s3:\/\/daegu-tfstate\/daegu\/ at http:\/\/127\.0\.0\.1:\d+: the state store at http:\/\/127\.0\.0\.1:\d+ answered 403 AccessDenied \(Access Denied\); check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, and that this user may read bucket daegu-tfstate$/,
    );
  });

  it("an endpoint nobody answers on is a one-line error naming it", async () => {
    const port = await closedPort();
    const store = {
      bucket: "b-1",
      endpoint: `http://127.0.0.1:${port}`,
      region: "r",
      keyPrefix: "daegu",
      useLockfile: true,
    };
    await expect(s3StateInventory(store, CREDENTIALS).stacks()).rejects.toThrow(
      `listing s3://b-1/daegu/ at http://127.0.0.1:${port}: cannot reach the state store at http://127.0.0.1:${port} (ECONNREFUSED)`,
    );
  });
});
