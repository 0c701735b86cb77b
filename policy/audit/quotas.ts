/** Tenant quotas as synthesized: the quota-set arguments the provider writes, in the config's units. */
import { QUOTA_ARGUMENTS } from "../../contract/resource-types";
import { Quota } from "../../model/capacity";
import { Stack, resources } from "../separation/terraform";

/** One quota of a tenant stack; undefined when the stack has no quota set for it. */
export function synthesizedQuota(stack: Stack, quota: Quota): number | undefined {
  const { type, argument, scale } = QUOTA_ARGUMENTS[quota];
  const set = resources(stack, type)[0];
  return set === undefined ? undefined : Number(set.body[argument] ?? 0) / scale;
}
