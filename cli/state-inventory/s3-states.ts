import { stackOfStateFile, stateFileName } from "../../contract/outputs";
import { credentialsFromEnv } from "./aws-credentials";
import { StateBackendError } from "./errors";
import { S3Access, s3Get, S3Store } from "./s3-client";
import { parseListing } from "./s3-xml";
import { StateInventory } from "./state-inventory";
import { managedResourceCount } from "./terraform-state";

/**
 * The states in an S3-compatible bucket, one object `<keyPrefix>/<stack>.tfstate` per stack (the
 * layout of stacks/state-backend.ts). Lock objects (`.tflock`) and keys deeper under the prefix
 * are not states of this center's stacks.
 */
export function s3StateInventory(store: S3Store, env: NodeJS.ProcessEnv, now?: () => Date): StateInventory {
  const prefix = `${store.keyPrefix}/`;
  const location = `s3://${store.bucket}/${prefix} at ${store.endpoint}`;
  const access: S3Access = { store, credentials: credentialsFromEnv(env, location), ...(now ? { now } : {}) };
  return {
    backend: "s3",
    location,
    async stacks() {
      const keys = await listKeys(access, prefix, `listing ${location}`);
      return keys
        .map((key) => stackOfStateFile(key.slice(prefix.length)))
        .filter((stack): stack is string => stack !== undefined)
        .sort();
    },
    async resourceCount(stack) {
      const key = `${prefix}${stateFileName(stack)}`;
      const source = `s3://${store.bucket}/${key}`;
      return managedResourceCount(await s3Get(access, { key, what: `reading ${source}` }), source);
    },
  };
}

/** Every key under the prefix, page by page (ListObjectsV2 gives at most 1000 a page). */
async function listKeys(access: S3Access, prefix: string, what: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const query = { "list-type": "2", prefix, ...(token ? { "continuation-token": token } : {}) };
    const xml = await s3Get(access, { query, what });
    let page;
    try {
      page = parseListing(xml);
    } catch (error) {
      throw new StateBackendError(`${what}: ${(error as Error).message}`);
    }
    keys.push(...page.keys.filter((key) => key.startsWith(prefix)));
    token = page.nextToken;
  } while (token);
  return keys;
}
