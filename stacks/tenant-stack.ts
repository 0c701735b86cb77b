import { Construct } from "constructs";
import { BackupContainer } from "../constructs/backup-container";
import { label } from "../constructs/labels";
import { TenantProject } from "../constructs/tenant-project";
import { TenantQuotas } from "../constructs/tenant-quotas";
import { backupSyncKey } from "./backup-sync-key";
import { addSeparatedNetworks } from "./separated-networks";
import {
  adminGroup,
  backupContainerName,
  CLEARANCE,
  Municipality,
  projectName,
  readonlyGroup,
  Region,
} from "../model/center";
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

export function tenantStackName(m: Municipality): string {
  return `tenant-${m.code}`;
}

/**
 * One municipality's tenant: its project, people, quotas and separated networks. Built from its
 * own file and the region alone, so changing another municipality never changes this stack.
 */
export class TenantStack extends RccStack {
  constructor(scope: Construct, props: TenantStackProps) {
    const m = props.municipality;
    super(scope, tenantStackName(m), props);
    const { region } = props;
    label(this, {
      region: region.name,
      municipality: m.code,
      zone: "shared",
      grade: CLEARANCE.shared,
    });

    const tenant = new TenantProject(this, "tenant", {
      name: projectName(region, m),
      description: `${m.displayName} (${m.code}) tenant of ${region.displayName}, managed by rcc`,
      domainId: region.openstack.domainId,
      roleAssignments: [
        { id: "admins", group: adminGroup(m), role: region.identity.adminRole },
        { id: "readers", group: readonlyGroup(m), role: region.identity.readonlyRole },
        { id: "deployers", group: region.identity.deployerGroup, role: region.identity.adminRole },
      ],
    });
    new TenantQuotas(this, "quotas", { projectId: tenant.projectId, quotas: m.quotas });

    addSeparatedNetworks(this, {
      region,
      municipality: m,
      projectId: tenant.projectId,
      site: {
        providerNetworks: region.providerNetworks,
        availabilityZones: region.availabilityZones,
        dnsNameservers: region.dnsNameservers,
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
