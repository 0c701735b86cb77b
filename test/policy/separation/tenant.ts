import { checkSeparation, Finding, parseStack } from "../../../policy/separation";

type Blocks = Record<string, Record<string, Record<string, unknown>>>;

/** `${TYPE.NAME.id}` */
export const ref = (type: string, name: string, attr = "id") => `\${${type}.${name}.${attr}}`;
export const NET = "openstack_networking_network_v2";
export const SUBNET = "openstack_networking_subnet_v2";
export const ROUTER = "openstack_networking_router_v2";
export const INTERFACE = "openstack_networking_router_interface_v2";
export const PORT = "openstack_networking_port_v2";
export const GROUP = "openstack_networking_secgroup_v2";
export const RULE = "openstack_networking_secgroup_rule_v2";

/**
 * A minimal separated tenant as a synth would write it: internal (10.27.0.0/20) and external
 * (10.127.0.0/24) zones, each with network, subnet, router and interface, a group per zone, and a
 * linkage network (10.227.0.0/27) on both routers. Tests add or change blocks to break it.
 */
export function tenant(): { resource: Blocks; data: Blocks } {
  const zone = (name: string, cidr: string, gateway: string) => ({
    net: { name: `t-${name}`, tags: [`zone=${name}`] },
    subnet: { name: `t-${name}-subnet`, network_id: ref(NET, name), cidr, tags: [`zone=${name}`] },
    router: { name: `t-${name}-router`, external_network_id: gateway, tags: [`zone=${name}`] },
    interface: { router_id: ref(ROUTER, name), subnet_id: ref(SUBNET, name), "//": { rcc_labels: { zone: name } } },
  });
  const internal = zone("internal", "10.27.0.0/20", ref(`data.${NET}`, "backbone"));
  const external = zone("external", "10.127.0.0/24", ref(`data.${NET}`, "internet"));
  return {
    data: { [NET]: { internet: { name: "public", external: true }, backbone: { name: "admin-backbone" } } },
    resource: {
      [NET]: { internal: internal.net, external: external.net, linkage: { name: "t-linkage", tags: ["zone=linkage"] } },
      [SUBNET]: {
        internal: internal.subnet,
        external: external.subnet,
        linkage: { name: "t-linkage-subnet", network_id: ref(NET, "linkage"), cidr: "10.227.0.0/27" },
      },
      [ROUTER]: { internal: internal.router, external: external.router },
      [INTERFACE]: {
        internal: internal.interface,
        external: external.interface,
        "linkage-internal": { router_id: ref(ROUTER, "internal"), subnet_id: ref(SUBNET, "linkage") },
        "linkage-external": { router_id: ref(ROUTER, "external"), port_id: ref(PORT, "linkage-leg") },
      },
      [PORT]: { "linkage-leg": { network_id: ref(NET, "linkage"), fixed_ip: [{ ip_address: "10.227.0.2" }] } },
      [GROUP]: {
        app: { name: "t-app", tags: ["zone=internal"] },
        web: { name: "t-web", tags: ["zone=external"] },
        relay: { name: "t-relay", tags: ["zone=linkage"] },
      },
      [RULE]: {
        "web-in": { security_group_id: ref(GROUP, "web"), direction: "ingress", remote_ip_prefix: "0.0.0.0/0" },
        "web-to-relay": {
          security_group_id: ref(GROUP, "web"),
          direction: "egress",
          remote_group_id: ref(GROUP, "relay"),
        },
        "app-from-relay": {
          security_group_id: ref(GROUP, "app"),
          direction: "ingress",
          remote_group_id: ref(GROUP, "relay"),
        },
      },
    },
  };
}

/** Adds (or replaces) one block. */
export function put(json: { resource: Blocks }, type: string, name: string, body: Record<string, unknown>) {
  json.resource[type] = { ...json.resource[type], [name]: body };
  return json;
}

/** The findings of one rule on a configuration. */
export function findings(json: unknown, rule?: string): Finding[] {
  return checkSeparation([parseStack("t/cdk.tf.json", json)]).filter((f) => rule === undefined || f.rule === rule);
}
