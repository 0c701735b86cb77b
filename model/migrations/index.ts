import { Migration } from "./migration";
import { v1ToV2 } from "./v1-to-v2";
import { v2ToV3 } from "./v2-to-v3";

export type { Migration } from "./migration";

/**
 * Every format step, oldest first: a schema change that bumps SCHEMA_VERSION adds its step here
 * (test/model/migrations.test.ts checks the chain reaches SCHEMA_VERSION).
 */
export const MIGRATIONS: readonly Migration[] = [v1ToV2, v2ToV3];
