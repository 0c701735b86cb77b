/** Subnets by zone with their address ranges, for rules that compare addresses with zones. */
import { parsePrefix, Prefix } from "./addresses";
import { Block, blocksOfType, Stack, stringArg } from "./terraform";
import { inZone, Zone } from "./zones";

export interface ZonedSubnet {
  readonly subnet: Block;
  readonly cidr: string;
  readonly prefix: Prefix;
}

/** Subnets (resources and looked-up ones) in `zone` whose `cidr` is a literal range. */
export function subnetsIn(stack: Stack, zone: Zone): ZonedSubnet[] {
  return blocksOfType(stack, "openstack_networking_subnet_v2").flatMap((subnet) => {
    const cidr = stringArg(subnet.body, "cidr");
    const prefix = cidr === undefined ? undefined : parsePrefix(cidr);
    return cidr !== undefined && prefix !== undefined && inZone(stack, subnet, zone) ? [{ subnet, cidr, prefix }] : [];
  });
}
