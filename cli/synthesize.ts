import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "cdktf";
import { inWave } from "../model/center";
import { loadCenter } from "../model/load";
import { ConfigProblem } from "../model/problems";
import { checkSeparation, Finding, readStackFile } from "../policy/separation";
import { BACKUP_PLAN_FILE, backupPlan } from "../reports/backup-plan";
import { drRunbook, RUNBOOK_JSON, RUNBOOK_MARKDOWN, runbookMarkdown } from "../reports/dr-runbook";
import { buildApp } from "../stacks/app";

export interface SynthesizeOptions {
  readonly configDir: string;
  readonly outdir: string;
  readonly wave?: number;
  readonly projectDir?: string;
  /** Adds constructs after rcc's own (site-specific extensions); the separation proof checks them too. */
  readonly extend?: (app: App) => void;
}

export type SynthesizeResult =
  | { stacks: string[]; problems: []; findings: [] }
  | { stacks?: undefined; problems: ConfigProblem[]; findings: [] }
  | { stacks?: undefined; problems: []; findings: Finding[] };

/**
 * Config directory to `<outdir>/stacks/<stack>/cdk.tf.json`. Validation runs first and, if it
 * finds anything, nothing is written. Stacks no longer in the config are removed from the output
 * so a stale tenant is never deployed by mistake (their state is untouched). The separation
 * proof runs on what was written; if it fails, the stacks are removed again, so nothing that
 * breaks 망분리 is left to deploy. Beside `stacks/` it writes the backup plan for the operator and the recovery runbook.
 */
export function synthesize(options: SynthesizeOptions): SynthesizeResult {
  const loaded = loadCenter(options.configDir);
  if (!loaded.center) return { problems: loaded.problems, findings: [] };
  const app = buildApp(loaded.center, {
    outdir: options.outdir,
    projectDir: options.projectDir ?? process.cwd(),
    wave: options.wave,
  });
  options.extend?.(app);
  const stacks = app.node.children.map((c) => c.node.id).sort();
  removeStaleStacks(options.outdir, new Set(stacks));
  app.synth();
  const written = stacks.map((stack) => readStackFile(path.join(options.outdir, "stacks", stack, "cdk.tf.json")));
  const findings = checkSeparation(written);
  if (findings.length > 0) {
    removeStaleStacks(options.outdir, new Set());
    return { problems: [], findings };
  }
  const center = inWave(loaded.center, options.wave);
  const write = (file: string, text: string) => fs.writeFileSync(path.join(options.outdir, file), text);
  const runbook = drRunbook(center);
  write(BACKUP_PLAN_FILE, `${JSON.stringify(backupPlan(center), null, 2)}\n`);
  write(RUNBOOK_JSON, `${JSON.stringify(runbook, null, 2)}\n`);
  write(RUNBOOK_MARKDOWN, runbookMarkdown(runbook));
  return { stacks, problems: [], findings: [] };
}

function removeStaleStacks(outdir: string, current: ReadonlySet<string>): void {
  const stacksDir = path.join(outdir, "stacks");
  if (!fs.existsSync(stacksDir)) return;
  for (const entry of fs.readdirSync(stacksDir)) {
    if (!current.has(entry)) fs.rmSync(path.join(stacksDir, entry), { recursive: true, force: true });
  }
}
