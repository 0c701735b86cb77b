import { Cidr, contains, overlappingPairs, overlaps, parseCidr } from "../ip";
import { ConfigProblem } from "../problems";
import { RegionFile } from "../schema/region";
import { Loaded, problemAt, Validator } from "./context";

/** Router legs, relay slots and DHCP addresses need 32 addresses (see constructs/linkage-zone.ts). */
const LINKAGE_MAX_PREFIX = 27;

interface Range {
  readonly cidr: Cidr;
  readonly owner: Loaded<unknown>;
  readonly segments: ReadonlyArray<string | number>;
  readonly label: string;
}

/**
 * Address ranges are the one mistake that surfaces only after deploy, as traffic going to the
 * wrong tenant: pools must be disjoint, every tenant range inside its zone's pool, and no two
 * tenant ranges may overlap. Schema validation has already checked that each CIDR is well formed.
 */
export const validateAddresses: Validator = ({ region, municipalities }) => {
  const problems: ConfigProblem[] = [];
  const pool = (name: keyof typeof region.value.addressPools) =>
    range(region, ["addressPools", name], `region pool ${name}`, region.value.addressPools[name]);
  const pools = {
    internal: pool("internal"),
    external: pool("external"),
    linkage: pool("linkage"),
    shared: pool("shared"),
  };
  for (const [a, b] of overlappingPairs(Object.values(pools))) {
    problems.push(
      problemAt(b.owner, b.segments, `${b.cidr.text} overlaps ${a.label} (${a.cidr.text}); pools must be disjoint`),
    );
  }

  problems.push(...operatorProblems(region, Object.values(pools)));

  const tenantRanges: Range[] = [];
  for (const m of municipalities) {
    for (const zone of ["internal", "external", "linkage"] as const) {
      const r = range(m, ["addressing", zone], `${m.value.code}-${m.value.name} ${zone}`, m.value.addressing[zone]);
      if (!contains(pools[zone].cidr, r.cidr)) {
        problems.push(
          problemAt(m, r.segments, `${r.cidr.text} is outside the region's ${zone} pool ${pools[zone].cidr.text}`),
        );
      }
      if (zone === "linkage" && r.cidr.prefix > LINKAGE_MAX_PREFIX) {
        problems.push(
          problemAt(
            m,
            r.segments,
            `${r.cidr.text} is too small: the linkage zone needs a /${LINKAGE_MAX_PREFIX} or larger`,
          ),
        );
      }
      tenantRanges.push(r);
    }
  }
  for (const [a, b] of overlappingPairs(tenantRanges)) {
    const [first, second] = a.owner.source.file <= b.owner.source.file ? [a, b] : [b, a];
    problems.push(
      problemAt(second.owner, second.segments, `${second.cidr.text} overlaps ${first.label} (${first.cidr.text})`),
    );
  }
  return problems;
};

/**
 * The bastion and the other shared services' operator ports trust operatorCidrs. An operator
 * network that overlaps a pool would make the systems there operators: tenants' internal systems
 * (a compromised one reaching every tenant through the bastion), external ones (the internet's
 * way in), the linkage relays (the one sanctioned crossing, become a way around it) or the shared
 * services themselves. Operators connect from a network of their own, outside all four pools.
 */
function operatorProblems(region: Loaded<RegionFile>, pools: readonly Range[]): ConfigProblem[] {
  return region.value.operatorCidrs.flatMap((text, i) => {
    const operators = parseCidr(text)!;
    return pools
      .filter((pool) => overlaps(operators, pool.cidr))
      .map((pool) =>
        problemAt(
          region,
          ["operatorCidrs", i],
          `${text} overlaps the ${pool.label} (${pool.cidr.text}): the bastion would let every system there in as an ` +
            "operator; operators connect from a network of their own, outside the address pools",
        ),
      );
  });
}

function range(owner: Loaded<unknown>, segments: ReadonlyArray<string | number>, label: string, text: string): Range {
  return { cidr: parseCidr(text)!, owner, segments, label };
}
