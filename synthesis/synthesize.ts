import * as fs from "node:fs";
import * as path from "node:path";
import { Construct } from "constructs";
import { BACKUP_PLAN_FILE, RUNBOOK_JSON, RUNBOOK_MARKDOWN, stackDir, STACKS_DIR } from "../contract/outputs";
import { codeOfStack, parseStackName, stackKindsText } from "../contract/stack-names";
import { Center, inWave } from "../model/center";
import { loadCenter } from "../model/load";
import { ConfigProblem } from "../model/problems";
import { AuditFinding, auditPasses, AuditStack, readAuditStacks, runAudit } from "../policy/audit";
import { AuditedSynthesis } from "../reports/audit/build";
import { backupPlan } from "../reports/backup-plan";
import { drRunbook, runbookMarkdown } from "../reports/dr-runbook";
import { stackPlan, synthesizeStacks as synthesizeWithEngine } from "../stacks/app";
import { synthesizeInWorkers, workerCount } from "./parallel-synth";
import { UsageError } from "./settings";

export interface SynthesizeOptions {
  readonly configDir: string;
  readonly outdir: string;
  readonly wave?: number;
  readonly projectDir?: string;
  /** Adds constructs after rcc's own (site-specific extensions); the audit checks them too. */
  readonly extend?: (app: Construct) => void;
  /**
   * Only these stacks (selective synthesis): the others are neither built nor touched on disk.
   * A name the config does not plan is a UsageError listing what it does.
   */
  readonly stacks?: readonly string[];
  /** Config texts to read instead of the files, by path (a diff's older base, upgraded in memory). */
  readonly texts?: ReadonlyMap<string, string>;
}

export interface SynthesizeResult {
  /** The stacks written; undefined when the config is invalid or the audit failed, so nothing is left to deploy. */
  readonly stacks?: string[];
  readonly problems: ConfigProblem[];
  /** Every finding of the audit rule pack: errors, warnings and suppressed findings. */
  readonly findings: AuditFinding[];
}

/** A synthesis for review (audit, diff): the stacks stay on disk whatever the audit says. */
export interface Synthesis extends AuditedSynthesis {
  /** The center as synthesized (only the selected waves). */
  readonly center: Center;
  readonly stacks: AuditStack[];
  readonly findings: AuditFinding[];
}

/**
 * Config directory to `<outdir>/stacks/<stack>/cdk.tf.json`. Validation runs first and, if it
 * finds anything, nothing is written. Stacks no longer in the config are removed from the output
 * so a stale tenant is never deployed by mistake (their state is untouched). The audit rule pack
 * (the separation proof among it) runs on what was written; if an error is left unsuppressed, the
 * stacks are removed again, so nothing that breaks a rule is left to deploy. Beside `stacks/` it
 * writes the backup plan for the operator and the recovery runbook.
 */
export function synthesize(options: SynthesizeOptions): SynthesizeResult {
  const synthesis = synthesizeForReview(options);
  if ("problems" in synthesis) return { problems: synthesis.problems, findings: [] };
  const { findings } = synthesis;
  if (!auditPasses(findings)) {
    // Only what this run wrote: a selective synthesis leaves the other stacks as they were.
    for (const stack of synthesis.stacks) fs.rmSync(path.dirname(stack.file), { recursive: true, force: true });
    return { problems: [], findings };
  }
  return { stacks: synthesis.stacks.map((s) => s.name), problems: [], findings };
}

/** Validates, synthesizes, audits and writes the reports; keeps the stacks even when the audit fails. */
export function synthesizeForReview(options: SynthesizeOptions): Synthesis | { problems: ConfigProblem[] } {
  const loaded = loadCenter(options.configDir, { texts: options.texts });
  if (!loaded.center) return { problems: loaded.problems };
  const planned = stackPlan(loaded.center, options.wave).map((s) => s.name);
  const only = options.stacks ? selection(options.stacks, planned) : undefined;
  removeStaleStacks(options.outdir, new Set(planned));
  const names = synthesizeStacks(loaded.center, options, only ? planned.filter((name) => only.has(name)) : planned);
  const center = inWave(loaded.center, options.wave);
  const stacks = readAuditStacks(options.outdir, names);
  const findings = runAudit({ center, stacks, partial: only !== undefined });
  const write = (file: string, text: string) => fs.writeFileSync(path.join(options.outdir, file), text);
  const runbook = drRunbook(center);
  write(BACKUP_PLAN_FILE, `${JSON.stringify(backupPlan(center), null, 2)}\n`);
  write(RUNBOOK_JSON, `${JSON.stringify(runbook, null, 2)}\n`);
  write(RUNBOOK_MARKDOWN, runbookMarkdown(runbook));
  return { center, stacks, findings };
}

/**
 * Builds and synthesizes the stacks, on every core when there are many (and no site extension,
 * which cannot cross into a worker); returns their names, sorted.
 */
function synthesizeStacks(center: Center, options: SynthesizeOptions, stacks: readonly string[]): string[] {
  const projectDir = options.projectDir ?? process.cwd();
  const workers = options.extend ? 1 : workerCount(stacks.length);
  if (workers > 1) {
    synthesizeInWorkers(center, stacks, { outdir: options.outdir, projectDir, wave: options.wave }, workers);
    return [...stacks].sort();
  }
  const only = new Set(stacks);
  return synthesizeWithEngine(center, {
    outdir: options.outdir,
    projectDir,
    wave: options.wave,
    only,
    extend: options.extend,
  });
}

/** The selected stack names, each one the config plans. */
function selection(selected: readonly string[], planned: readonly string[]): ReadonlySet<string> {
  const unknown = selected.filter((name) => !planned.includes(name));
  if (unknown.length > 0) {
    const codes = planned.filter((n) => parseStackName(n)?.kind === "tenant").map((n) => codeOfStack(n)!);
    throw new UsageError(
      `no stack ${unknown.join(", ")} in this config: stacks are ${stackKindsText()} ` +
        `for codes ${codes.slice(0, 5).join(", ")}${codes.length > 5 ? ", ..." : ""} (see rcc synth without --stack)`,
    );
  }
  return new Set(selected);
}

function removeStaleStacks(outdir: string, current: ReadonlySet<string>): void {
  const stacksDir = path.join(outdir, STACKS_DIR);
  if (!fs.existsSync(stacksDir)) return;
  for (const entry of fs.readdirSync(stacksDir)) {
    if (!current.has(entry)) fs.rmSync(stackDir(outdir, entry), { recursive: true, force: true });
  }
}
