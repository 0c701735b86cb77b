import { Retention } from "../model/lifecycle";
import { referencesIn } from "./terraform-references";

/** What holds a tenant's data: never destroyed before its final backup is approved. */
export const DATA_HOLDER_TYPES: ReadonlySet<string> = new Set([
  "openstack_identity_project_v3",
  "openstack_blockstorage_volume_v3",
  "openstack_objectstorage_container_v1",
]);

/** Kept with the data holders while decommissioning, so the municipality's people can still export it. */
const ACCESS_TYPES: ReadonlySet<string> = new Set(["openstack_identity_role_assignment_v3"]);

type Section = Record<string, Record<string, unknown>>;
type StackJson = Record<string, unknown> & { resource?: Section; data?: Section; "//"?: Record<string, unknown> };

/** What a leaving municipality's stack records for the auditor, in its `//` comment. */
export interface DecommissioningRecord {
  readonly retention: Exclude<Retention, "everything">;
  /** Resources of the full stack that the next deploy destroys. */
  readonly destroyedOnNextDeploy: readonly string[];
  /** Resources kept until the final backup is approved. */
  readonly keptUntilFinalBackup: readonly string[];
}

/**
 * A municipality's stack as its lifecycle allows: everything while active; while decommissioning,
 * the data holders, their access and whatever they refer to; after the final backup, nothing.
 * Removing a block is what makes Terraform destroy it (and takes its `prevent_destroy` with it),
 * so this is where the guard on data lives. The stack's `//` comment lists both sides.
 */
export function retainedStack(json: StackJson, retention: Retention): StackJson {
  if (retention === "everything") return json;
  const bodies = new Map<string, unknown>();
  for (const [section, prefix] of [
    ["resource", ""],
    ["data", "data."],
  ] as const) {
    for (const [type, named] of Object.entries(json[section] ?? {})) {
      for (const [name, body] of Object.entries(named)) bodies.set(`${prefix}${type}.${name}`, body);
    }
  }
  const kept = retention === "data" ? closure(bodies) : new Set<string>();
  const managed = [...bodies.keys()].filter((address) => !address.startsWith("data."));
  const record: DecommissioningRecord = {
    retention,
    destroyedOnNextDeploy: managed.filter((a) => !kept.has(a)).sort(),
    keptUntilFinalBackup: managed.filter((a) => kept.has(a)).sort(),
  };
  const result: StackJson = { ...json, "//": { ...json["//"], decommissioning: record } };
  for (const [section, prefix] of [
    ["resource", ""],
    ["data", "data."],
  ] as const) {
    const filtered = filterSection(json[section], prefix, kept);
    if (filtered) result[section] = filtered;
    else delete result[section];
  }
  return result;
}

/** The data holders and access, and everything they refer to, transitively. */
function closure(bodies: ReadonlyMap<string, unknown>): Set<string> {
  const typeOf = (address: string) => address.split(".")[0];
  const queue = [...bodies.keys()].filter((a) => DATA_HOLDER_TYPES.has(typeOf(a)) || ACCESS_TYPES.has(typeOf(a)));
  const kept = new Set<string>();
  for (let address = queue.pop(); address !== undefined; address = queue.pop()) {
    if (kept.has(address)) continue;
    kept.add(address);
    for (const target of referencesIn(bodies.get(address))) if (bodies.has(target)) queue.push(target);
  }
  return kept;
}

function filterSection(section: Section | undefined, prefix: string, kept: ReadonlySet<string>): Section | undefined {
  const out: Section = {};
  for (const [type, named] of Object.entries(section ?? {})) {
    const names = Object.keys(named).filter((name) => kept.has(`${prefix}${type}.${name}`));
    if (names.length > 0) out[type] = Object.fromEntries(names.map((name) => [name, named[name]]));
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
