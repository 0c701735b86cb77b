/** Tenant quotas as synthesized: the quota-set arguments the provider writes, in the config's units. */
import { Quota } from "../../model/capacity";
import { Stack, resources } from "../separation/terraform";

const ARGUMENTS: Record<Quota, { type: string; argument: string; scale: number }> = {
  vcpus: { type: "openstack_compute_quotaset_v2", argument: "cores", scale: 1 },
  ramGiB: { type: "openstack_compute_quotaset_v2", argument: "ram", scale: 1024 },
  volumeGiB: { type: "openstack_blockstorage_quotaset_v3", argument: "gigabytes", scale: 1 },
};

/** One quota of a tenant stack; undefined when the stack has no quota set for it. */
export function synthesizedQuota(stack: Stack, quota: Quota): number | undefined {
  const { type, argument, scale } = ARGUMENTS[quota];
  const set = resources(stack, type)[0];
  return set === undefined ? undefined : Number(set.body[argument] ?? 0) / scale;
}
