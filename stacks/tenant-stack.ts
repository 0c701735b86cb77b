import { Construct } from "constructs";
import { tenantStackName } from "../contract/stack-names";
import { BackupContainer } from "../constructs/backup-container";
import { label } from "../constructs/labels";
import { backupSyncKey } from "./backup-sync-key";
import { addSeparatedNetworks } from "./separated-networks";
import { addTenantFoundation } from "./tenant-foundation";
import { backupContainerName, CLEARANCE, Municipality, projectName, Region } from "../model/center";
import { RccStack, RccStackProps } from "./rcc-stack";

export interface TenantStackProps extends RccStackProps {
  readonly municipality: Municipality;
}

/** Container sync to the DR partner's object store, keyed by a sensitive variable set at deploy time. */
function backupSync(stack: Construct, region: Region, container: string) {
  const sync = region.drPartner?.containerSync;
  if (!sync) return {};
  return { syncTo: `//${sync.realm}/${sync.cluster}/${sync.account}/${container}`, syncKey: backupSyncKey(stack) };
}

/**
 * One municipality's tenant: its project, people, quotas and separated networks. Built from its
 * own file and the region alone, so changing another municipality never changes this stack.
 */
export class TenantStack extends RccStack {
  constructor(scope: Construct, props: TenantStackProps) {
    const m = props.municipality;
    super(scope, tenantStackName(m.code), props);
    const { region } = props;
    label(this, {
      region: region.name,
      municipality: m.code,
      zone: "shared",
      grade: CLEARANCE.shared,
    });

    const tenant = addTenantFoundation(this, "tenant", {
      region,
      municipality: m,
      name: projectName(region, m),
      description: `${m.displayName} (${m.code}) tenant of ${region.displayName}, managed by rcc`,
      domainId: region.openstack.domainId,
    });

    addSeparatedNetworks(this, {
      region,
      municipality: m,
      projectId: tenant.projectId,
      site: {
        providerNetworks: region.providerNetworks,
        networkAvailabilityZones: region.networkAvailabilityZones,
        // External subnets cannot reach the backbone's resolvers (망분리): they get those of the internet side.
        dnsNameservers: { internal: region.dnsNameservers, external: region.externalDnsNameservers ?? [] },
        firewalls: region.fwaas ?? false,
      },
    });
    new BackupContainer(this, "backup", {
      name: backupContainerName(region, m),
      writer: region.backup,
      readerProjectId: tenant.projectId,
      ...backupSync(this, region, backupContainerName(region, m)),
    });
  }
}
