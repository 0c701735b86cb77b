import { TerraformStack } from "cdktf";
import { stackJson } from "./stack-json";

/**
 * The stack base rcc's stacks build on: a TerraformStack whose synthesis skips what rcc never
 * needs. The two overridden methods are cdktf internals, so they live here, in the engine fence.
 * A subclass finishes the JSON (`finish`) without knowing how the engine made it.
 */
export abstract class EngineStack extends TerraformStack {
  /** The stack's JSON as rcc writes it, from the engine's. */
  protected abstract finish(json: object): object;

  /**
   * cdktf's preparing pass resolves every resource once more, only to find references between
   * stacks and add remote-state lookups for them. rcc's stacks never reference each other (they
   * find each other's objects by name: a stack deploys on its own), so the pass is skipped, a
   * third of a large synthesis. A reference between stacks then fails the synthesis (tested).
   */
  prepareStack(): void {
    this.ensureBackendExists();
  }

  /** cdktf's JSON for the stack, without most of the cost of its token resolution (see stack-json.ts), finished. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- cdktf's own signature
  toTerraform(): any {
    const { rawOverrides } = this as unknown as { rawOverrides: object };
    return this.finish(stackJson(this, rawOverrides) ?? super.toTerraform());
  }
}
