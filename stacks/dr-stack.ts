import { Construct } from "constructs";
import { drStackName } from "../contract/stack-names";
import { BackupContainer } from "../constructs/backup-container";
import { label } from "../constructs/labels";
import { backupContainerName, CLEARANCE, Municipality, standbyProjectName } from "../model/center";
import { backupSyncKey } from "./backup-sync-key";
import { RccStack, RccStackProps } from "./rcc-stack";
import { addSeparatedNetworks } from "./separated-networks";
import { addTenantFoundation } from "./tenant-foundation";

export interface DrStackProps extends RccStackProps {
  readonly municipality: Municipality;
}

/**
 * A municipality's standby tenant at the DR partner (재해복구), deployed with the partner's
 * clouds.yaml entry: a project with the same people and quotas (the capacity failover may use),
 * the same separated networks with the same addresses (so failover keeps addresses), the same
 * security groups and linkage zone, and the receiving end of the backup container sync. One
 * stack per municipality, so a DR failure for one tenant never blocks another.
 */
export class DrStack extends RccStack {
  constructor(scope: Construct, props: DrStackProps) {
    const m = props.municipality;
    const { region } = props;
    const partner = region.drPartner!;
    const standby = partner.standby!;
    super(scope, drStackName(m.code), props, { cloud: partner.cloud, region: partner.region });
    label(this, {
      region: region.name,
      municipality: m.code,
      zone: "shared",
      grade: CLEARANCE.shared,
    });

    // The deployer's role lets dr-systems-<code> scope its token here to build the hot and warm systems.
    const project = addTenantFoundation(this, "standby", {
      region,
      municipality: m,
      name: standbyProjectName(region, m),
      description: `${m.displayName} (${m.code}) standby tenant of ${region.displayName} at ${partner.name}, managed by rcc`,
      domainId: standby.domainId,
    });
    addSeparatedNetworks(this, {
      region,
      municipality: m,
      projectId: project.projectId,
      site: {
        providerNetworks: standby.providerNetworks,
        networkAvailabilityZones: standby.networkAvailabilityZones,
        dnsNameservers: { internal: standby.dnsNameservers, external: standby.externalDnsNameservers ?? [] },
        // The partner's FWaaS is not known here; security groups carry the zone policy.
        firewalls: false,
      },
    });
    new BackupContainer(this, "backup", {
      name: backupContainerName(region, m),
      readerProjectId: project.projectId,
      ...(partner.containerSync ? { syncKey: backupSyncKey(this) } : {}),
    });
  }
}
