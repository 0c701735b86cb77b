/**
 * Construct ids rcc gives in the scopes where users' names become ids too: a system's construct
 * at the top of a systems stack, its security group beside the relay's, a shared service's group
 * at the top of core, a volume within its system, a role's lookup within a tenant project. Ids
 * are addresses (Terraform names), so they never change without a recorded move (moves.ts); two
 * equal ids in one scope fail synthesis, so validation refuses a user's name that would make one
 * (model/validate/name-validator.ts reads the reserved names from here). Written by stacks/ and
 * constructs/; read by model/validate.
 */
import { LINKAGE_RELAY, relayGroupName } from "./resource-names";
import { drStackName, drSystemsStackName, systemsStackName, tenantStackName } from "./stack-names";
import { SYSTEM_ZONES } from "./zones";

/** Every stack's OpenStack provider. */
export const PROVIDER_ID = "openstack";
/** Every stack's state backend: cdktf gives backends this id. */
export const BACKEND_ID = "backend";

/** A tenant zone's network construct (tenant and DR stacks), and its lookup by name (systems stacks). */
export const zoneNetworkId = (zone: string) => `${zone}-network`;
export const zoneSubnetLookupId = (zone: string) => `${zone}-subnet`;
/** A system's security group, looked up by name in a systems stack beside the system's own construct. */
export const systemGroupLookupId = (system: string) => `${system}-group`;

/** The scope of the systems' security groups in tenant and DR stacks; the relay's group is there too. */
export const SECURITY_GROUPS_ID = "security-groups";

/** Core's constructs beside one security group per shared service. */
export const SHARED_SERVICES_PROJECT_ID = "shared-services";
export const PROVIDER_NETWORKS_ID = "provider-networks";
export const SHARED_NETWORK_ID = "shared-network";

/** A built system's n-th data volume and its attachment, within the system's construct. */
export const volumeId = (n: number, volume: string) => `volume-${n}-${volume}`;
export const volumeAttachmentId = (n: number, volume: string) => `attach-${n}-${volume}`;

/** A Keystone role's lookup within a tenant project: one per role name. */
export const roleLookupId = (role: string) => `role-${role}`;

/** The id a construct gets for `id`: constructs turn `/` and newlines into `--`, so two texts can give one id. */
export const constructId = (id: string) => id.replace(/[/\n]/g, "--");

/** Ids beside the systems in a municipality's systems stacks, and what each is: no system may be named like one. */
export function systemsStackIds(code: string): ReadonlyMap<string, string> {
  const where = `in ${systemsStackName(code)} and ${drSystemsStackName(code)}`;
  return new Map([
    [PROVIDER_ID, `the OpenStack provider of every stack`],
    [BACKEND_ID, `the state backend of every stack`],
    ...SYSTEM_ZONES.flatMap((zone) => [
      [zoneNetworkId(zone), `the lookup of the ${zone} network ${where}`] as const,
      [zoneSubnetLookupId(zone), `the lookup of the ${zone} subnet ${where}`] as const,
    ]),
  ]);
}

/** Ids beside the systems' security groups in a municipality's tenant and DR stacks. */
export function securityGroupsIds(code: string): ReadonlyMap<string, string> {
  return new Map([
    [
      LINKAGE_RELAY,
      `the linkage relay's security group ${relayGroupName(code)} in ${tenantStackName(code)} and ${drStackName(code)}`,
    ],
  ]);
}

/** Where a system's security-group lookup is, for messages. */
export const systemGroupLookupScope = (code: string) => `${systemsStackName(code)} and ${drSystemsStackName(code)}`;

/** Ids beside the shared services' security groups in core, and what each is. */
export function coreStackIds(): ReadonlyMap<string, string> {
  return new Map([
    [PROVIDER_ID, "the OpenStack provider"],
    [BACKEND_ID, "the state backend"],
    [SHARED_SERVICES_PROJECT_ID, "the shared-services project"],
    [PROVIDER_NETWORKS_ID, "the provider networks' lookups"],
    [SHARED_NETWORK_ID, "the shared services' network"],
  ]);
}
