import * as fs from "node:fs";
import * as path from "node:path";
import { stateFileName } from "../../contract/outputs";
import { E2E_STATE_DIR } from "../paths";

/** One resource instance as a deploy left it in the stack's state: its type, name and attributes. */
export interface Deployed {
  readonly stack: string;
  readonly type: string;
  /** The resource's `name` attribute where it has one, else its Terraform name. */
  readonly name: string;
  /** `type.name`, as the synthesized stack and the model's origins give it. */
  readonly address: string;
  readonly attributes: Record<string, unknown>;
}

interface StateFile {
  resources?: Array<{
    mode: string;
    type: string;
    name: string;
    instances: Array<{ attributes: Record<string, unknown> }>;
  }>;
}

/** Every managed resource of the stacks' states (local backend, as the e2e config sets it). */
export function deployedResources(stacks: readonly string[]): Deployed[] {
  return stacks.flatMap((stack) => {
    const file = path.join(E2E_STATE_DIR, stateFileName(stack));
    const state = JSON.parse(fs.readFileSync(file, "utf8")) as StateFile;
    return (state.resources ?? [])
      .filter((r) => r.mode === "managed")
      .flatMap((r) =>
        r.instances.map((i) => ({
          stack,
          type: r.type,
          name: typeof i.attributes.name === "string" ? i.attributes.name : r.name,
          address: `${r.type}.${r.name}`,
          attributes: i.attributes,
        })),
      );
  });
}

/** The deployed resources of one type, optionally of one stack. */
export const ofType = (all: readonly Deployed[], type: string, stack?: string) =>
  all.filter((r) => r.type === type && (stack === undefined || r.stack === stack));
