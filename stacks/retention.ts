import { DecommissioningRecord, DECOMMISSIONING_KEY } from "../contract/decommissioning";
import { DATA_HOLDER_TYPES } from "../contract/resource-types";
import { addressOf, BlockMode, COMMENT_KEY, parseAddress, referencesIn } from "../contract/terraform-addresses";
import { Retention } from "../model/lifecycle";

const DATA_HOLDERS: ReadonlySet<string> = new Set(DATA_HOLDER_TYPES);

/** Kept with the data holders while decommissioning, so the municipality's people can still export it. */
const ACCESS_TYPES: ReadonlySet<string> = new Set(["openstack_identity_role_assignment_v3"]);

type Section = Record<string, Record<string, unknown>>;
/** The sections of blocks, named as their mode. */
const MODES: readonly BlockMode[] = ["resource", "data"];
export type StackJson = Record<string, unknown> & {
  resource?: Section;
  data?: Section;
  [COMMENT_KEY]?: Record<string, unknown>;
};

/**
 * A municipality's stack as its lifecycle allows: everything while active; while decommissioning,
 * the data holders, their access and whatever they refer to; after the final backup, nothing.
 * Removing a block is what makes Terraform destroy it (and takes its `prevent_destroy` with it),
 * so this is where the guard on data lives. The stack's `//` comment lists both sides.
 */
export function retainedStack(json: StackJson, retention: Retention): StackJson {
  if (retention === "everything") return json;
  const bodies = new Map<string, unknown>();
  for (const mode of MODES) {
    for (const [type, named] of Object.entries(json[mode] ?? {})) {
      for (const [name, body] of Object.entries(named)) bodies.set(addressOf({ mode, type, name }), body);
    }
  }
  const kept = retention === "data" ? closure(bodies) : new Set<string>();
  const managed = [...bodies.keys()].filter((address) => parseAddress(address)?.mode === "resource");
  const record: DecommissioningRecord = {
    retention,
    destroyedOnNextDeploy: managed.filter((a) => !kept.has(a)).sort(),
    keptUntilFinalBackup: managed.filter((a) => kept.has(a)).sort(),
  };
  const result: StackJson = { ...json, [COMMENT_KEY]: { ...json[COMMENT_KEY], [DECOMMISSIONING_KEY]: record } };
  for (const mode of MODES) {
    const filtered = filterSection(json[mode], mode, kept);
    if (filtered) result[mode] = filtered;
    else delete result[mode];
  }
  return result;
}

/** The data holders and access, and everything they refer to, transitively. */
function closure(bodies: ReadonlyMap<string, unknown>): Set<string> {
  const holds = (address: string) => {
    const parsed = parseAddress(address);
    return parsed?.mode === "resource" && (DATA_HOLDERS.has(parsed.type) || ACCESS_TYPES.has(parsed.type));
  };
  const queue = [...bodies.keys()].filter(holds);
  const kept = new Set<string>();
  for (let address = queue.pop(); address !== undefined; address = queue.pop()) {
    if (kept.has(address)) continue;
    kept.add(address);
    for (const target of referencesIn(bodies.get(address))) if (bodies.has(target)) queue.push(target);
  }
  return kept;
}

function filterSection(section: Section | undefined, mode: BlockMode, kept: ReadonlySet<string>): Section | undefined {
  const out: Section = {};
  for (const [type, named] of Object.entries(section ?? {})) {
    const names = Object.keys(named).filter((name) => kept.has(addressOf({ mode, type, name })));
    if (names.length > 0) out[type] = Object.fromEntries(names.map((name) => [name, named[name]]));
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
