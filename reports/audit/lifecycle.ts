import { codeOfStack } from "../../contract/stack-names";
import { Center, Municipality } from "../../model/center";
import { lifecycleState } from "../../model/lifecycle";
import { AuditStack } from "../../policy/audit";
import { LifecycleLine } from "./types";

/** Every municipality, retired ones included, with its lifecycle record and what its stacks now destroy and keep. */
export function lifecycleLines(center: Center, stacks: readonly AuditStack[]): LifecycleLine[] {
  return [...center.municipalities, ...center.retired]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((m) =>
      lifecycleLine(
        m,
        stacks.filter((s) => codeOfStack(s.name) === m.code),
      ),
    );
}

function lifecycleLine(m: Municipality, stacks: readonly AuditStack[]): LifecycleLine {
  const { decommissioning, finalBackup, retiredOn } = m.lifecycle ?? {};
  const records = stacks.flatMap((s) => (s.decommissioning ? [s.decommissioning] : []));
  return {
    code: m.code,
    name: m.displayName,
    state: lifecycleState(m),
    requested: decommissioning
      ? `${decommissioning.requestedOn} by ${decommissioning.requestedBy}: ${decommissioning.reason}`
      : null,
    finalBackup: finalBackup
      ? `${finalBackup.completedOn}, kept at ${finalBackup.location}, approved by ${finalBackup.approvedBy}`
      : null,
    retiredOn: retiredOn ?? null,
    nextDeploy:
      records.length > 0
        ? {
            destroys: records.reduce((n, r) => n + r.destroyedOnNextDeploy.length, 0),
            keeps: records.reduce((n, r) => n + r.keptUntilFinalBackup.length, 0),
          }
        : null,
  };
}
