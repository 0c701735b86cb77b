import { stackOfStateFile, stateFileName } from "../../contract/outputs";
import { StateConfig } from "../../model/schema/region";
import type { StateBucket } from "./s3-bucket";
import { StateInventory } from "./state-inventory";
import type { StoreCredentials } from "./store-credentials";
import { managedResourceCount } from "./terraform-state";

export type S3Store = NonNullable<StateConfig["s3"]>;

/** Milliseconds a try may take to connect, and for the whole request and answer. */
export interface Timeouts {
  readonly connect: number;
  readonly request: number;
}

/** What tests replace: the credential lookup, and the timeouts. */
export interface S3Overrides {
  readonly credentials?: StoreCredentials;
  readonly timeoutsMs?: Timeouts;
}

/**
 * The states in an S3-compatible bucket, one object `<keyPrefix>/<stack>.tfstate` per stack (the
 * layout of contract/outputs.ts). Lock objects (`.tflock`) and keys deeper under the prefix
 * are not states of this center's stacks. The AWS SDK is loaded on first use, so a run with local
 * state never pays for it.
 */
export function s3StateInventory(store: S3Store, overrides: S3Overrides = {}): StateInventory {
  const prefix = `${store.keyPrefix}/`;
  const location = `s3://${store.bucket}/${prefix} at ${store.endpoint}`;
  let bucket: Promise<StateBucket> | undefined;
  const open = () => (bucket ??= loadS3Bucket().openStateBucket(store, location, overrides));
  return {
    backend: "s3",
    location,
    async stacks() {
      const keys = await (await open()).listKeys(prefix, `listing ${location}`);
      return keys
        .map((key) => stackOfStateFile(key.slice(prefix.length)))
        .filter((stack): stack is string => stack !== undefined)
        .sort();
    },
    async resourceCount(stack) {
      const key = `${prefix}${stateFileName(stack)}`;
      const source = `s3://${store.bucket}/${key}`;
      return managedResourceCount(await (await open()).getText(key, `reading ${source}`), source);
    },
  };
}

/**
 * `require`, not `import()`: rcc runs through tsx's CommonJS hooks, and Node's own `import()` cannot
 * resolve a TypeScript file.
 */
function loadS3Bucket(): typeof import("./s3-bucket") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("./s3-bucket");
}
