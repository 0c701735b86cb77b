import { LINKAGE_RELAY } from "../contract/resource-names";
import { linkageFlows, Municipality, Region, System, Zone } from "../model/center";
import { contains, parseCidr } from "../model/ip";
import { parsePeer } from "../model/peer";
import { listenerPorts } from "../model/published";
import { EgressRule, IngressRule } from "../model/schema/municipality";

/**
 * A rule before groups exist: the remote is a CIDR or a group named by system (or LINKAGE_RELAY;
 * validation refuses a system of that name).
 */
export interface PlannedRule {
  readonly direction: "ingress" | "egress";
  readonly protocol: "tcp" | "udp" | "icmp" | "vrrp";
  readonly port?: number;
  readonly remote: { readonly cidr: string } | { readonly group: string };
  readonly description: string;
}

const INTERNET = "0.0.0.0/0";

/** The DNS resolvers each zone's subnet hands out (DHCP) at one site. */
export type ZoneResolvers = Readonly<Record<Zone, readonly string[]>>;

/**
 * Everything one system's security group allows, from the config alone:
 * - its own ingress and egress declarations;
 * - egress to every system that declares ingress from it (`system:<name>`), and ingress from
 *   every system that declares egress to it, so a declared dependency works from both ends
 *   without writing it twice;
 * - the linkage flows it takes part in, through the relay's group only;
 * - for internal systems, the center's shared services on their declared ports;
 * - for systems the center builds, what their redundancy needs (load balancer, VRRP);
 * - udp/53 to each resolver its zone's subnet hands out (`resolvers`, the site's for that zone),
 *   unless a rule above already covers it (at the center, the shared `dns` service's).
 * Nothing else: no rule means denied, egress included.
 */
export function systemRules(region: Region, m: Municipality, system: System, resolvers: ZoneResolvers): PlannedRule[] {
  const own = [
    ...(system.ingress ?? []).flatMap((rule) => declared(m, "ingress", rule.from, rule)),
    ...(system.egress ?? []).flatMap((rule) => declared(m, "egress", rule.to, rule)),
  ];
  const toPeers = peerRules(m, system, "egress");
  const fromPeers = peerRules(m, system, "ingress");
  const flows = linkageFlows(m).flatMap((flow): PlannedRule[] => {
    const common = { protocol: flow.protocol, port: flow.port, remote: { group: LINKAGE_RELAY } };
    if (flow.source === system.name) {
      return [{ ...common, direction: "egress", description: `linkage ${flow.name} via relay: ${flow.purpose}` }];
    }
    if (flow.destination === system.name) {
      return [{ ...common, direction: "ingress", description: `linkage ${flow.name} from relay: ${flow.purpose}` }];
    }
    return [];
  });
  const shared = system.zone === "internal" ? sharedServiceRules(region) : [];
  const rules = [...own, ...toPeers, ...fromPeers, ...flows, ...shared, ...redundancyRules(m, system)];
  return [...rules, ...resolverRules(system, resolvers[system.zone], rules)];
}

/**
 * A subnet that hands out a resolver its systems may not ask answers nothing: a system's group
 * reaches each resolver of its zone on udp/53, as a /32, where no rule it has covers it already.
 */
function resolverRules(system: System, resolvers: readonly string[], rules: readonly PlannedRule[]): PlannedRule[] {
  const covers = (rule: PlannedRule, resolver: string) =>
    rule.direction === "egress" &&
    rule.protocol === "udp" &&
    rule.port === 53 &&
    "cidr" in rule.remote &&
    contains(parseCidr(rule.remote.cidr)!, parseCidr(`${resolver}/32`)!);
  return resolvers
    .filter((resolver) => !rules.some((rule) => covers(rule, resolver)))
    .map((resolver) => ({
      direction: "egress",
      protocol: "udp",
      port: 53,
      remote: { cidr: `${resolver}/32` },
      description: `DNS resolver ${resolver}, handed out by the ${system.zone} subnet`,
    }));
}

/**
 * What the system's peers declare about it, from its side: egress to each peer whose ingress
 * names it, ingress from each peer whose egress names it.
 */
