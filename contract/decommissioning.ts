/**
 * What a leaving municipality's stack records for the auditor, in the stack's `//` comment.
 * Written by stacks/retention.ts; read by policy/audit (AuditStack) and reports/audit (lifecycle).
 */

/** The key of the record in a stack's `//` comment. */
export const DECOMMISSIONING_KEY = "decommissioning";

export interface DecommissioningRecord {
  /** `data` while decommissioning (the data holders stay), `nothing` once the final backup is approved. */
  readonly retention: "data" | "nothing";
  /** Resources of the full stack that the next deploy destroys. */
  readonly destroyedOnNextDeploy: readonly string[];
  /** Resources kept until the final backup is approved. */
  readonly keptUntilFinalBackup: readonly string[];
}
