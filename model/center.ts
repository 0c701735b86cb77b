import * as names from "../contract/resource-names";
import { Zone as LabelZone } from "../contract/zones";
import { MunicipalityFile, SystemConfig, Zone } from "./schema/municipality";
import { RegionFile, SecurityGrade } from "./schema/region";

/**
 * The validated model every downstream layer receives: plain data, already checked, with no
 * file positions. Types come from the schema (model/schema), the single source of truth.
 */
export interface Center {
  readonly region: RegionFile;
  /** Active and decommissioning municipalities, sorted by code: those with stacks. */
  readonly municipalities: readonly MunicipalityFile[];
  /** Retired municipalities, sorted by code: records only, with no stacks (their addresses stay reserved). */
  readonly retired: readonly MunicipalityFile[];
  /** Where each file was read from, so a finding about what it declares can name the file and line. */
  readonly sources?: ConfigSources;
}

/** The config files a center was read from (display paths): the region file, and each municipality's by code. */
export interface ConfigSources {
  readonly region: string;
  readonly municipalities: Readonly<Record<string, string>>;
}

export type { MunicipalityFile as Municipality, RegionFile as Region, SecurityGrade, SystemConfig as System, Zone };

const GRADE_RANK: Record<SecurityGrade, number> = { O: 0, S: 1, C: 2 };

/**
 * The strictest grade each part of a tenant may carry: grade C stays in the internal zone
 * (RCC-GRD-001), so the external zone is cleared up to S. What a whole zone or tenant shares (the
 * project, networks, subnets, routers) is labelled with this clearance, not with the grades of
 * today's systems, so adding or regrading a system never changes those resources.
 */
export const CLEARANCE: Readonly<Record<LabelZone, SecurityGrade>> = {
  internal: "C",
  external: "S",
  linkage: "C",
  shared: "C",
};

/** The strictest grade among systems; undefined when there are none. */
export function highestGrade(systems: readonly SystemConfig[]): SecurityGrade | undefined {
  return systems.reduce<SecurityGrade | undefined>(
    (max, s) => (max === undefined || GRADE_RANK[s.grade] > GRADE_RANK[max] ? s.grade : max),
    undefined,
  );
}

/** The municipality's declared crossings between the zones (none when it has no linkage block). */
export function linkageFlows(m: MunicipalityFile): NonNullable<MunicipalityFile["linkage"]>["flows"] {
  return m.linkage?.flows ?? [];
}

export function systemsInZone(m: MunicipalityFile, zone: Zone): SystemConfig[] {
  return m.systems.filter((s) => s.zone === zone);
}

/** Municipalities taking part up to and including `wave` (all when undefined). */
export function inWave(center: Center, wave: number | undefined): Center {
  if (wave === undefined) return center;
  return { ...center, municipalities: center.municipalities.filter((m) => m.wave <= wave) };
}

export function adminGroup(m: MunicipalityFile): string {
  return m.groups?.admin ?? names.defaultAdminGroup(m.code);
}

export function readonlyGroup(m: MunicipalityFile): string {
  return m.groups?.readonly ?? names.defaultReaderGroup(m.code);
}

/** The municipality's Keystone project. */
export function projectName(region: RegionFile, m: MunicipalityFile): string {
  return names.projectName(region.name, m.code, m.name);
}

/** The tenant's backup container, in the center's object store. */
export function backupContainerName(region: RegionFile, m: MunicipalityFile): string {
  return names.backupContainerName(region.name, m.code);
}

/** The municipality's standby project at the DR partner. */
export function standbyProjectName(region: RegionFile, m: MunicipalityFile): string {
  return names.standbyProjectName(region.name, m.code, m.name);
}

/** Systems the partner must be able to recover: every DR tier but none. */
export function systemsUnderDr(m: MunicipalityFile): SystemConfig[] {
  return m.systems.filter((s) => s.dr.tier !== "none");
}

/** Systems the center builds for a municipality: those with a `build` block. */
export function builtSystems(m: MunicipalityFile): SystemConfig[] {
  return m.systems.filter((s) => s.build !== undefined);
}

/**
 * Instances of a built system already running at the DR partner before a disaster: all of them
 * for `hot`, one for `warm` (scaled up on failover by declaring it hot), none for `cold`.
 */
export function standingAtPartner(system: SystemConfig): number {
  if (system.build === undefined) return 0;
  if (system.dr.tier === "hot") return system.availability.instances;
  return system.dr.tier === "warm" ? 1 : 0;
}

/** Built systems with capacity pre-provisioned at the partner (hot and warm). */
export function preProvisionedAtPartner(m: MunicipalityFile): SystemConfig[] {
  return m.systems.filter((s) => standingAtPartner(s) > 0);
}
