import { parseStackName } from "../../../contract/stack-names";
import { capacityLimit, RESOURCES } from "../../../model/capacity";
import { synthesizedQuota } from "../quotas";
import { AuditRule } from "../rule";

export const quotasWithinCapacity: AuditRule = {
  id: "RCC-CAP-001",
  level: "error",
  title: "Tenant quotas fit the center's capacity",
  rationale: "Quotas are promises; promising more than the hardware holds fails everyone at once.",
  fix: "Lower tenant quotas or raise capacity (and the hardware behind it) in the region file.",
  check: ({ center, stacks }) => {
    const tenants = stacks.filter((s) => parseStackName(s.name)?.kind === "tenant");
    return RESOURCES.flatMap((resource) => {
      const { quota, unit } = resource;
      const total = tenants.reduce((sum, stack) => sum + (synthesizedQuota(stack, quota) ?? 0), 0);
      const limit = capacityLimit(center.region.capacity, resource);
      if (total <= limit) return [];
      return [
        {
          stack: "config",
          address: `capacity.${quota}`,
          municipality: "center",
          message: `tenant quotas total ${total} ${unit}, more than capacity x overcommit = ${limit}`,
        },
      ];
    });
  },
};
