import { resources } from "../../separation/terraform";
import { AuditRule } from "../rule";

/** Quota arguments as the provider writes them, and the region's capacity they draw on. */
const QUOTAS = [
  {
    type: "openstack_compute_quotaset_v2",
    argument: "cores",
    capacity: "vcpus",
    overcommit: "cpu",
    unit: "vCPU",
    scale: 1,
  },
  {
    type: "openstack_compute_quotaset_v2",
    argument: "ram",
    capacity: "ramGiB",
    overcommit: "ram",
    unit: "GiB RAM",
    scale: 1024,
  },
  {
    type: "openstack_blockstorage_quotaset_v3",
    argument: "gigabytes",
    capacity: "volumeGiB",
    overcommit: "storage",
    unit: "GiB volume storage",
    scale: 1,
  },
] as const;

export const quotasWithinCapacity: AuditRule = {
  id: "RCC-CAP-001",
  level: "error",
  title: "Tenant quotas fit the center's capacity",
  rationale: "Quotas are promises; promising more than the hardware holds fails everyone at once.",
  fix: "Lower tenant quotas or raise capacity (and the hardware behind it) in the region file.",
  check: ({ center, stacks }) => {
    const tenants = stacks.filter((s) => s.name.startsWith("tenant-"));
    return QUOTAS.flatMap(({ type, argument, capacity, overcommit, unit, scale }) => {
      const total = tenants
        .flatMap((stack) => resources(stack, type))
        .reduce((sum, quota) => sum + Number(quota.body[argument] ?? 0) / scale, 0);
      const limit = Math.floor(center.region.capacity[capacity] * center.region.capacity.overcommit[overcommit]);
      if (total <= limit) return [];
      return [
        {
          stack: "config",
          address: `capacity.${capacity}`,
          municipality: "center",
          message: `tenant quotas total ${total} ${unit}, more than capacity x overcommit = ${limit}`,
        },
      ];
    });
  },
};
