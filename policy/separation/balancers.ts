/** Load balancers and their members, for rules about where a VIP forwards to. */
import { parsePrefix, prefixContains } from "../../model/ip";
import { describeIn } from "./finding";
import { subnetsIn } from "./subnets";
import { Block, resolve, Stack, stringArg } from "./terraform";
import { inZone, Zone } from "./zones";

/** member → pool → load balancer, directly or through the pool's listener. */
export function balancerOf(stack: Stack, member: Block): Block | undefined {
  const pool = resolve(stack, member.body.pool_id);
  if (!pool) return undefined;
  const listener = resolve(stack, pool.body.listener_id);
  return resolve(stack, pool.body.loadbalancer_id) ?? (listener && resolve(stack, listener.body.loadbalancer_id));
}

/**
 * The member described as in `zone`, by its subnet or address reference or by a literal address
 * inside a subnet of that zone; undefined when it is not in `zone`.
 */
export function memberIn(stack: Stack, member: Block, zone: Zone): string | undefined {
  if (inZone(stack, member, zone)) return `${zone} ${describeIn(stack, member, zone)}`;
  const address = stringArg(member.body, "address");
  const prefix = address === undefined ? undefined : parsePrefix(address);
  const subnet = prefix && subnetsIn(stack, zone).find((s) => prefixContains(s.prefix, prefix));
  return (
    subnet &&
    `pool member ${member.address}, whose address ${address} is in ${zone} subnet ${subnet.subnet.address} (${subnet.cidr})`
  );
}
