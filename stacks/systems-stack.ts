import { Construct } from "constructs";
import { DataOpenstackNetworkingNetworkV2 } from "../.gen/providers/openstack/data-openstack-networking-network-v2";
import { DataOpenstackNetworkingSecgroupV2 } from "../.gen/providers/openstack/data-openstack-networking-secgroup-v2";
import { DataOpenstackNetworkingSubnetV2 } from "../.gen/providers/openstack/data-openstack-networking-subnet-v2";
import { label } from "../constructs/labels";
import { RedundantSystem, RedundantSystemProps } from "../constructs/redundant-system";
import { highestGrade, Municipality, projectName, Region, System, Zone } from "../model/center";
import { RccStack, RccStackProps } from "./rcc-stack";

export interface SystemsStackProps extends RccStackProps {
  readonly municipality: Municipality;
}

export function systemsStackName(m: Municipality): string {
  return `systems-${m.code}`;
}

/** Systems the center builds for a municipality: those with a `build` block. */
export function builtSystems(m: Municipality): System[] {
  return m.systems.filter((s) => s.build !== undefined);
}

/**
 * The instances, volumes and load balancers of a municipality's built systems. Nova and Cinder
 * create them in the project the token is scoped to, so this stack's provider is scoped to the
 * tenant's project (the deployer group has a role there, given by the tenant stack). It finds
 * the networks and security groups of `tenant-<code>` by name and is deployed after it.
 */
export class SystemsStack extends RccStack {
  constructor(scope: Construct, props: SystemsStackProps) {
    const m = props.municipality;
    const { region } = props;
    super(scope, systemsStackName(m), props, {
      cloud: region.openstack.systemsCloud ?? region.openstack.cloud,
      region: region.openstack.region,
      project: { name: projectName(region, m), domainId: region.openstack.domainId },
    });
    const systems = builtSystems(m);
    label(this, { region: region.name, municipality: m.code, zone: "shared", grade: highestGrade(systems) ?? "none" });

    const zones = new Map<Zone, { networkId: string; subnetId: string }>();
    for (const zone of new Set(systems.map((s) => s.zone))) {
      const network = new DataOpenstackNetworkingNetworkV2(this, `${zone}-network`, { name: `${m.code}-${zone}` });
      const subnet = new DataOpenstackNetworkingSubnetV2(this, `${zone}-subnet`, {
        name: `${m.code}-${zone}-subnet`,
        networkId: network.id,
      });
      zones.set(zone, { networkId: network.id, subnetId: subnet.id });
    }
    for (const system of systems) {
      const group = new DataOpenstackNetworkingSecgroupV2(this, `${system.name}-group`, {
        name: `${m.code}-${system.name}`,
      });
      const built = new RedundantSystem(this, system.name, {
        name: `${m.code}-${system.name}`,
        ...zones.get(system.zone)!,
        securityGroupId: group.id,
        ...buildOf(region, system),
      });
      label(built, { zone: system.zone, grade: system.grade });
    }
  }
}

/** What the config asks of one system's instances, in the construct's terms. */
function buildOf(
  region: Region,
  system: System,
): Omit<RedundantSystemProps, "name" | "networkId" | "subnetId" | "securityGroupId"> {
  const build = system.build!;
  const { mode, instances, antiAffinity = "soft" } = system.availability;
  // Replicated storage where the DR site must have the data, or where the system asks for it.
  const replicated =
    system.dr.tier === "hot" || system.dr.tier === "warm" || (system.backup.replication ?? []).includes("volume");
  const volumeType = replicated ? region.volumeTypes.replicated : region.volumeTypes.standard;
  return {
    flavor: build.flavor,
    image: build.image,
    instances,
    availabilityZones: region.availabilityZones,
    antiAffinity,
    volumes: (build.volumes ?? []).map((v) => ({ ...v, volumeType })),
    failover:
      mode === "active-active"
        ? { kind: "load-balancer", protocol: build.service!.protocol, port: build.service!.port }
        : mode === "active-standby"
          ? { kind: "vip" }
          : { kind: "none" },
  };
}
