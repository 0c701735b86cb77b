import { lifecycleState } from "../lifecycle";
import { ConfigProblem } from "../problems";
import { MunicipalityFile } from "../schema/municipality";
import { problemAt, Validator } from "./context";

export type Quota = keyof Pick<MunicipalityFile["quotas"], "vcpus" | "ramGiB" | "volumeGiB">;

export const RESOURCES: ReadonlyArray<{ quota: Quota; overcommit: "cpu" | "ram" | "storage"; unit: string }> = [
  { quota: "vcpus", overcommit: "cpu", unit: "vCPU" },
  { quota: "ramGiB", overcommit: "ram", unit: "GiB RAM" },
  { quota: "volumeGiB", overcommit: "storage", unit: "GiB volume storage" },
];

/** Quotas are promises: their sum over all tenants must fit what the center has, with overcommit. */
export const validateCapacity: Validator = ({ region, municipalities: all }) => {
  const problems: ConfigProblem[] = [];
  // A retired municipality's infrastructure is gone; its quotas are free again.
  const municipalities = all.filter((m) => lifecycleState(m.value) !== "retired");
  const { capacity } = region.value;
  for (const { quota, overcommit, unit } of RESOURCES) {
    const total = municipalities.reduce((sum, m) => sum + m.value.quotas[quota], 0);
    const ratio = capacity.overcommit[overcommit];
    const limit = Math.floor(capacity[quota] * ratio);
    if (total > limit) {
      const largest = [...municipalities]
        .sort((a, b) => b.value.quotas[quota] - a.value.quotas[quota] || a.value.code.localeCompare(b.value.code))
        .slice(0, 3)
        .map((m) => `${m.value.code} ${m.value.quotas[quota]}`)
        .join(", ");
      problems.push(
        problemAt(
          region,
          ["capacity", quota],
          `tenant quotas total ${total} ${unit}, more than the capacity ${capacity[quota]} x overcommit ${ratio} = ${limit}; ` +
            `raise capacity or lower quotas (largest: ${largest})`,
        ),
      );
    }
  }
  return problems;
};
