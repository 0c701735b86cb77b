import * as fs from "node:fs";
import * as path from "node:path";
import { OFFLINE_PLAN_DIR, PLAN_JSON, PLAN_TEXT, STACK_FILE } from "../contract/outputs";
import { ProviderMirror } from "./mirror";
import { runTerraform, TerraformRun } from "./terraform";

export interface StackPlan {
  readonly stack: string;
  /** The first failing step, with Terraform's own output; undefined when all passed. */
  readonly failure?: { step: string; output: string };
  readonly toAdd: number;
  readonly toChange: number;
  readonly toDestroy: number;
  readonly seconds: { init: number; validate: number; plan: number; show: number };
}

/**
 * init, validate and plan one synthesized stack against the offline provider, then write
 * plan.json (`terraform show -json`) and plan.txt beside its cdk.tf.json. It runs in a copy with
 * a throwaway local backend, so the stack's real state is never read, locked or written.
 * With `validateOnly` (the real provider, which cannot plan without a cloud) it stops after validate.
 */
export async function planStack(
  stackDir: string,
  provider: ProviderMirror,
  binary: string,
  validateOnly = false,
): Promise<StackPlan> {
  const stack = path.basename(stackDir);
  // Inside the stack's folder: Terraform reads only its own folder, so cdktf deploy never sees it.
  const work = path.join(stackDir, OFFLINE_PLAN_DIR);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  fs.copyFileSync(path.join(stackDir, STACK_FILE), path.join(work, STACK_FILE));
  fs.writeFileSync(
    path.join(work, "rcc_offline_override.tf.json"),
    `${JSON.stringify({ terraform: { backend: { local: { path: "offline.tfstate" } } } }, null, 2)}\n`,
  );
  writePlaceholderVariables(work);
  const seconds = { init: 0, validate: 0, plan: 0, show: 0 };
  const tf = (args: string[]) => runTerraform(binary, args, work, provider.env);
  const failed = (step: string, run: TerraformRun): StackPlan => ({
    stack,
    failure: { step, output: (run.stderr + run.stdout).trim() },
    toAdd: 0,
    toChange: 0,
    toDestroy: 0,
    seconds,
  });

  const init = await tf(["init", "-input=false", "-no-color"]);
  seconds.init = init.seconds;
  if (init.code !== 0) return failed("init", init);
  const validate = await tf(["validate", "-no-color"]);
  seconds.validate = validate.seconds;
  if (validate.code !== 0) return failed("validate", validate);
  if (validateOnly) return { stack, toAdd: 0, toChange: 0, toDestroy: 0, seconds };
  const plan = await tf(["plan", "-input=false", "-no-color", "-lock=false", "-refresh=false", "-out=plan.tfplan"]);
  seconds.plan = plan.seconds;
  if (plan.code !== 0) return failed("plan", plan);
  const json = await tf(["show", "-json", "plan.tfplan"]);
  const text = await tf(["show", "-no-color", "plan.tfplan"]);
  seconds.show = json.seconds + text.seconds;
  if (json.code !== 0) return failed("show", json);
  fs.writeFileSync(path.join(stackDir, PLAN_JSON), json.stdout);
  fs.writeFileSync(path.join(stackDir, PLAN_TEXT), `${OFFLINE_NOTICE}\n\n${text.stdout}`);
  return { stack, ...countActions(JSON.parse(json.stdout)), seconds };
}

export const OFFLINE_NOTICE =
  "OFFLINE PREVIEW, not a plan against the cloud: computed values are unknown, data sources " +
  "return placeholders (offline-placeholder:...), and the OpenStack provider's own runtime checks did not run.";

function countActions(plan: { resource_changes?: Array<{ change: { actions: string[] } }> }) {
  const counts = { toAdd: 0, toChange: 0, toDestroy: 0 };
  for (const { change } of plan.resource_changes ?? []) {
    if (change.actions.includes("create")) counts.toAdd++;
    if (change.actions.includes("update")) counts.toChange++;
    if (change.actions.includes("delete")) counts.toDestroy++;
  }
  return counts;
}

/**
 * What the offline plans add, change and destroy per stack, for the audit report: deterministic
 * (no timings), so it changes only when the plans do.
 */
export function planSummary(plans: readonly StackPlan[]): string {
  const stacks = Object.fromEntries(
    [...plans]
      .sort((a, b) => a.stack.localeCompare(b.stack))
      .map((p) => [
        p.stack,
        p.failure
          ? { status: "failed", step: p.failure.step }
          : { status: "planned", toAdd: p.toAdd, toChange: p.toChange, toDestroy: p.toDestroy },
      ]),
  );
  return `${JSON.stringify({ offline: true, notice: OFFLINE_NOTICE, stacks }, null, 2)}\n`;
}

/**
 * Variables a deploy gets from the environment (TF_VAR_..., secrets such as the backup sync key)
 * get a placeholder offline, so the plan never prompts and never needs a real secret.
 */
function writePlaceholderVariables(work: string): void {
  const config = JSON.parse(fs.readFileSync(path.join(work, STACK_FILE), "utf8")) as {
    variable?: Record<string, { default?: unknown }>;
  };
  const unset = Object.entries(config.variable ?? {}).filter(([, v]) => v.default === undefined);
  if (unset.length === 0) return;
  const values = Object.fromEntries(unset.map(([name]) => [name, `offline-placeholder:${name}`]));
  fs.writeFileSync(path.join(work, "rcc_offline.auto.tfvars.json"), `${JSON.stringify(values, null, 2)}\n`);
}
