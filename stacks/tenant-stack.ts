import { TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { BackupContainer } from "../constructs/backup-container";
import { label } from "../constructs/labels";
import { ProviderNetworks } from "../constructs/provider-networks";
import { TenantProject } from "../constructs/tenant-project";
import { TenantQuotas } from "../constructs/tenant-quotas";
import { ZoneFirewall } from "../constructs/zone-firewall";
import { ZoneNetwork } from "../constructs/zone-network";
import { LinkageZone } from "../constructs/linkage-zone";
import { linkageGrade, SystemSecurityGroups } from "./system-security-groups";
import {
  adminGroup,
  backupContainerName,
  highestGrade,
  Municipality,
  projectName,
  readonlyGroup,
  Region,
  systemsInZone,
  Zone,
} from "../model/center";
import { RccStack, RccStackProps } from "./rcc-stack";
import { zoneFirewallRules } from "./zone-firewall-policy";

export interface TenantStackProps extends RccStackProps {
  readonly municipality: Municipality;
}

/** Two relay appliances, so the crossing survives losing one. */
const RELAYS = ["a", "b"];

/** Container sync to the DR partner's object store, keyed by a sensitive variable set at deploy time. */
function backupSync(stack: Construct, region: Region, container: string) {
  const sync = region.drPartner?.containerSync;
  if (!sync) return {};
  const key = new TerraformVariable(stack, BACKUP_SYNC_KEY, {
    type: "string",
    sensitive: true,
    description: "Swift container-sync key shared with the DR partner; set TF_VAR_backup_sync_key at deploy time",
  });
  return { syncTo: `//${sync.realm}/${sync.cluster}/${sync.account}/${container}`, syncKey: key.stringValue };
}

export const BACKUP_SYNC_KEY = "backup_sync_key";

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
      grade: highestGrade(m.systems) ?? "none",
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

    const gateways = new ProviderNetworks(this, "provider-networks", region.providerNetworks);
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
    for (const { zone, gatewayNetworkId, snat, purpose } of zones) {
      const network = new ZoneNetwork(this, `${zone}-network`, {
        projectId: tenant.projectId,
        name: `${m.code}-${zone}`,
        description: `${m.displayName} ${purpose}`,
        cidr: m.addressing[zone],
        dnsNameservers: region.dnsNameservers,
        gatewayNetworkId,
        snat,
        availabilityZones: region.availabilityZones,
      });
      label(network, { zone, grade: highestGrade(systemsInZone(m, zone)) ?? "none" });
      networks.set(zone, network);
      if (region.fwaas) {
        new ZoneFirewall(network, "firewall", {
          projectId: tenant.projectId,
          name: `${m.code}-${zone}-firewall`,
          ports: [network.interfacePortId],
          ...zoneFirewallRules(region, m, zone),
        });
      }
    }
    new BackupContainer(this, "backup", {
      name: backupContainerName(region, m),
      writer: region.backup,
      readerProjectId: tenant.projectId,
      ...backupSync(this, region, backupContainerName(region, m)),
    });

    const groups = new SystemSecurityGroups(this, "security-groups", {
      region,
      municipality: m,
      projectId: tenant.projectId,
    });
    const relayGroup = groups.relay;
    if (relayGroup) {
      const linkage = new LinkageZone(this, "linkage", {
        projectId: tenant.projectId,
        name: `${m.code}-linkage`,
        description: `${m.displayName} linkage zone (망연계 구간): the only crossing between the zones`,
        cidr: m.addressing.linkage,
        internalRouterId: networks.get("internal")!.routerId,
        externalRouterId: networks.get("external")!.routerId,
        externalCidr: m.addressing.external,
        relayGroupId: relayGroup.id,
        relays: RELAYS,
      });
      label(linkage, { zone: "linkage", grade: linkageGrade(m) });
    }
  }
}
