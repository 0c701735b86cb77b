import { Construct } from "constructs";
import { NO_GRADE } from "../contract/labels";
import { systemsStackName } from "../contract/stack-names";
import { label } from "../constructs/labels";
import { builtSystems, highestGrade, Municipality, projectName, System } from "../model/center";
import { addBuiltSystems } from "./built-systems";
import { RccStack, RccStackProps } from "./rcc-stack";

export interface SystemsStackProps extends RccStackProps {
  readonly municipality: Municipality;
}

/**
 * The instances, volumes and load balancers of a municipality's built systems. Nova and Cinder
 * create them in the project the token is scoped to, so this stack's provider is scoped to the
 * tenant's project, as the deployer of the OS_* environment (a user of the deployer group, which
 * the tenant stack gives a role there). It finds
 * the networks and security groups of `tenant-<code>` by name and is deployed after it.
 */
export class SystemsStack extends RccStack {
  constructor(scope: Construct, props: SystemsStackProps) {
    const m = props.municipality;
    const { region } = props;
    super(scope, systemsStackName(m.code), props, {
      region: region.openstack.region,
      project: { name: projectName(region, m), domainId: region.openstack.domainId },
    });
    const systems = builtSystems(m);
    label(this, {
      region: region.name,
      municipality: m.code,
      zone: "shared",
      grade: highestGrade(systems) ?? NO_GRADE,
    });
    addBuiltSystems(this, m, systems, {
      availabilityZones: region.availabilityZones,
      volumeAvailabilityZones: region.volumeAvailabilityZones ?? [],
      // Replicated storage where the DR site must have the data, or where the system asks for it.
      volumeType: (system: System) =>
        system.dr.tier === "hot" || system.dr.tier === "warm" || (system.backup.replication ?? []).includes("volume")
          ? region.volumeTypes.replicated
          : region.volumeTypes.standard,
      running: (system: System) => system.availability.instances,
      internetNetwork: region.providerNetworks.external,
    });
  }
}
