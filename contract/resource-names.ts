/**
 * The OpenStack names rcc gives. Some are looked up by name in another stack (a systems stack finds
 * its tenant's networks and security groups; every stack finds the provider networks and Keystone
 * groups), and policy/ and reports/ read them back from the synthesized JSON to tie resources to
 * systems. Written by stacks/ and constructs/; read by stacks/ (lookups), policy/audit, reports/.
 * Functions take plain values (names, codes), never the model.
 */

/** A municipality's Keystone project: `<region>-<code>-<name>`. */
export const projectName = (region: string, code: string, name: string) => `${region}-${code}-${name}`;

/** Its standby project at the DR partner. */
export const standbyProjectName = (region: string, code: string, name: string) =>
  `${projectName(region, code, name)}-dr`;

/** The tenant's backup container, at the center and (synced) at the partner. */
export const backupContainerName = (region: string, code: string) => `${region}-${code}-backup`;
/** Where Swift keeps the previous copies of a backup container's objects, beside it. */
export const backupHistoryContainerName = (container: string) => `${container}-history`;

/** Keystone groups a municipality's people are in, unless its file names others. */
export const defaultAdminGroup = (code: string) => `rcc-${code}-admins`;
export const defaultReaderGroup = (code: string) => `rcc-${code}-readers`;

/** A tenant zone's network, `<code>-internal`: base of its subnet, router and firewall names. */
export const zoneNetworkName = (code: string, zone: string) => `${code}-${zone}`;
export const subnetName = (network: string) => `${network}-subnet`;
export const routerName = (network: string) => `${network}-router`;
export const firewallName = (network: string) => `${network}-firewall`;
/** A firewall's policy for one direction, and its rules. */
export const firewallPolicyName = (firewall: string, direction: string) => `${firewall}-${direction}`;
export const firewallRuleName = (policy: string, rule: string) => `${policy}-${rule}`;

/** The linkage relay (망연계): its security group is named like a system's, `<code>-linkage-relay`. */
export const LINKAGE_RELAY = "linkage-relay";
export const linkageNetworkName = (code: string) => zoneNetworkName(code, "linkage");
export const relayPortName = (linkageNetwork: string, relay: string) => `${linkageNetwork}-relay-${relay}`;
export const externalLegPortName = (linkageNetwork: string) => `${linkageNetwork}-external-leg`;

/**
 * `<code>-<system>`: a system's security group, and the base of everything built for it (server
 * group, load balancer, pool, health monitor; instances and ports below). A floating IP has no
 * name in OpenStack: its description names what it is the address of.
 */
export const systemResourceName = (code: string, system: string) => `${code}-${system}`;
export const relayGroupName = (code: string) => systemResourceName(code, LINKAGE_RELAY);

/** The n-th instance of a built system (from 1), and its port. */
export const memberName = (system: string, n: number) => `${system}-${n}`;
/** Whether `name` is one of the instances memberName gives `system`. */
export const isMemberName = (system: string, name: string) =>
  name.startsWith(`${system}-`) && /^[1-9][0-9]*$/.test(name.slice(system.length + 1));
/** The port whose address an active-standby pair moves between them. */
export const vipPortName = (system: string) => `${system}-vip`;
/** The n-th instance's data volume. */
export const volumeName = (system: string, n: number, volume: string) => `${system}-${n}-${volume}`;
/** The prefix of every volume of a system's instances. */
export const volumeNamePrefix = (system: string) => `${system}-`;
/** An active-active system's listener. */
export const listenerName = (system: string, port: number) => `${system}-${port}`;
/**
 * The pool and health monitor behind a listener on a port other than the service port (those of
 * the service port are named like the system, as they were before a system listened on more).
 */
export const portPoolName = (system: string, port: number) => `${system}-${port}`;
/** The system a listener name belongs to, and its port. */
export function parseListenerName(name: string): { system: string; port: number } | undefined {
  const match = /^(.*)-([0-9]+)$/.exec(name);
  return match ? { system: match[1], port: Number(match[2]) } : undefined;
}

/** The center's shared-services project, its network and a shared service's security group. */
export const sharedServicesProjectName = (region: string) => `${region}-shared-services`;
export const sharedNetworkName = (region: string) => `${region}-shared`;
export const sharedServiceGroupName = (region: string, service: string) => `${region}-${service}`;
