/**
 * A hand-built network, small enough to read whole: an internal subnet and an external subnet,
 * each behind its own router, the internal one gatewayed to the backbone without SNAT and the
 * external one to the internet with SNAT, and two security groups. Tests change one part at a time.
 */
import { parseStack, Stack } from "../../../policy/separation/terraform";
import { centerModel, Endpoints, Host, trace } from "../../../policy/reach";
import { Packet } from "../../../policy/reach/filters";
import { loadCenter } from "../../../model/load";
import { SAMPLE_CONFIG } from "../../helpers/config";

type Json = {
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  provider?: unknown;
};

const ref = (type: string, name: string, attr = "id") => `\${${type}.${name}.${attr}}`;
export const NET = "openstack_networking_network_v2";
export const SUBNET = "openstack_networking_subnet_v2";
export const ROUTER = "openstack_networking_router_v2";
export const IFACE = "openstack_networking_router_interface_v2";
export const SG = "openstack_networking_secgroup_v2";
export const RULE = "openstack_networking_secgroup_rule_v2";
export { ref };

export function smallNetwork(): Json {
  return {
    provider: { openstack: [{ cloud: "daegu-rcc" }] },
    data: {
      [NET]: { backbone: { name: "admin-backbone" }, internet: { name: "public-internet", external: true } },
    },
    resource: {
      [NET]: { inner: { name: "inner" }, outer: { name: "outer" } },
      [SUBNET]: {
        inner: { network_id: ref(NET, "inner"), cidr: "10.27.16.0/20", dns_nameservers: ["10.26.0.53"] },
        outer: { network_id: ref(NET, "outer"), cidr: "10.127.1.0/24" },
      },
      [ROUTER]: {
        inner: { name: "inner-router", external_network_id: `\${data.${NET}.backbone.id}`, enable_snat: false },
        outer: { name: "outer-router", external_network_id: `\${data.${NET}.internet.id}`, enable_snat: true },
      },
      [IFACE]: {
        inner: { router_id: ref(ROUTER, "inner"), subnet_id: ref(SUBNET, "inner") },
        outer: { router_id: ref(ROUTER, "outer"), subnet_id: ref(SUBNET, "outer") },
      },
      [SG]: { app: { name: "app", delete_default_rules: true }, web: { name: "web", delete_default_rules: true } },
      [RULE]: {
        "app-in": ingress("app", "tcp", 443, "172.27.0.0/16"),
        "app-out": { ...ingress("app", "udp", 53, "10.26.0.0/24"), direction: "egress" },
        "web-in": ingress("web", "tcp", 443, "0.0.0.0/0"),
      },
    },
  };
}

export function ingress(group: string, protocol: string, port: number, cidr: string): Record<string, unknown> {
  return {
    security_group_id: ref(SG, group),
    direction: "ingress",
    ethertype: "IPv4",
    protocol,
    port_range_min: port,
    port_range_max: port,
    remote_ip_prefix: cidr,
  };
}

const REGION = loadCenter(SAMPLE_CONFIG).center!.region;

export function modelOf(...jsons: Json[]) {
  const stacks: Stack[] = jsons.map((json, i) => parseStack(`/tmp/s${i}/cdk.tf.json`, json));
  const model = centerModel(REGION, stacks);
  return { model, ends: new Endpoints(model, REGION) };
}

/** A port-like host on a subnet of the model, carrying the named groups. */
export function hostOn(ends: Endpoints, cidr: string, ip: string, groups: string[], extra: Partial<Host> = {}): Host {
  const subnet = ends.subnet("daegu-rcc", cidr)!;
  const at = ends.address("daegu-rcc", ip);
  return {
    ...at,
    label: ip,
    subnet,
    groups: groups.map((g) => ends.group("daegu-rcc", g)!),
    portSecurity: true,
    ...extra,
  };
}

export function tcp(port: number): Packet {
  return { protocol: "tcp", port };
}

export { trace };
