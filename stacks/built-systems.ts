import { Construct } from "constructs";
import { DataOpenstackNetworkingNetworkV2 } from "../.gen/providers/openstack/data-openstack-networking-network-v2";
import { DataOpenstackNetworkingSecgroupV2 } from "../.gen/providers/openstack/data-openstack-networking-secgroup-v2";
import { DataOpenstackNetworkingSubnetV2 } from "../.gen/providers/openstack/data-openstack-networking-subnet-v2";
import { systemGroupLookupId, zoneNetworkId, zoneSubnetLookupId } from "../contract/construct-ids";
import { subnetName, systemResourceName, zoneNetworkName } from "../contract/resource-names";
import { label } from "../constructs/labels";
import { RedundantSystem, RedundantSystemProps } from "../constructs/redundant-system";
import { Municipality, System, Zone } from "../model/center";
import { listenerPorts, listenerSources, takesInternetIngress } from "../model/published";

/** Where the systems are built: the primary center or the DR partner. */
export interface BuildSite {
  readonly availabilityZones: readonly string[];
  /** Cinder's zones named like a compute zone; a volume elsewhere goes to Cinder's default. */
  readonly volumeAvailabilityZones: readonly string[];
  /** Volume type of a system's data volumes. */
  readonly volumeType: (system: System) => string;
  /** How many of a system's instances run at this site. */
  readonly running: (system: System) => number;
  /** The site's internet provider network (its name): the pool of the published systems' floating IPs. */
  readonly internetNetwork: string;
}

/**
 * Builds systems into a stack whose provider is scoped to the tenant's project: it finds the
 * zone networks and each system's security group by name (they belong to the stack that made the
 * project, deployed first) and builds each system as a RedundantSystem labelled with its zone,
 * grade and name. A system taking ingress from the internet gets a floating IP from the site's
 * internet network: the external zone's router SNATs, so nothing else makes it reachable.
 */
export function addBuiltSystems(scope: Construct, m: Municipality, systems: readonly System[], site: BuildSite): void {
  const zones = new Map<Zone, { networkId: string; subnetId: string }>();
  for (const zone of new Set(systems.map((s) => s.zone))) {
    const networkName = zoneNetworkName(m.code, zone);
    const network = new DataOpenstackNetworkingNetworkV2(scope, zoneNetworkId(zone), { name: networkName });
    const subnet = new DataOpenstackNetworkingSubnetV2(scope, zoneSubnetLookupId(zone), {
      name: subnetName(networkName),
      networkId: network.id,
    });
    zones.set(zone, { networkId: network.id, subnetId: subnet.id });
  }
  for (const system of systems) {
    const name = systemResourceName(m.code, system.name);
    const group = new DataOpenstackNetworkingSecgroupV2(scope, systemGroupLookupId(system.name), { name });
    const built = new RedundantSystem(scope, system.name, {
      name,
      ...zones.get(system.zone)!,
      securityGroupId: group.id,
      ...buildOf(m, system, site),
    });
    label(built, { zone: system.zone, grade: system.grade, system: system.name });
  }
}

/** What the config asks of one system's instances, in the construct's terms. */
function buildOf(
  m: Municipality,
  system: System,
  site: BuildSite,
): Omit<RedundantSystemProps, "name" | "networkId" | "subnetId" | "securityGroupId"> {
  const build = system.build!;
  const { mode, instances, antiAffinity = "soft" } = system.availability;
  const running = site.running(system);
  const published = takesInternetIngress(system);
  const listening = listenerPorts(system);
  const [servicePort, ...tcpPorts] = listening;
  // Without a floating IP only the zone's own hosts and the linkage relays reach the VIP; with
  // one, so does the internet, and each listener admits only what its port declares.
  const allowedCidrs = published
    ? Object.fromEntries(
        listening.flatMap((port) => {
          const sources = listenerSources(m, system, port);
          return sources ? [[port, sources]] : [];
        }),
      )
    : {};
  return {
    flavor: build.flavor,
    image: build.image,
    instances,
    ...(running < instances ? { running } : {}),
    availabilityZones: site.availabilityZones,
    volumeAvailabilityZones: site.volumeAvailabilityZones,
    antiAffinity,
    volumes: (build.volumes ?? []).map((v) => ({ ...v, volumeType: site.volumeType(system) })),
    failover:
      mode === "active-active"
        ? { kind: "load-balancer", protocol: build.service!.protocol, port: servicePort, tcpPorts, allowedCidrs }
        : mode === "active-standby"
          ? { kind: "vip" }
          : { kind: "none" },
    ...(published ? { floatingIpPool: site.internetNetwork } : {}),
  };
}
