/**
 * The files rcc writes that others read. The synthesis writes `<outdir>/stacks/<stack>/cdk.tf.json`
 * (read by policy/, reports/, `rcc plan`, `cdktf deploy`) and, beside `stacks/`, the operators'
 * reports; `rcc plan --offline` writes its work and plans into each stack's folder; every stack's
 * state is one file (local) or object (S3) per stack, read back by `rcc doctor`.
 */
import * as path from "node:path";

export const STACKS_DIR = "stacks";
export const STACK_FILE = "cdk.tf.json";

/** `<outdir>/stacks/<stack>`: a synthesized stack's folder, where Terraform runs. */
export const stackDir = (outdir: string, stack: string) => path.join(outdir, STACKS_DIR, stack);
export const stackFile = (outdir: string, stack: string) => path.join(stackDir(outdir, stack), STACK_FILE);

/** Beside `stacks/`: the backup operator's plan and the recovery runbook. */
export const BACKUP_PLAN_FILE = "backup-plan.json";
export const RUNBOOK_JSON = "dr-runbook.json";
export const RUNBOOK_MARKDOWN = "dr-runbook.md";

/** `rcc plan --offline`: its working copy inside each stack's folder, the plans beside cdk.tf.json, a summary beside `stacks/`. */
export const OFFLINE_PLAN_DIR = "offline-plan";
export const PLAN_JSON = "plan.json";
export const PLAN_TEXT = "plan.txt";
export const PLAN_SUMMARY_FILE = "plan-summary.json";

/** Where local states go, relative to the project directory, when region.yaml names none. */
export const DEFAULT_STATE_DIRECTORY = "state";
export const STATE_FILE_SUFFIX = ".tfstate";

/** Each stack's state file, by its name: in the local directory, and under the S3 key prefix. */
export const stateFileName = (stackName: string) => `${stackName}${STATE_FILE_SUFFIX}`;

/** A stack's state object in S3: `<keyPrefix>/<stack>.tfstate`. */
export const stateObjectKey = (keyPrefix: string, stackName: string) => `${keyPrefix}/${stateFileName(stackName)}`;

/** The stack a state file name belongs to (`tenant-27110.tfstate`), or undefined for any other name. */
export function stackOfStateFile(fileName: string): string | undefined {
  const stack = fileName.endsWith(STATE_FILE_SUFFIX) ? fileName.slice(0, -STATE_FILE_SUFFIX.length) : "";
  return stack !== "" && !stack.includes("/") ? stack : undefined;
}

/**
 * What the project's own set-up builds (ignored by git), relative to the project directory:
 * the real OpenStack provider as a Terraform filesystem mirror with its CLI config
 * (`npm run provider`), and tools built when the machine lacks them (`npm run terraform`).
 */
export const BUILD_DIR = ".build";
export const REAL_PROVIDER_DIR = path.join(BUILD_DIR, "provider");
export const BUILT_TOOLS_DIR = path.join(BUILD_DIR, "bin");
