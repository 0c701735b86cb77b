import * as path from "node:path";
import { StateConfig } from "../../model/schema/region";
import { DEFAULT_STATE_DIRECTORY } from "../../contract/outputs";
import { localStateInventory } from "./local-states";
import { s3StateInventory } from "./s3-states";

/** The stacks a state backend knows, and what their states hold. */
export interface StateInventory {
  readonly backend: StateConfig["backend"];
  /** Where the states are, as people name it: `state` or `s3://bucket/prefix/ at https://...`. */
  readonly location: string;
  /** Stacks that have a state, sorted. */
  stacks(): Promise<string[]>;
  /** Managed resources with at least one instance in a stack's state. */
  resourceCount(stack: string): Promise<number>;
}

/**
 * The inventory of the backend region.yaml configures. Local states are under the directory rcc
 * runs from (`projectDir`), as the synthesized backends place them. S3 credentials and CAs come from
 * the process environment and the shared AWS files, which the AWS SDK reads as Terraform does.
 */
export function stateInventory(state: StateConfig, where: { readonly projectDir: string }): StateInventory {
  if (state.backend === "s3" && state.s3) return s3StateInventory(state.s3);
  const dir = path.resolve(where.projectDir, state.directory ?? DEFAULT_STATE_DIRECTORY);
  const relative = path.relative(where.projectDir, dir);
  const inside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  return localStateInventory(dir, inside ? relative : dir);
}
