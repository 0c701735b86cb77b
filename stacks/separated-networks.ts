import { Construct } from "constructs";
import { SECURITY_GROUPS_ID, zoneNetworkId } from "../contract/construct-ids";
import { firewallName, linkageNetworkName, zoneNetworkName } from "../contract/resource-names";
import { label } from "../constructs/labels";
import { LinkageZone } from "../constructs/linkage-zone";
import { ProviderNetworks, ProviderNetworksProps } from "../constructs/provider-networks";
import { ZoneFirewall } from "../constructs/zone-firewall";
import { ZoneNetwork } from "../constructs/zone-network";
import { CLEARANCE, Municipality, Region, Zone } from "../model/center";
import { SystemSecurityGroups } from "./system-security-groups";
import { ZoneResolvers } from "./traffic-policy";
import { linkageFirewallRules, zoneFirewallRules } from "./zone-firewall-policy";

export interface SeparatedNetworksProps {
  readonly region: Region;
  readonly municipality: Municipality;
  readonly projectId: string;
  /** The cloud the stack deploys into: the center, or its DR partner. */
  readonly site: Site;
}

export interface Site {
  readonly providerNetworks: ProviderNetworksProps;
  /** Neutron's zones, the routers' hints; none: Neutron places them. */
  readonly networkAvailabilityZones?: readonly string[];
  /**
   * The DNS resolvers each zone's subnet hands out: the internal zone the backbone's, the external
   * zone those reachable from the internet side (none when the config names none). Each zone's
   * security groups and firewall let its systems reach them.
   */
  readonly dnsNameservers: ZoneResolvers;
  readonly firewalls: boolean;
}

/** Two relay appliances, so the crossing survives losing one. */
const RELAYS = ["a", "b"];

/**
 * A municipality's separated zones (망분리), the same wherever they are deployed: internal and
 * external networks with their routers, zone firewalls where FWaaS exists, a security group per
 * system and the linkage zone for declared flows. Constructs are added to the stack itself, so
 * their addresses do not depend on which stack calls this.
 */
export function addSeparatedNetworks(stack: Construct, props: SeparatedNetworksProps): void {
  const { region, municipality: m, projectId } = props;
  const { site } = props;
  const gateways = new ProviderNetworks(stack, "provider-networks", site.providerNetworks);
  const zones: Array<{ zone: Zone; gatewayNetworkId: string; snat: boolean; purpose: string }> = [
    {
      zone: "internal",
      gatewayNetworkId: gateways.administrativeId,
      snat: false,
      purpose: "administrative network (행정망)",
    },
    {
      zone: "external",
      gatewayNetworkId: gateways.externalId,
      snat: true,
      purpose: "internet-facing network (인터넷망)",
    },
  ];
  const networks = new Map<Zone, ZoneNetwork>();
  const firewalls: ZoneFirewall[] = [];
  for (const { zone, gatewayNetworkId, snat, purpose } of zones) {
    const network = new ZoneNetwork(stack, zoneNetworkId(zone), {
      projectId,
      name: zoneNetworkName(m.code, zone),
      description: `${m.displayName} ${purpose}`,
      cidr: m.addressing[zone],
      dnsNameservers: site.dnsNameservers[zone],
      gatewayNetworkId,
      snat,
      networkAvailabilityZones: site.networkAvailabilityZones,
    });
    label(network, { zone, grade: CLEARANCE[zone] });
    networks.set(zone, network);
    if (site.firewalls) {
      const firewall = new ZoneFirewall(network, "firewall", {
        projectId,
        name: firewallName(zoneNetworkName(m.code, zone)),
        ports: [network.interfacePortId],
        ...zoneFirewallRules(region, m, zone, site.dnsNameservers[zone]),
        after: firewalls.map((f) => f.group),
      });
      firewalls.push(firewall);
    }
  }

  const groups = new SystemSecurityGroups(stack, SECURITY_GROUPS_ID, {
    region,
    municipality: m,
    projectId,
    resolvers: site.dnsNameservers,
  });
  if (!groups.relay) return;
  const linkage = new LinkageZone(stack, "linkage", {
    projectId,
    name: linkageNetworkName(m.code),
    description: `${m.displayName} linkage zone (망연계 구간): the only crossing between the zones`,
    cidr: m.addressing.linkage,
    internalRouterId: networks.get("internal")!.routerId,
    externalRouterId: networks.get("external")!.routerId,
    externalCidr: m.addressing.external,
    relayGroupId: groups.relay.id,
    relays: RELAYS,
  });
  if (site.firewalls) {
    // The internal router's leg on the linkage subnet: without a policy of its own, any host there,
    // and the linkage zones of other tenants over the backbone, would reach what the relays guard.
    new ZoneFirewall(linkage, "firewall", {
      projectId,
      name: firewallName(linkageNetworkName(m.code)),
      ports: [linkage.internalLegPortId],
      ...linkageFirewallRules(m, linkage.relayAddresses),
      after: firewalls.map((f) => f.group),
    });
  }
  label(linkage, { zone: "linkage", grade: CLEARANCE.linkage });
}
