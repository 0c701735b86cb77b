/**
 * Resource types whose meaning writer and reader share. Written by constructs/ and stacks/;
 * read by stacks/retention.ts (what a leaving municipality keeps), policy/audit (RCC-LCY-001,
 * quota rules) and reports/.
 */

/** What holds a tenant's data: never destroyed by a plan, and kept until the final backup is approved. */
export const DATA_HOLDER_TYPES: readonly string[] = [
  "openstack_identity_project_v3",
  "openstack_blockstorage_volume_v3",
  "openstack_objectstorage_container_v1",
];

/** Quotas as synthesized: the quota set type and argument of each, and its unit over the config's. */
export const QUOTA_ARGUMENTS = {
  vcpus: { type: "openstack_compute_quotaset_v2", argument: "cores", scale: 1 },
  ramGiB: { type: "openstack_compute_quotaset_v2", argument: "ram", scale: 1024 },
  volumeGiB: { type: "openstack_blockstorage_quotaset_v3", argument: "gigabytes", scale: 1 },
} as const;
