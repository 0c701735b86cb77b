import { capacityLimit, describeLimit, holdsCapacity, RESOURCES } from "../capacity";
import { ConfigProblem } from "../problems";
import { problemAt, Validator } from "./context";

/** Quotas are promises: their sum over all tenants must fit what the center has, with overcommit. */
export const validateCapacity: Validator = ({ region, municipalities: all }) => {
  const problems: ConfigProblem[] = [];
  const municipalities = all.filter((m) => holdsCapacity(m.value));
  const { capacity } = region.value;
  for (const resource of RESOURCES) {
    const { quota, unit } = resource;
    const total = municipalities.reduce((sum, m) => sum + m.value.quotas[quota], 0);
    if (total > capacityLimit(capacity, resource)) {
      const largest = [...municipalities]
        .sort((a, b) => b.value.quotas[quota] - a.value.quotas[quota] || a.value.code.localeCompare(b.value.code))
        .slice(0, 3)
        .map((m) => `${m.value.code} ${m.value.quotas[quota]}`)
        .join(", ");
      problems.push(
        problemAt(
          region,
          ["capacity", quota],
          `tenant quotas total ${total} ${unit}, more than the capacity ${describeLimit(capacity, resource)}; ` +
            `raise capacity or lower quotas (largest: ${largest})`,
        ),
      );
    }
  }
  return problems;
};
