/** The two filters a packet meets: security groups (at ports, stateful) and FWaaS v2 policies (at router legs, first match). */
import { contains, Cidr } from "../../model/ip";
import { FirewallPolicy, FirewallRule, PortRange, SecurityGroup, SecurityGroupRule } from "./network";

export type Protocol = "tcp" | "udp" | "icmp" | "vrrp";

/** One connection's first packet: what filters judge. Replies of an allowed connection pass (both filters are stateful). */
export interface Packet {
  readonly protocol: Protocol;
  /** Destination port; none for icmp and vrrp. */
  readonly port?: number;
}

const PROTOCOL_NUMBERS: Readonly<Record<string, Protocol>> = { "1": "icmp", "6": "tcp", "17": "udp", "112": "vrrp" };

function protocolMatches(rule: string | undefined, packet: Packet): boolean {
  return rule === undefined || (PROTOCOL_NUMBERS[rule] ?? rule) === packet.protocol;
}

function portMatches(range: PortRange | undefined, packet: Packet): boolean {
  if (range === undefined || packet.port === undefined) return true;
  return packet.protocol === "icmp" || (range[0] <= packet.port && packet.port <= range[1]);
}

const host = (ip: number): Cidr => ({ text: "", start: ip, end: ip, prefix: 32 });

/**
 * The rule of the groups that lets the packet through in `direction`, where the other end is at
 * `peerIp` and carries `peerGroups` (empty when the address was translated on the way: Neutron
 * matches remote groups by their members' addresses). Undefined: the groups drop it.
 */
export function allowingRule(
  groups: readonly SecurityGroup[],
  direction: "ingress" | "egress",
  peerIp: number,
  peerGroups: readonly SecurityGroup[],
  packet: Packet,
): SecurityGroupRule | undefined {
  for (const group of groups) {
    for (const rule of group.rules) {
      if (rule.direction !== direction || !protocolMatches(rule.protocol, packet) || !portMatches(rule.ports, packet)) {
        continue;
      }
      if (rule.remoteGroup) {
        if (peerGroups.some((g) => g.key === rule.remoteGroup!.key)) return rule;
      } else if (!rule.remoteCidr || contains(rule.remoteCidr, host(peerIp))) return rule;
    }
  }
  return undefined;
}

/** FWaaS: the first enabled rule that matches decides; a policy with no match denies. */
export function firstMatch(policy: FirewallPolicy, sourceIp: number, destinationIp: number, packet: Packet) {
  const matches = (rule: FirewallRule) =>
    (rule.protocol === undefined || rule.protocol === packet.protocol) &&
    (rule.source === undefined || contains(rule.source, host(sourceIp))) &&
    (rule.destination === undefined || contains(rule.destination, host(destinationIp))) &&
    (rule.destinationPorts === undefined || portMatches(rule.destinationPorts, packet)) &&
    rule.sourcePorts === undefined;
  return policy.rules.find(matches);
}
