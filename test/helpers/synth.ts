import * as fs from "node:fs";
import * as path from "node:path";
import { synthesize } from "../../synthesis/synthesize";
import { formatProblem } from "../../model/problems";
import { SAMPLE_CONFIG, tempDir } from "./config";

export interface TerraformJson {
  terraform: { backend: Record<string, Record<string, unknown>>; required_providers: Record<string, unknown> };
  provider: Record<string, Array<Record<string, unknown>>>;
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  moved?: Array<{ from: string; to: string }>;
}

export interface Synthesized {
  outdir: string;
  stacks: string[];
  /** The synthesized JSON of one stack, exactly as written to disk. */
  stack(name: string): TerraformJson;
  raw(name: string): string;
}

/** Synthesizes a config dir into a fresh output dir the way `rcc synth` does. */
export function synth(configDir = SAMPLE_CONFIG, options: { wave?: number; outdir?: string } = {}): Synthesized {
  const outdir = options.outdir ?? path.join(tempDir("rcc-out-"), "cdktf.out");
  const result = synthesize({ configDir, outdir, wave: options.wave, projectDir: path.dirname(outdir) });
  if (!result.stacks) throw new Error(`config invalid:\n${result.problems.map(formatProblem).join("\n")}`);
  const raw = (name: string) => fs.readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8");
  return { outdir, stacks: result.stacks, raw, stack: (name) => JSON.parse(raw(name)) };
}

/** Every resource of one type in a stack, by logical name. */
export function resources(json: TerraformJson, type: string): Array<Record<string, unknown>> {
  return Object.values(json.resource[type] ?? {});
}

/** The single resource of a type whose `name` argument matches. */
export function resourceNamed(json: TerraformJson, type: string, name: string): Record<string, unknown> {
  const found = resources(json, type).filter((r) => r.name === name);
  if (found.length !== 1) throw new Error(`expected one ${type} named ${name}, found ${found.length}`);
  return found[0];
}
