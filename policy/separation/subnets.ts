/** Subnets by zone with their address ranges, for rules that compare addresses with zones. */
import { parsePrefix, Prefix } from "../../model/ip";
import { Block, blocksOfType, Stack, stringArg } from "./terraform";
import { inZone, Zone } from "./zones";

export interface ZonedSubnet {
  readonly subnet: Block;
  readonly cidr: string;
  readonly prefix: Prefix;
}

// Rules ask this once per rule, port or member; a parsed stack never changes, so the answer is kept.
const cache = new WeakMap<Stack, Map<Zone, ZonedSubnet[]>>();

/** Subnets (resources and looked-up ones) in `zone` whose `cidr` is a literal range. */
export function subnetsIn(stack: Stack, zone: Zone): ZonedSubnet[] {
  const byZone = cache.get(stack) ?? new Map<Zone, ZonedSubnet[]>();
  cache.set(stack, byZone);
  let subnets = byZone.get(zone);
  if (!subnets) {
    subnets = blocksOfType(stack, "openstack_networking_subnet_v2").flatMap((subnet) => {
      const cidr = stringArg(subnet.body, "cidr");
      const prefix = cidr === undefined ? undefined : parsePrefix(cidr);
      return cidr !== undefined && prefix !== undefined && inZone(stack, subnet, zone)
        ? [{ subnet, cidr, prefix }]
        : [];
    });
    byZone.set(zone, subnets);
  }
  return subnets;
}
