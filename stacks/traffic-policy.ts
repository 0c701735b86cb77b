import { LINKAGE_RELAY } from "../contract/resource-names";
import { linkageFlows, Municipality, Region, System } from "../model/center";
import { parsePeer } from "../model/peer";
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

/**
 * Everything one system's security group allows, from the config alone:
 * - its own ingress and egress declarations;
 * - egress to every system that declares ingress from it (`system:<name>`), so a declared
 *   dependency works from both ends without writing it twice;
 * - the linkage flows it takes part in, through the relay's group only;
 * - for internal systems, the center's shared services on their declared ports;
 * - for systems the center builds, what their redundancy needs (load balancer, VRRP).
 * Nothing else: no rule means denied, egress included.
 */
export function systemRules(region: Region, m: Municipality, system: System): PlannedRule[] {
  const own = [
    ...(system.ingress ?? []).flatMap((rule) => declared(m, "ingress", rule.from, rule)),
    ...(system.egress ?? []).flatMap((rule) => declared(m, "egress", rule.to, rule)),
  ];
  const toPeers = m.systems.flatMap((peer) =>
    (peer.ingress ?? [])
      .filter((rule) => rule.from === `system:${system.name}`)
      .flatMap((rule) =>
        portsOf(rule).map((port) => ({
          direction: "egress" as const,
          protocol: rule.protocol,
          port,
          remote: { group: peer.name },
          description: `to ${peer.name}: ${rule.purpose}`,
        })),
      ),
  );
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
  return [...own, ...toPeers, ...flows, ...shared, ...redundancyRules(m, system)];
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
        remote: { group: flow.destination },
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
  const remote =
    peer.kind === "internet"
      ? { cidr: INTERNET }
      : peer.kind === "zone"
        ? { cidr: m.addressing[peer.zone] }
        : peer.kind === "system"
          ? { group: peer.name }
          : { cidr: peer.cidr };
  return portsOf(rule).map((port) => ({ direction, protocol: rule.protocol, port, remote, description: rule.purpose }));
}

/** One rule per port; icmp has none. */
function portsOf(rule: IngressRule | EgressRule): Array<number | undefined> {
  return rule.ports ?? [undefined];
}

/**
 * A built active-active system's load balancer and its health checks reach the members from the
 * zone's own subnet; a built active-standby pair elects the VIP's holder over VRRP.
 */
function redundancyRules(m: Municipality, system: System): PlannedRule[] {
  const { mode } = system.availability;
  const service = system.build?.service;
  if (mode === "active-active" && service) {
    const description = "load balancer and health checks to members";
    return [
      {
        direction: "ingress",
        protocol: "tcp",
        port: service.port,
        remote: { cidr: m.addressing[system.zone] },
        description,
      },
    ];
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
