import * as fs from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { stackFile } from "../contract/outputs";

export interface Counts {
  readonly add: number;
  readonly change: number;
  readonly destroy: number;
}

type Resources = Record<string, Record<string, Record<string, unknown>>>;

const read = (outdir: string, stack: string): Resources =>
  fs.existsSync(stackFile(outdir, stack))
    ? ((JSON.parse(fs.readFileSync(stackFile(outdir, stack), "utf8")) as { resource?: Resources }).resource ?? {})
    : {};

/** A resource's arguments without rcc's `//` notes, which Terraform never sees. */
const args = (block: Record<string, unknown>) => Object.fromEntries(Object.entries(block).filter(([k]) => k !== "//"));

/**
 * What a plan should do to a stack going from one synthesis to the next: resources added,
 * changed (any argument differs) and removed. A change the provider makes by replacing counts
 * as one add and one destroy in Terraform's plan; the e2e's change replaces nothing.
 */
export function expectedChanges(before: Resources, after: Resources): Counts {
  const keys = (r: Resources) =>
    new Set(Object.entries(r).flatMap(([type, byName]) => Object.keys(byName).map((n) => `${type}.${n}`)));
  const [old, now] = [keys(before), keys(after)];
  const at = (r: Resources, key: string) => {
    const [type, name] = [key.slice(0, key.indexOf(".")), key.slice(key.indexOf(".") + 1)];
    return args(r[type][name]);
  };
  return {
    add: [...now].filter((k) => !old.has(k)).length,
    destroy: [...old].filter((k) => !now.has(k)).length,
    change: [...now].filter((k) => old.has(k) && !isDeepStrictEqual(at(before, k), at(after, k))).length,
  };
}

/** Every stack's synthesized resources, to compare two syntheses with expectedChanges. */
export function snapshot(outdir: string, stacks: readonly string[]): Map<string, Resources> {
  return new Map(stacks.map((s) => [s, read(outdir, s)]));
}

/** Terraform's own count, from a plan's text: `Plan: 1 to add, 1 to change, 0 to destroy.` or no changes. */
export function planCounts(output: string): Counts | undefined {
  if (/No changes\. /.test(output) || /No changes\.\s/.test(output)) return { add: 0, change: 0, destroy: 0 };
  const m = /Plan: (\d+) to add, (\d+) to change, (\d+) to destroy\./.exec(output);
  return m ? { add: Number(m[1]), change: Number(m[2]), destroy: Number(m[3]) } : undefined;
}
