/**
 * The center's capacity as quotas see it: which resources are capped, the limit each has
 * (capacity × overcommit, rounded down), and which municipalities hold a share of it. The
 * validators, the DR partner check, the audit rule and the report all read it from here.
 */
import { lifecycleState } from "./lifecycle";
import { MunicipalityFile } from "./schema/municipality";
import { RegionFile } from "./schema/region";

export type Quota = keyof Pick<MunicipalityFile["quotas"], "vcpus" | "ramGiB" | "volumeGiB">;

type Capacity = RegionFile["capacity"];

export interface CappedResource {
  readonly quota: Quota;
  readonly overcommit: keyof Capacity["overcommit"];
  readonly unit: string;
}

export const RESOURCES: readonly CappedResource[] = [
  { quota: "vcpus", overcommit: "cpu", unit: "vCPU" },
  { quota: "ramGiB", overcommit: "ram", unit: "GiB RAM" },
  { quota: "volumeGiB", overcommit: "storage", unit: "GiB volume storage" },
];

/** What quotas of one resource may add up to: the hardware times its overcommit ratio. */
export function capacityLimit(capacity: Capacity, resource: CappedResource): number {
  return Math.floor(capacity[resource.quota] * capacity.overcommit[resource.overcommit]);
}

/** `4000 x overcommit 1 = 4000`: how a limit is explained in messages. */
export function describeLimit(capacity: Capacity, resource: CappedResource): string {
  return `${capacity[resource.quota]} x overcommit ${capacity.overcommit[resource.overcommit]} = ${capacityLimit(capacity, resource)}`;
}

/** A retired municipality's infrastructure is gone, so its quotas are free again; everyone else holds theirs. */
export function holdsCapacity(m: MunicipalityFile): boolean {
  return lifecycleState(m) !== "retired";
}
