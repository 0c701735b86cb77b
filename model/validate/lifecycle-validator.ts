import { ConfigProblem } from "../problems";
import { MunicipalityFile } from "../schema/municipality";
import { Loaded, problemAt, Validator } from "./context";

const LEAVING_FIELDS = ["decommissioning", "finalBackup", "retiredOn"] as const;

/**
 * The guards on leaving: each state carries the record that got it there (a retired file holds
 * its request, its approved final backup and its date), dates run forward, and the person who
 * approves destroying the data is not the one who asked to leave.
 */
export const validateLifecycle: Validator = ({ municipalities }) => municipalities.flatMap(lifecycleProblems);

function lifecycleProblems(file: Loaded<MunicipalityFile>): ConfigProblem[] {
  const lifecycle = file.value.lifecycle;
  if (!lifecycle) return [];
  const at = (segments: ReadonlyArray<string | number>, message: string) =>
    problemAt(file, ["lifecycle", ...segments], message);
  const { state, decommissioning, finalBackup, retiredOn } = lifecycle;
  if (state === "active") {
    return LEAVING_FIELDS.filter((field) => lifecycle[field] !== undefined).map((field) =>
      at([field], "only for a municipality that is leaving; remove it, or set lifecycle.state to decommissioning"),
    );
  }
  const problems: ConfigProblem[] = [];
  if (!decommissioning) {
    problems.push(at(["state"], `state ${state} needs lifecycle.decommissioning (requestedOn, requestedBy, reason)`));
  }
  if (state === "retired" && !finalBackup) {
    problems.push(
      at(
        ["state"],
        "state retired needs lifecycle.finalBackup (completedOn, location, approvedBy): data is never retired unexported",
      ),
    );
  }
  if (state === "retired" && !retiredOn) problems.push(at(["state"], "state retired needs lifecycle.retiredOn"));
  if (state !== "retired" && retiredOn) problems.push(at(["retiredOn"], "only with state retired"));
  if (decommissioning && finalBackup) {
    if (finalBackup.completedOn < decommissioning.requestedOn) {
      problems.push(
        at(["finalBackup", "completedOn"], `is before decommissioning.requestedOn (${decommissioning.requestedOn})`),
      );
    }
    if (samePerson(finalBackup.approvedBy, decommissioning.requestedBy)) {
      problems.push(
        at(
          ["finalBackup", "approvedBy"],
          "must be someone other than decommissioning.requestedBy (four-eyes approval)",
        ),
      );
    }
  }
  if (finalBackup && retiredOn && retiredOn < finalBackup.completedOn) {
    problems.push(at(["retiredOn"], `is before finalBackup.completedOn (${finalBackup.completedOn})`));
  }
  return problems;
}

function samePerson(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
