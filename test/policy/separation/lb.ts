import { put, ref, SUBNET } from "./tenant";

export const MEMBER = "openstack_lb_member_v2";

/** A load balancer with its VIP in `vipZone`'s subnet, a listener and a pool (members added by the test). */
export function withBalancer<T extends { resource: Record<string, Record<string, Record<string, unknown>>> }>(
  json: T,
  vipZone: string,
): T {
  put(json, "openstack_lb_loadbalancer_v2", "lb", { vip_subnet_id: ref(SUBNET, vipZone) });
  put(json, "openstack_lb_listener_v2", "https", {
    loadbalancer_id: ref("openstack_lb_loadbalancer_v2", "lb"),
    protocol_port: 443,
  });
  put(json, "openstack_lb_pool_v2", "pool", { listener_id: ref("openstack_lb_listener_v2", "https") });
  return json;
}

export const member = (subnet: string | undefined, address: string) => ({
  pool_id: ref("openstack_lb_pool_v2", "pool"),
  address,
  ...(subnet ? { subnet_id: ref(SUBNET, subnet) } : {}),
});
