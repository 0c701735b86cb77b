/**
 * Which packets the test cloud sends, and from where: declared flows of a few municipalities
 * that the test cloud can carry, and undeclared ones an attacker or a careless edit would try.
 * Each end becomes a test host: a built port of the deployment, a port made for the test where
 * the model assumes one, or an address in the namespace standing for the internet or the
 * backbone. Nothing here touches the cloud; e2e/packets.py wires and sends what this plans.
 */
import { Center, Municipality, System } from "../../model/center";
import { Packet } from "../../policy/reach/filters";
import { DeclaredFlow, declaredFlows } from "../../policy/reach/intent";
import { Endpoints, Host, NetworkModel } from "../../policy/reach";
import { Port, Router } from "../../policy/reach/network";
import { formatIpv4 } from "../../model/ip";

/** The municipalities whose flows are sent: the one with built systems, and one behind a zone firewall. */
export const PROBED_MUNICIPALITIES = ["27170", "27140"];

/** A probe: one connection from one test host to another, and whether the config declares it. */
export interface Probe {
  readonly name: string;
  readonly declared: boolean;
  readonly source: Host;
  readonly destination: Host;
  readonly packet: Packet & { readonly port: number };
  /** The router the source sends it to, for a source that is not on the destination's way (an attacker's route). */
  readonly through?: Router;
}

/** Why a declared flow is not sent on the test cloud, or undefined when it is. */
export function notCarried(flow: DeclaredFlow, center: string): string | undefined {
  const { source, destination, packet } = flow;
  if (typeof source === "string" || typeof destination === "string") return "an end the stacks do not hold";
  if (source.network.site !== center || destination.network.site !== center) return "at the DR partner";
  if (source.label.startsWith("load balancer") || destination.listens) return "through Octavia (no amphora)";
  if (packet.port === undefined || (packet.protocol !== "tcp" && packet.protocol !== "udp")) return "no TCP/UDP port";
  return undefined;
}

export interface ProbeSelection {
  readonly probes: readonly Probe[];
  /** Declared flows of the probed municipalities left out, counted by why. */
  readonly leftOut: ReadonlyMap<string, number>;
}

/** The declared flows of the probed municipalities the test cloud carries, and the undeclared sample. */
export function selectProbes(center: Center, model: NetworkModel): ProbeSelection {
  const ends = new Endpoints(model, center.region);
  const probed = center.municipalities.filter((m) => PROBED_MUNICIPALITIES.includes(m.code));
  const leftOut = new Map<string, number>();
  const seen = new Set<string>();
  const probes: Probe[] = [];
  for (const flow of declaredFlows(ends, probed)) {
    const why = notCarried(flow, ends.center);
    if (why) {
      leftOut.set(why, (leftOut.get(why) ?? 0) + 1);
      continue;
    }
    // notCarried has made sure both ends are hosts and the packet has a port.
    const probe = { ...flow, declared: true } as Probe;
    const key = `${at(probe.source)}>${at(probe.destination)}|${probe.packet.protocol}/${probe.packet.port}`;
    if (seen.has(key)) continue;
    seen.add(key);
    probes.push(probe);
  }
  return { probes: [...probes, ...undeclaredProbes(ends, center)], leftOut };
}

const at = (host: Host) => `${endKey(host)}@${formatIpv4(host.ip)}`;

/** One test host per end: a built port, or a network and address. */
export function endKey(host: Host): string {
  const origin = host.origin as Port | undefined;
  if (origin?.key) return `port ${origin.key}`;
  if (host.network.role !== "tenant") return `${host.network.role} ${host.network.key}`;
  return `${host.label} ${host.network.key} ${host.assumed ? "" : formatIpv4(host.ip)}`;
}

type End = (ends: Endpoints, m: (code: string) => Municipality | undefined) => Host | string | undefined;

/**
 * Paths the config does not declare, each an attempt across a boundary rcc promises: the
 * internet into the internal zone (an adjacent attacker routing it through the external
 * router), the external zone into the internal one beside the relay, one municipality into
 * another over the backbone, a linkage host that is not a relay into the internal zone, the
 * external zone to the shared services, the backbone to a system's management port.
 */
