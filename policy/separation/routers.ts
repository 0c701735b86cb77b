/** Routers and what is plugged into them. */
import { attachments, inZone, Zone } from "./zones";
import { Block, resolve, resources, Stack } from "./terraform";

const INTERFACE = "openstack_networking_router_interface_v2";

export function interfacesOf(stack: Stack, router: Block): Block[] {
  return resources(stack, INTERFACE).filter((i) => resolve(stack, i.body.router_id) === router);
}

/**
 * What an interface plugs into a router, if that is in `zone`: its subnet or port when they are,
 * else the interface itself when only its own label says so.
 */
export function pluggedIn(stack: Stack, routerInterface: Block, zone: Zone): Block | undefined {
  const target = attachments(stack, routerInterface).find((t) => inZone(stack, t, zone));
  return target ?? (inZone(stack, routerInterface, zone) ? routerInterface : undefined);
}
