import { contains, parseCidr } from "../ip";
import { ConfigProblem } from "../problems";
import { RegionFile } from "../schema/region";
import { Loaded, problemAt, Validator } from "./context";

const ALLOWED =
  "external subnets need resolvers reachable from the internet side (public resolvers or the center's DMZ " +
  "resolvers), outside the internal, linkage and shared pools and the operator networks";

/**
 * External subnets hand out externalDnsNameservers. The external zone's router has only the
 * internet for a gateway, and its firewall denies the administrative pool: a resolver on the
 * backbone (in a tenant, linkage or shared-services range, or an operator network) is one its
 * systems are told to ask and can never reach (망분리). The standby's list is checked the same
 * way, its tenants keeping the center's addresses.
 */
export const validateResolvers: Validator = ({ region }) => [
  ...unreachable(region, [], region.value.externalDnsNameservers),
  ...unreachable(region, ["drPartner", "standby"], region.value.drPartner?.standby?.externalDnsNameservers),
];

function unreachable(
  region: Loaded<RegionFile>,
  at: ReadonlyArray<string | number>,
  resolvers: readonly string[] | undefined,
): ConfigProblem[] {
  const { addressPools, operatorCidrs } = region.value;
  const backbone = [
    ...(["internal", "linkage", "shared"] as const).map((pool) => ({
      cidr: addressPools[pool],
      label: `the region pool ${pool}`,
    })),
    ...operatorCidrs.map((cidr) => ({ cidr, label: "the operator network" })),
  ];
  return (resolvers ?? []).flatMap((resolver, i) => {
    const address = parseCidr(`${resolver}/32`);
    if (!address) return [];
    return backbone
      .filter(({ cidr }) => contains(parseCidr(cidr)!, address))
      .map(({ cidr, label }) =>
        problemAt(
          region,
          [...at, "externalDnsNameservers", i],
          `${resolver} is inside ${label} (${cidr}): the external zone cannot reach it (망분리); ${ALLOWED}`,
        ),
      );
  });
}