const UNDECLARED: ReadonlyArray<{
  name: string;
  from: End;
  to: End;
  packet: Probe["packet"];
  through?: (ends: Endpoints, m: (code: string) => Municipality | undefined) => Router | undefined;
}> = [
  {
    name: "internet to 27170 resident-registry (through the external router)",
    from: (ends) => ends.internet(ends.center),
    to: (ends, m) => system(ends, m("27170"), "resident-registry"),
    packet: { protocol: "tcp", port: 5432 },
    through: (ends, m) => zoneRouter(ends, m("27170"), "external"),
  },
  {
    name: "27170 civil-portal (external) to resident-registry (internal), beside the relay",
    from: (ends, m) => client(ends, m("27170"), "civil-portal"),
    to: (ends, m) => system(ends, m("27170"), "resident-registry"),
    packet: { protocol: "tcp", port: 8443 },
  },
  {
    name: "27170 civil-portal (external) to the shared DNS",
    from: (ends, m) => client(ends, m("27170"), "civil-portal"),
    to: (ends) => shared(ends, "dns"),
    packet: { protocol: "udp", port: 53 },
  },
  {
    name: "27170 payroll to 27140 payroll (tenant to tenant, over the backbone)",
    from: (ends, m) => client(ends, m("27170"), "payroll"),
    to: (ends, m) => system(ends, m("27140"), "payroll"),
    packet: { protocol: "tcp", port: 443 },
  },
  {
    name: "a linkage host that is not a relay to 27170 resident-registry",
    from: (ends, m) => linkageHost(ends, m("27170")),
    to: (ends, m) => system(ends, m("27170"), "resident-registry"),
    packet: { protocol: "tcp", port: 8443 },
  },
  {
    name: "the backbone to 27170 payroll's ssh (only the bastion may)",
    from: (ends) => ends.address(ends.center, "172.31.255.10", "the backbone (172.31.255.10)"),
    to: (ends, m) => system(ends, m("27170"), "payroll"),
    packet: { protocol: "tcp", port: 22 },
  },
];

function undeclaredProbes(ends: Endpoints, center: Center): Probe[] {
  const byCode = (code: string) => center.municipalities.find((m) => m.code === code);
  return UNDECLARED.flatMap(({ name, from, to, packet, through }) => {
    const source = from(ends, byCode);
    const destination = to(ends, byCode);
    if (typeof source !== "object" || typeof destination !== "object") return [];
    return [{ name, declared: false, source, destination, packet, through: through?.(ends, byCode) }];
  });
}

const systemNamed = (m: Municipality | undefined, name: string): System | undefined =>
  m?.systems.find((s) => s.name === name);

function system(ends: Endpoints, m: Municipality | undefined, name: string): Host | string | undefined {
  const s = systemNamed(m, name);
  return m && s ? ends.system(ends.center, m, s, 0, { protocol: "tcp", port: 1 }) : undefined;
}

function client(ends: Endpoints, m: Municipality | undefined, name: string): Host | string | undefined {
  const s = systemNamed(m, name);
  return m && s ? ends.client(ends.center, m, s) : undefined;
}

function shared(ends: Endpoints, name: string): Host | string | undefined {
  const service = ends.region.sharedServices.services.find((s) => s.name === name);
  return service ? ends.sharedService(service) : undefined;
}

function linkageHost(ends: Endpoints, m: Municipality | undefined): Host | string | undefined {
  const subnet = m && ends.subnet(ends.center, m.addressing.linkage);
  if (!m || !subnet?.cidr) return undefined;
  // Counted back from the end: the gateway and Neutron's own allocations come from the start.
  const ip = subnet.cidr.end - 2;
  return {
    label: `a host of ${m.code}'s linkage zone`,
    network: subnet.network!,
    subnet,
    ip,
    groups: [],
    portSecurity: false,
    floatingIps: [],
  };
}

/** The router with a leg on a municipality's zone subnet. */
function zoneRouter(ends: Endpoints, m: Municipality | undefined, zone: "internal" | "external"): Router | undefined {
  const subnet = m && ends.subnet(ends.center, m.addressing[zone]);
  return subnet ? ends.model.routers.find((r) => r.legs.some((leg) => leg.subnet === subnet)) : undefined;
}
