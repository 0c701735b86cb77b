import * as fs from "node:fs";
import { stackFile } from "../contract/outputs";
import { PROJECT_DIR } from "../plan/real-provider";
import { runCommand } from "./command";
import { E2E_DIR, E2E_OUTDIR } from "./paths";
import { StackRun, stackEnv } from "./stacks";
import * as path from "node:path";

/**
 * TEST ONLY: the e2e's own copy of the synthesized stacks loses `prevent_destroy`, so the run
 * can destroy what it deployed. What rcc synthesizes for users, and the project's cdktf.out,
 * keep it; a municipality leaves through its lifecycle (docs/operations.md), never this way.
 */
export function allowDestroyInE2eCopy(stacks: readonly string[]): number {
  let lifted = 0;
  for (const stack of stacks) {
    const file = stackFile(E2E_OUTDIR, stack);
    const json = JSON.parse(fs.readFileSync(file, "utf8")) as {
      resource?: Record<string, Record<string, { lifecycle?: { prevent_destroy?: boolean } }>>;
    };
    for (const byName of Object.values(json.resource ?? {})) {
      for (const block of Object.values(byName)) {
        if (block.lifecycle?.prevent_destroy) {
          delete block.lifecycle.prevent_destroy;
          lifted++;
        }
      }
    }
    fs.writeFileSync(file, JSON.stringify(json, null, 2));
  }
  return lifted;
}

/** `npx cdktf destroy <stack>` on the e2e's copy. */
export function destroyStack(stack: string, env: NodeJS.ProcessEnv): Promise<StackRun> {
  const args = [
    "cdktf",
    "destroy",
    stack,
    "--skip-synth",
    "--output",
    E2E_OUTDIR,
    "--auto-approve",
    "--skip-provider-lock",
    "--ignore-missing-stack-dependencies",
    "--no-color",
  ];
  const log = path.join(E2E_DIR, "logs", `${stack}.destroy.log`);
  return runCommand("npx", args, { cwd: PROJECT_DIR, env: stackEnv(stack, env), log }).then((run) => ({
    ...run,
    stack,
  }));
}
