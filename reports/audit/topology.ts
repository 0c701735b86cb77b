/** A municipality's zones as synthesized: networks, subnets, routers and where their gateways lead. */
import { routerName, subnetName, zoneNetworkName } from "../../contract/resource-names";
import { linkageFlows, Municipality } from "../../model/center";
import { internetGateway } from "../../policy/separation/internet";
import { Block, resolve, resources, Stack, stringArg } from "../../policy/separation/terraform";
import { Exposure, Topology, TopologyZone } from "./types";

const ZONES: readonly TopologyZone[] = ["external", "linkage", "internal"];

export function topologyOf(m: Municipality, tenant: Stack | undefined, exposure: readonly Exposure[]): Topology {
  const named = (type: string, name: string) =>
    tenant ? resources(tenant, type).find((b) => stringArg(b.body, "name") === name) : undefined;
  const exposed = new Set(exposure.map((e) => e.system));
  return {
    zones: ZONES.map((zone) => {
      const network = zoneNetworkName(m.code, zone);
      const subnet = named("openstack_networking_subnet_v2", subnetName(network));
      const router = named("openstack_networking_router_v2", routerName(network));
      return {
        zone,
        cidr: stringArg(subnet?.body ?? {}, "cidr") ?? m.addressing[zone],
        network,
        subnet: subnetName(network),
        router: router && tenant ? { name: routerName(network), gateway: gatewayOf(tenant, router) } : null,
        systems: m.systems
          .filter((s) => s.zone === zone)
          .map((s) => ({ name: s.name, grade: s.grade, exposed: exposed.has(s.name) })),
      };
    }),
    flows: linkageFlows(m).map((f) => ({
      from: f.source,
      to: f.destination,
      protocol: f.protocol,
      ports: String(f.port),
    })),
  };
}

/** `public-internet (internet)`, `admin-backbone`, or null without a gateway. */
function gatewayOf(stack: Stack, router: Block): string | null {
  const network = resolve(stack, router.body.external_network_id ?? router.body.external_gateway);
  if (!network) return null;
  const name = stringArg(network.body, "name") ?? network.address;
  return internetGateway(stack, router) ? `${name} (internet)` : name;
}
