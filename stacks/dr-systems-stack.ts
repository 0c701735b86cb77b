import { Construct } from "constructs";
import { NO_GRADE } from "../contract/labels";
import { drSystemsStackName } from "../contract/stack-names";
import { label } from "../constructs/labels";
import {
  highestGrade,
  Municipality,
  preProvisionedAtPartner,
  standbyProjectName,
  standingAtPartner,
} from "../model/center";
import { addBuiltSystems } from "./built-systems";
import { RccStack, RccStackProps } from "./rcc-stack";

export interface DrSystemsStackProps extends RccStackProps {
  readonly municipality: Municipality;
}

/**
 * Capacity pre-provisioned at the DR partner for a municipality's hot and warm built systems:
 * a hot system runs there in full, a warm one with a single instance on the full system's
 * server group and names, so declaring it hot on failover only adds instances. Its provider is
 * scoped to the standby project of `dr-<code>`, deployed first.
 */
export class DrSystemsStack extends RccStack {
  constructor(scope: Construct, props: DrSystemsStackProps) {
    const m = props.municipality;
    const { region } = props;
    const partner = region.drPartner!;
    const standby = partner.standby!;
    super(scope, drSystemsStackName(m.code), props, {
      region: partner.region,
      project: { name: standbyProjectName(region, m), domainId: standby.domainId },
    });
    const systems = preProvisionedAtPartner(m);
    label(this, {
      region: region.name,
      municipality: m.code,
      zone: "shared",
      grade: highestGrade(systems) ?? NO_GRADE,
    });
    addBuiltSystems(this, m, systems, {
      availabilityZones: standby.availabilityZones,
      volumeAvailabilityZones: standby.volumeAvailabilityZones ?? [],
      volumeType: () => standby.volumeType ?? region.volumeTypes.replicated,
      running: standingAtPartner,
      internetNetwork: standby.providerNetworks.external,
    });
  }
}