function peerRules(m: Municipality, system: System, direction: "ingress" | "egress"): PlannedRule[] {
  const named = `system:${system.name}`;
  return m.systems.flatMap((peer) =>
    (direction === "egress"
      ? (peer.ingress ?? []).filter((r) => r.from === named)
      : (peer.egress ?? []).filter((r) => r.to === named)
    ).flatMap((rule) =>
      portsOf(rule).map((port) => ({
        direction,
        protocol: rule.protocol,
        port,
        remote: direction === "egress" ? peerRemote(m, peer.name, rule.protocol, port) : { group: peer.name },
        description: `${direction === "egress" ? "to" : "from"} ${peer.name}: ${rule.purpose}`,
      })),
    ),
  );
}

/** The relay forwards each declared flow and nothing else: in from its source's group, out to its destination's. */
export function relayRules(m: Municipality): PlannedRule[] {
  return linkageFlows(m).flatMap((flow) => {
    const common = { protocol: flow.protocol, port: flow.port };
    return [
      {
        ...common,
        direction: "ingress",
        remote: { group: flow.source },
        description: `${flow.name} from ${flow.source}: ${flow.purpose}`,
      },
      {
        ...common,
        direction: "egress",
        remote: peerRemote(m, flow.destination, flow.protocol, flow.port),
        description: `${flow.name} to ${flow.destination}: ${flow.purpose}`,
      },
    ];
  });
}

function sharedServiceRules(region: Region): PlannedRule[] {
  const remote = { cidr: region.addressPools.shared };
  return region.sharedServices.services.map((service) => ({
    direction: service.direction === "to-tenants" ? "ingress" : "egress",
    protocol: service.protocol,
    port: service.port,
    remote,
    description: `shared service ${service.name}: ${service.purpose}`,
  }));
}

function declared(
  m: Municipality,
  direction: PlannedRule["direction"],
  text: string,
  rule: IngressRule | EgressRule,
): PlannedRule[] {
  const peer = parsePeer(text)!;
  return portsOf(rule).map((port) => {
    const remote =
      peer.kind === "internet"
        ? { cidr: INTERNET }
        : peer.kind === "zone"
          ? { cidr: m.addressing[peer.zone] }
          : peer.kind === "system"
            ? direction === "egress"
              ? peerRemote(m, peer.name, rule.protocol, port)
              : { group: peer.name }
            : { cidr: peer.cidr };
    return { direction, protocol: rule.protocol, port, remote, description: rule.purpose };
  });
}

/**
 * Where connections to a peer system go: its group's members, or, on a port its load balancer
 * listens on, the VIP. The VIP is Octavia's port in no group of rcc's (a remote group never
 * matches it) and its address is known only once built, so the rule names the peer zone's subnet.
 */
function peerRemote(m: Municipality, name: string, protocol: string, port: number | undefined): PlannedRule["remote"] {
  const peer = m.systems.find((s) => s.name === name);
  const balanced = peer && protocol === "tcp" && port !== undefined && listenerPorts(peer).includes(port);
  return balanced ? { cidr: m.addressing[peer.zone] } : { group: name };
}

/** One rule per port; icmp has none. */
function portsOf(rule: IngressRule | EgressRule): Array<number | undefined> {
  return rule.ports ?? [undefined];
}

/**
 * A built active-active system's load balancer and its health checks reach the members from the
 * zone's own subnet, on every port it listens on; a built active-standby pair elects the VIP's
 * holder over VRRP.
 */
function redundancyRules(m: Municipality, system: System): PlannedRule[] {
  const { mode } = system.availability;
  const listening = listenerPorts(system);
  if (listening.length > 0) {
    const description = "load balancer and health checks to members";
    return listening.map((port) => ({
      direction: "ingress",
      protocol: "tcp",
      port,
      remote: { cidr: m.addressing[system.zone] },
      description,
    }));
  }
  if (mode === "active-standby" && system.build) {
    const peers = { group: system.name };
    return [
      { direction: "ingress", protocol: "vrrp", remote: peers, description: "VRRP between the pair holding the VIP" },
      { direction: "egress", protocol: "vrrp", remote: peers, description: "VRRP between the pair holding the VIP" },
    ];
  }
  return [];
}
