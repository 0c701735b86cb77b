import * as fs from "node:fs";
import * as path from "node:path";
import { loadCenter } from "../model/load";
import { ConfigProblem } from "../model/problems";
import { buildApp } from "../stacks/app";

export interface SynthesizeOptions {
  readonly configDir: string;
  readonly outdir: string;
  readonly wave?: number;
  readonly projectDir?: string;
}

export type SynthesizeResult = { stacks: string[]; problems: [] } | { stacks?: undefined; problems: ConfigProblem[] };

/**
 * Config directory to `<outdir>/stacks/<stack>/cdk.tf.json`. Validation runs first and, if it
 * finds anything, nothing is written. Stacks no longer in the config are removed from the output
 * so a stale tenant is never deployed by mistake (their state is untouched).
 */
export function synthesize(options: SynthesizeOptions): SynthesizeResult {
  const loaded = loadCenter(options.configDir);
  if (!loaded.center) return { problems: loaded.problems };
  const app = buildApp(loaded.center, {
    outdir: options.outdir,
    projectDir: options.projectDir ?? process.cwd(),
    wave: options.wave,
  });
  const stacks = app.node.children.map((c) => c.node.id).sort();
  removeStaleStacks(options.outdir, new Set(stacks));
  app.synth();
  return { stacks, problems: [] };
}

function removeStaleStacks(outdir: string, current: ReadonlySet<string>): void {
  const stacksDir = path.join(outdir, "stacks");
  if (!fs.existsSync(stacksDir)) return;
  for (const entry of fs.readdirSync(stacksDir)) {
    if (!current.has(entry)) fs.rmSync(path.join(stacksDir, entry), { recursive: true, force: true });
  }
}
