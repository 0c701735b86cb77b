import { FirewallRule } from "../constructs/zone-firewall";
import { linkageFlows, Municipality, Region, systemsInZone, Zone } from "../model/center";
import { contains, parseCidr } from "../model/ip";
import { parsePeer } from "../model/peer";

/**
 * What may cross a tenant's zone router (망분리), as firewall rules:
 * - internal (행정망): only to and from the center's shared services, operators, (when flows are
 *   declared) the tenant's linkage relays, the resolvers its subnet hands out, and the CIDRs its
 *   systems declare, each on its declared protocol and ports; everything else, the internet and
 *   other tenants included, is denied.
 * - external (인터넷망): anything but the administrative pool, which it may neither reach nor be
 *   reached from; crossings go through the linkage zone only. Validation keeps what external
 *   systems declare (and their resolvers) out of that pool, so the allow-all passes all of it.
 * Each list ends in an explicit deny so the policy reads completely on its own.
 *
 * `resolvers` are the DNS resolvers the zone's subnet hands out.
 */
export function zoneFirewallRules(region: Region, m: Municipality, zone: Zone, resolvers: readonly string[]) {
  const subnet = m.addressing[zone];
  const denyRest = (what: string): FirewallRule => ({ action: "deny", description: `deny ${what}` });
  if (zone === "internal") {
    const trusted = [
      { cidr: region.addressPools.shared, what: "shared services" },
      ...region.operatorCidrs.map((cidr) => ({ cidr, what: "operators" })),
      ...(linkageFlows(m).length > 0 ? [{ cidr: m.addressing.linkage, what: "linkage relays" }] : []),
    ];
    const declared = declaredCidrRules(m, zone);
    const fromZone = [
      ...trusted.map(({ cidr, what }) => allow(subnet, cidr, `internal zone to ${what}`)),
      ...declared.fromZone,
    ];
    return {
      fromZone: [
        ...fromZone,
        ...resolverRules(subnet, resolvers, fromZone),
        denyRest("everything else leaving the internal zone (no internet, no other tenant)"),
      ],
      toZone: [
        ...trusted.map(({ cidr, what }) => allow(cidr, subnet, `${what} to internal zone`)),
        ...declared.toZone,
        denyRest("everything else entering the internal zone"),
      ],
    };
  }
  const internalPool = region.addressPools.internal;
  return {
    fromZone: [
      {
        action: "deny" as const,
        source: subnet,
        destination: internalPool,
        description: "external zone must not reach 행정망",
      },
      allow(subnet, undefined, "external zone to the internet"),
      denyRest("anything else"),
    ],
    toZone: [
      {
        action: "deny" as const,
        source: internalPool,
        destination: subnet,
        description: "행정망 must not reach the external zone",
      },
      allow(undefined, subnet, "internet to external zone (security groups narrow it per system)"),
      denyRest("anything else"),
    ],
  };
}

/**
 * The zone's systems' declared CIDR rules, in config order, one rule per port: ingress from a CIDR
 * enters the zone, egress to one leaves it. A CIDR inside the zone's own subnet never crosses the router.
 */
function declaredCidrRules(m: Municipality, zone: Zone): { fromZone: FirewallRule[]; toZone: FirewallRule[] } {
  const subnet = m.addressing[zone];
  const own = parseCidr(subnet)!;
  const crossing = (text: string): string | undefined => {
    const peer = parsePeer(text);
    return peer?.kind === "cidr" && !contains(own, parseCidr(peer.cidr)!) ? peer.cidr : undefined;
  };
  const fromZone: FirewallRule[] = [];
  const toZone: FirewallRule[] = [];
  for (const system of systemsInZone(m, zone)) {
    for (const rule of system.ingress ?? []) {
      const source = crossing(rule.from);
      if (!source) continue;
      for (const port of rule.ports ?? [undefined]) {
        const description = `${system.name} from ${source}: ${rule.purpose}`;
        toZone.push({ action: "allow", source, destination: subnet, protocol: rule.protocol, port, description });
      }
    }
    for (const rule of system.egress ?? []) {
      const destination = crossing(rule.to);
      if (!destination) continue;
      for (const port of rule.ports ?? [undefined]) {
        const description = `${system.name} to ${destination}: ${rule.purpose}`;
        fromZone.push({ action: "allow", source: subnet, destination, protocol: rule.protocol, port, description });
      }
    }
  }
  return { fromZone, toZone };
}

/** udp/53 to each resolver the subnet hands out that no rule before it already lets through. */
function resolverRules(subnet: string, resolvers: readonly string[], before: readonly FirewallRule[]): FirewallRule[] {
  const passes = (rule: FirewallRule, resolver: string) =>
    rule.action === "allow" &&
    (rule.protocol === undefined || (rule.protocol === "udp" && (rule.port === undefined || rule.port === 53))) &&
    (rule.destination === undefined || contains(parseCidr(rule.destination)!, parseCidr(`${resolver}/32`)!));
  return resolvers
    .filter((resolver) => !before.some((rule) => passes(rule, resolver)))
    .map((resolver) => ({
      action: "allow",
      source: subnet,
      destination: `${resolver}/32`,
      protocol: "udp",
      port: 53,
      description: `internal zone to DNS resolver ${resolver}, which its subnet hands out`,
    }));
}

/**
 * The linkage zone's side of the internal router (the leg the relays use as their gateway): each
 * relay reaches the internal systems its external-to-internal flows name, on their ports, and the
 * internal zone reaches each relay on the ports of its internal-to-external flows. Nothing else
 * crosses that leg: not another host of the linkage subnet, not the backbone, not another tenant.
 * Replies pass (FWaaS is stateful).
 */
export function linkageFirewallRules(m: Municipality, relays: readonly string[]) {
  const internal = m.addressing.internal;
  const flows = linkageFlows(m);
  const perRelay = (direction: "external-to-internal" | "internal-to-external") =>
    flows
      .filter((flow) => flow.direction === direction)
      .flatMap((flow) =>
        relays.map((relay): FirewallRule => {
          const at = `${relay}/32`;
          const inward = direction === "external-to-internal";
          return {
            action: "allow",
            source: inward ? at : internal,
            destination: inward ? internal : at,
            protocol: flow.protocol,
            port: flow.port,
            description: `linkage ${flow.name}: ${inward ? `relay ${relay} to the internal zone` : `internal zone to relay ${relay}`}`,
          };
        }),
      );
  return {
    fromZone: [
      ...perRelay("external-to-internal"),
      { action: "deny" as const, description: "deny everything else leaving the linkage zone" },
    ],
    toZone: [
      ...perRelay("internal-to-external"),
      { action: "deny" as const, description: "deny everything else entering the linkage zone" },
    ],
  };
}

function allow(source: string | undefined, destination: string | undefined, description: string): FirewallRule {
  return { action: "allow", source, destination, description };
}
