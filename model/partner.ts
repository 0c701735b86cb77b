import * as path from "node:path";
import { capacityLimit, describeLimit, holdsCapacity, RESOURCES } from "./capacity";
import { Center, systemsUnderDr } from "./center";
import { ConfigProblem, countProblems } from "./problems";
import { MunicipalityFile } from "./schema/municipality";
import { RegionFile } from "./schema/region";
import { Loaded, problemAt } from "./validate/context";

/** Loads a partner's config without following its own partner, so two mutual partners do not recurse. */
export type PartnerLoader = (configDir: string) => { center?: Center; problems: readonly ConfigProblem[] };

/**
 * Mutual DR (상호백업): when the region names its partner's config, the partner must be that
 * center, and must have room for its own tenants plus every tenant of ours with systems under DR
 * (their quotas are what failover may bring). Quotas are an upper bound, so the check is on the
 * safe side.
 */
export function checkPartnership(
  region: Loaded<RegionFile>,
  municipalities: readonly MunicipalityFile[],
  load: PartnerLoader,
): ConfigProblem[] {
  const partner = region.value.drPartner;
  if (!partner?.config) return [];
  const dir = path.resolve(path.dirname(region.source.file), partner.config);
  const loaded = load(dir);
  if (!loaded.center) {
    const count = countProblems(loaded.problems);
    return [
      problemAt(
        region,
        ["drPartner", "config"],
        `${dir} is not a valid center config (${count} problem(s); run rcc validate --config ${dir})`,
      ),
    ];
  }
  const other = loaded.center;
  if (other.region.name !== partner.name) {
    return [
      problemAt(
        region,
        ["drPartner", "name"],
        `the config at ${dir} is center "${other.region.name}", not "${partner.name}"`,
      ),
    ];
  }
  // Counted as the center counts its own tenants: a retired municipality holds no capacity anywhere.
  const guests = municipalities.filter((m) => holdsCapacity(m) && systemsUnderDr(m).length > 0);
  const { capacity } = other.region;
  return RESOURCES.flatMap((resource) => {
    const { quota, unit } = resource;
    const own = other.municipalities.reduce((sum, m) => sum + m.quotas[quota], 0);
    const ours = guests.reduce((sum, m) => sum + m.quotas[quota], 0);
    if (own + ours <= capacityLimit(capacity, resource)) return [];
    return [
      problemAt(
        region,
        ["drPartner", "name"],
        `${partner.name} lacks capacity for our DR: ${own + ours} ${unit} needed (its tenants ${own} + ours under DR ${ours}), ` +
          `more than its capacity ${describeLimit(capacity, resource)}`,
      ),
    ];
  });
}
