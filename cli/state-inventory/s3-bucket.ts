import * as http from "node:http";
import * as https from "node:https";
import { GetObjectCommand, paginateListObjectsV2, S3Client } from "@aws-sdk/client-s3";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { StateBackendError } from "./errors";
import { NotS3Error, requestFailure } from "./s3-failures";
import type { S3Overrides, S3Store } from "./s3-states";
import { storeCredentials } from "./store-credentials";
import { storeTrust } from "./store-trust";

/** The two reads rcc doctor makes of the state bucket. `what` names the request in errors. */
export interface StateBucket {
  /** Every key under the prefix, page by page (ListObjectsV2 gives at most 1000 a page). */
  listKeys(prefix: string, what: string): Promise<string[]>;
  getText(key: string, what: string): Promise<string>;
}

/** Per try: connecting, and the whole request and answer; so a run never hangs on a silent store. */
export const TIMEOUTS_MS = { connect: 10_000, request: 30_000 } as const;
/** One retry, for a store that is briefly busy (503 SlowDown) or drops a connection. */
const MAX_ATTEMPTS = 2;

/**
 * A client of the store as the synthesized s3 backend talks to it: the endpoint and region of
 * region.yaml, path-style (`<endpoint>/<bucket>/<key>`, so no virtual-host DNS names), checksums
 * only where S3 requires them (skip_s3_checksum; RGW and s3api predate the newer ones).
 */
export async function openStateBucket(
  store: S3Store,
  location: string,
  overrides: S3Overrides = {},
): Promise<StateBucket> {
  if (!URL.canParse(store.endpoint)) {
    throw new StateBackendError(`state.s3.endpoint in region.yaml is not a URL: ${store.endpoint}`);
  }
  const trust = storeTrust(process.env);
  const { credentials, source } = overrides.credentials ?? (await storeCredentials(location));
  const timeouts = overrides.timeoutsMs ?? TIMEOUTS_MS;
  // The SDK warns on Node 20 that its releases after January 2027 need Node 22; this one is pinned.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const client = new S3Client({
    endpoint: store.endpoint,
    region: store.region,
    forcePathStyle: true,
    // Directory buckets (S3 Express) are AWS-only: never a session request for a bucket name that looks like one.
    disableS3ExpressSessionAuth: true,
    credentials,
    maxAttempts: MAX_ATTEMPTS,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    requestHandler: new NodeHttpHandler({
      // A few requests a run: no connection is kept open after the command ends.
      httpAgent: new http.Agent({ keepAlive: false }),
      httpsAgent: new https.Agent({ keepAlive: false, ...trust.agentOptions }),
      connectionTimeout: timeouts.connect,
      requestTimeout: timeouts.request,
      throwOnRequestTimeout: true,
    }),
  });
  const failed = (what: string, error: unknown) =>
    new StateBackendError(`${what}: ${requestFailure(error, { store, credentials, source, trust, timeouts })}`);
  return {
    async listKeys(prefix, what) {
      const keys: string[] = [];
      try {
        for await (const page of paginateListObjectsV2({ client }, { Bucket: store.bucket, Prefix: prefix })) {
          // S3 always names the bucket; a web page parsed as XML would pass for an empty listing.
          if (page.Name === undefined) throw new NotS3Error("its answer to ListObjectsV2 names no bucket");
          keys.push(...(page.Contents ?? []).flatMap((object) => (object.Key?.startsWith(prefix) ? [object.Key] : [])));
        }
      } catch (error) {
        throw failed(what, error);
      }
      return keys;
    },
    async getText(key, what) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }));
        return (await answer.Body?.transformToString("utf8")) ?? "";
      } catch (error) {
        throw failed(what, error);
      }
    },
  };
}
