import * as fs from "node:fs";
import { stackFile } from "../contract/outputs";
import { E2E_OUTDIR } from "./paths";

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
