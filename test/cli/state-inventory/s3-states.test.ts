import * as http from "node:http";
import { AddressInfo } from "node:net";
import { s3StateInventory } from "../../../cli/state-inventory/s3-states";
import { StoreCredentials } from "../../../cli/state-inventory/store-credentials";
import { useAwsEnv } from "../../helpers/aws-env";
import { FakeS3, fakeS3, FakeS3Options } from "../../helpers/fake-s3";

const CREDENTIALS: StoreCredentials = {
  credentials: { accessKeyId: "RGWTESTKEY", secretAccessKey: "rgw-test-secret/with+chars" },
  source: "a test",
};
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
let restoreEnv: () => void;
// The SDK reads AWS_* settings from the environment: none of this machine's.
beforeEach(() => {
  restoreEnv = useAwsEnv();
});
afterEach(async () => {
  restoreEnv();
  await server?.close();
  server = undefined;
});

const storeAt = (endpoint: string) => ({
  bucket: "daegu-tfstate",
  endpoint,
  region: "daegu-1",
  keyPrefix: "daegu",
  useLockfile: true,
});

async function inventory(options: Partial<FakeS3Options> = {}, credentials = CREDENTIALS) {
  server = await fakeS3({ bucket: "daegu-tfstate", objects: OBJECTS, pageSize: 2, ...options });
  return { states: s3StateInventory(storeAt(server.endpoint), { credentials }), requests: server.requests };
}

/** Path and the query parameters that select what is read (the SDK adds its own, such as x-id). */
function target(url: string): string {
  const parsed = new URL(url, "http://store");
  const query = ["list-type", "prefix", "continuation-token"]
    .filter((name) => parsed.searchParams.has(name))
    .map((name) => `${name}=${parsed.searchParams.get(name)}`);
  return `${parsed.pathname}${query.length > 0 ? `?${query.join("&")}` : ""}`;
}

describe("states in an S3-compatible bucket", () => {
  it("lists the stacks across two pages of ListObjectsV2, path-style, following the continuation token", async () => {
    const { states, requests } = await inventory();
    expect(await states.stacks()).toEqual(["core", "tenant-27110"]);
    expect(requests.map((r) => target(r.url))).toEqual([
      "/daegu-tfstate/?list-type=2&prefix=daegu/",
      "/daegu-tfstate/?list-type=2&prefix=daegu/&continuation-token=page/2+=",
    ]);
    expect(requests.map((r) => r.headers.host)).toEqual([
      new URL(server!.endpoint).host,
      new URL(server!.endpoint).host,
    ]);
  });

  it("signs every request for the store's region with the given access key", async () => {
    const { states, requests } = await inventory();
    await states.stacks();
    await states.resourceCount("core");
    expect(requests).toHaveLength(3);
    for (const request of requests) {
      expect(request.headers.authorization).toMatch(
        /^AWS4-HMAC-SHA256 Credential=RGWTESTKEY\/[0-9]{8}\/daegu-1\/s3\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/,
      );
    }
  });

  it("reads a state with GetObject and counts its managed resources that have instances", async () => {
    const { states, requests } = await inventory();
    expect(await states.resourceCount("tenant-27110")).toBe(2);
    expect(requests.map((r) => `${r.method} ${target(r.url)}`)).toEqual([
      "GET /daegu-tfstate/daegu/tenant-27110.tfstate",
    ]);
  });

  it("sends the session token of temporary credentials", async () => {
    const temporary = { ...CREDENTIALS, credentials: { ...CREDENTIALS.credentials, sessionToken: "sts-token" } };
    const { states, requests } = await inventory({}, temporary);
    await states.stacks();
    expect(requests[0].headers["x-amz-security-token"]).toBe("sts-token");
  });

  it("a refused request says what the store answered, which access key was used and what to check", async () => {
    const { states } = await inventory({ refuse: { status: 403, code: "AccessDenied", message: "Access Denied" } });
    await expect(states.stacks()).rejects.toThrow(
      /^listing s3:\/\/daegu-tfstate\/daegu\/ at http:\/\/127\.0\.0\.1:\d+: the state store at http:\/\/127\.0\.0\.1:\d+ answered 403 AccessDenied \(Access Denied\); check the credentials \(access key RGWTESTKEY, from a test\) and that this user may read bucket daegu-tfstate$/,
    );
  });

  it("a bucket that does not exist points at state.s3.bucket", async () => {
    server = await fakeS3({ bucket: "another-bucket", objects: {} });
    await expect(s3StateInventory(storeAt(server.endpoint), { credentials: CREDENTIALS }).stacks()).rejects.toThrow(
      /answered 404 NoSuchBucket \(The specified bucket does not exist\); check state\.s3\.bucket in region\.yaml$/,
    );
  });

  it("a web page where the store should be is an error, not an empty listing", async () => {
    const { states } = await inventory({ webPage: 200 });
    await expect(states.stacks()).rejects.toThrow(
      /^listing \S+ at \S+: the state store at \S+ does not answer as S3 does \(its answer to ListObjectsV2 names no bucket\); check that state\.s3\.endpoint is the object store's S3 API$/,
    );
  });

  it("an error page that is not S3's says so", async () => {
    const { states } = await inventory({ webPage: 502 });
    await expect(states.resourceCount("core")).rejects.toThrow(
      /^reading s3:\/\/daegu-tfstate\/daegu\/core\.tfstate: the state store at \S+ answered 502 without an S3 error in it; check that state\.s3\.endpoint is the object store's S3 API$/,
    );
  });

  it("a listed state that is gone when read is a one-line error naming its key", async () => {
    const { states } = await inventory();
    await expect(states.resourceCount("tenant-27999")).rejects.toThrow(
      /^reading s3:\/\/daegu-tfstate\/daegu\/tenant-27999\.tfstate: the state store at \S+ answered 404 NoSuchKey \(The specified key does not exist\.\)$/,
    );
  });

  it("an object that is not a Terraform state says so, naming it", async () => {
    const { states } = await inventory({ objects: { "daegu/core.tfstate": "<html>" } });
    await expect(states.resourceCount("core")).rejects.toThrow(
      "s3://daegu-tfstate/daegu/core.tfstate: not a Terraform state (not JSON)",
    );
  });

  it("a store that accepts the connection but never answers is a one-line error within the timeouts", async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const endpoint = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const timeoutsMs = { connect: 200, request: 300 };
    try {
      await expect(
        s3StateInventory(storeAt(endpoint), { credentials: CREDENTIALS, timeoutsMs }).stacks(),
      ).rejects.toThrow(
        `listing s3://daegu-tfstate/daegu/ at ${endpoint}: the state store at ${endpoint} did not answer in time ` +
          "(each try may take 0.2 s to connect and 0.3 s for the whole answer)",
      );
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
