import { FirewallRule } from "../constructs/zone-firewall";
import { linkageFlows, Municipality, Region, Zone } from "../model/center";

/**
 * What may cross a tenant's zone router (망분리), as firewall rules:
 * - internal (행정망): only to and from the center's shared services, operators and (when flows
 *   are declared) the tenant's linkage relays; everything else, the internet and other tenants
 *   included, is denied.
 * - external (인터넷망): anything but the administrative pool, which it may neither reach nor be
 *   reached from; crossings go through the linkage zone only.
 * Each list ends in an explicit deny so the policy reads completely on its own.
 */
export function zoneFirewallRules(region: Region, m: Municipality, zone: Zone) {
  const subnet = m.addressing[zone];
  const denyRest = (what: string): FirewallRule => ({ action: "deny", description: `deny ${what}` });
  if (zone === "internal") {
    const trusted = [
      { cidr: region.addressPools.shared, what: "shared services" },
      ...region.operatorCidrs.map((cidr) => ({ cidr, what: "operators" })),
      ...(linkageFlows(m).length > 0 ? [{ cidr: m.addressing.linkage, what: "linkage relays" }] : []),
    ];
    return {
      fromZone: [
        ...trusted.map(({ cidr, what }) => allow(subnet, cidr, `internal zone to ${what}`)),
        denyRest("everything else leaving the internal zone (no internet, no other tenant)"),
      ],
      toZone: [
        ...trusted.map(({ cidr, what }) => allow(cidr, subnet, `${what} to internal zone`)),
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

function allow(source: string | undefined, destination: string | undefined, description: string): FirewallRule {
  return { action: "allow", source, destination, description };
}
