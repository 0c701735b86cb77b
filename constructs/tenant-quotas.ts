import { Construct } from "constructs";
import { QUOTA_ARGUMENTS } from "../contract/resource-types";
import { BlockstorageQuotasetV3 } from "../.gen/providers/openstack/blockstorage-quotaset-v3";
import { ComputeQuotasetV2 } from "../.gen/providers/openstack/compute-quotaset-v2";
import { NetworkingQuotaV2 } from "../.gen/providers/openstack/networking-quota-v2";
import { Municipality } from "../model/center";

/** Security-group rules allowed per group: enough for a system's declared flows. */
export const RULES_PER_SECURITY_GROUP = 25;

/**
 * Every field of the three quota sets, derived from the municipality's quotas. All are set
 * explicitly: the provider sends an unset quota field as 0, which silently locks a tenant out.
 */
export function openstackQuotas(q: Municipality["quotas"]) {
  return {
    compute: {
      instances: q.instances,
      cores: q.vcpus,
      ram: q.ramGiB * QUOTA_ARGUMENTS.ramGiB.scale,
      keyPairs: 20,
      serverGroups: Math.max(10, q.instances),
      serverGroupMembers: Math.max(10, q.instances),
      metadataItems: 128,
      injectedFiles: 0,
      injectedFileContentBytes: 0,
      injectedFilePathBytes: 0,
      // nova-network era proxies, unused with Neutron but still sent: mirror the network quotas.
      floatingIps: q.floatingIps,
      fixedIps: q.ports,
      securityGroups: q.securityGroups,
      securityGroupRules: q.securityGroups * RULES_PER_SECURITY_GROUP,
    },
    network: {
      network: q.networks,
      subnet: q.networks,
      router: q.networks,
      port: q.ports,
      floatingip: q.floatingIps,
      securityGroup: q.securityGroups,
      securityGroupRule: q.securityGroups * RULES_PER_SECURITY_GROUP,
      // A tenant must not share its networks or bring its own subnet pools: addressing is the center's.
      rbacPolicy: 0,
      subnetpool: 0,
    },
    volume: {
      volumes: q.volumes,
      gigabytes: q.volumeGiB,
      snapshots: q.volumes,
      perVolumeGigabytes: -1,
      backups: q.volumes * 2,
      backupGigabytes: q.volumeGiB * 2,
      groups: 10,
    },
  };
}

export interface TenantQuotasProps {
  readonly projectId: string;
  readonly quotas: Municipality["quotas"];
}

/** Compute, network and block-storage quotas of a tenant project. */
export class TenantQuotas extends Construct {
  constructor(scope: Construct, id: string, props: TenantQuotasProps) {
    super(scope, id);
    const q = openstackQuotas(props.quotas);
    new ComputeQuotasetV2(this, "compute", { projectId: props.projectId, ...q.compute });
    new NetworkingQuotaV2(this, "network", { projectId: props.projectId, ...q.network });
    new BlockstorageQuotasetV3(this, "volume", { projectId: props.projectId, ...q.volume });
  }
}
