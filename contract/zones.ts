/**
 * Zone names (망분리). Written by the model's schema (a system's zone, a municipality's address
 * ranges) and constructs/labels.ts (the `zone` label); read by policy/separation (zone of every
 * block) and reports/.
 */

/** Where systems run: the administrative network (행정망) or the internet-facing one (인터넷망). */
export const SYSTEM_ZONES = ["internal", "external"] as const;
export type SystemZone = (typeof SYSTEM_ZONES)[number];

/** The zones a municipality has an address range and a network in: the system zones and the linkage crossing (망연계). */
export const TENANT_ZONES = [...SYSTEM_ZONES, "linkage"] as const;
export type TenantZone = (typeof TENANT_ZONES)[number];

/** Every zone a resource can be labelled with: the tenant zones and the center's own (shared services). */
export const ZONES = [...TENANT_ZONES, "shared"] as const;
export type Zone = (typeof ZONES)[number];

export function isZone(text: string): text is Zone {
  return (ZONES as readonly string[]).includes(text);
}
