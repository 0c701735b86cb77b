import * as path from "node:path";
import { Center, Municipality } from "../../model/center";
import { MUNICIPALITIES_DIR } from "../../model/config-files";
import { codeOfStack, municipalityStackNames, parseStackName, stackKindsText } from "../../contract/stack-names";

export type DoctorRule = "ORPHAN" | "RETIRED-WITH-INFRASTRUCTURE" | "LEFTOVER-STATE";

export interface DoctorFinding {
  readonly level: "error" | "notice";
  readonly rule: DoctorRule;
  readonly stack: string;
  /** The municipality code the stack name ends in; null for a name without one. */
  readonly code: string | null;
  /** Managed resources with instances in the stack's state. */
  readonly resources: number;
  readonly message: string;
}

/** A state for a stack the config does not plan, with what it holds. */
export interface UnplannedState {
  readonly stack: string;
  readonly resources: number;
}

interface Known {
  readonly configDir: string;
  /** Stack name to the retired municipality it belonged to. */
  readonly retired: ReadonlyMap<string, Municipality>;
  /** Code to active or decommissioning municipality. */
  readonly inService: ReadonlyMap<string, Municipality>;
}

/**
 * What each state the config does not plan means. A stack dropped from the plan is never touched
 * by a deploy again, so what its state still holds runs on, forgotten: an error. An empty one is
 * only a file left behind. Sorted errors first, then by stack.
 */
export function diagnose(center: Center, configDir: string, states: readonly UnplannedState[]): DoctorFinding[] {
  const known: Known = {
    configDir,
    retired: new Map(center.retired.flatMap((m) => municipalityStackNames(m.code).map((stack) => [stack, m] as const))),
    inService: new Map(center.municipalities.map((m) => [m.code, m])),
  };
  return states
    .map((state) => findingFor(state, codeOfStack(state.stack) ?? null, known))
    .sort((a, b) => (a.level === b.level ? a.stack.localeCompare(b.stack) : a.level === "error" ? -1 : 1));
}

function findingFor(state: UnplannedState, code: string | null, known: Known): DoctorFinding {
  const { stack, resources } = state;
  const retired = known.retired.get(stack);
  if (resources === 0) {
    const whose = retired ? ` (${retired.code} is retired)` : "";
    const message =
      `no infrastructure in its state and the config plans no such stack${whose}: ` +
      "a leftover state, safe to delete once reviewed";
    return { level: "notice", rule: "LEFTOVER-STATE", stack, code, resources, message };
  }
  const held = `${resources} resource${resources === 1 ? "" : "s"} in its state, but`;
  if (retired) {
    const file = path.join(known.configDir, MUNICIPALITIES_DIR, `${retired.code}-${retired.name}.yaml`);
    const message =
      `${held} ${describe(retired)} is retired: it was retired before a decommissioning deploy destroyed them, ` +
      `and no deploy touches its stacks now. In ${file} set lifecycle.state back to decommissioning ` +
      "(keep the request and final backup, remove retiredOn) and deploy, then retire it again";
    return { level: "error", rule: "RETIRED-WITH-INFRASTRUCTURE", stack, code, resources, message };
  }
  const message = `${held} ${orphanCause(stack, code, known)}`;
  return { level: "error", rule: "ORPHAN", stack, code, resources, message };
}

function orphanCause(stack: string, code: string | null, known: Known): string {
  if (code === null) {
    return (
      `this config plans no stack of that name (rcc's stacks are ${stackKindsText()}), ` +
      "so no deploy manages them. Find the config that made it, and destroy or move its resources with Terraform " +
      "before deleting the state"
    );
  }
  const owner = known.inService.get(code);
  if (!owner) {
    const file = path.join(known.configDir, MUNICIPALITIES_DIR, `${code}-<name>.yaml`);
    return (
      `no municipality file has code ${code}, so no deploy manages them any more. Restore the municipality's file ` +
      `(${file}, from version control) and set lifecycle.state: decommissioning, so the next deploy destroys its ` +
      "services and keeps its data until the final backup is approved; never delete a municipality file while its " +
      "stacks hold infrastructure"
    );
  }
  return (
    `the config no longer plans this stack for ${describe(owner)}, so no deploy manages them any more. ` +
    `Bring back what planned it (${plannedBy(stack)}) and remove that through deploys, or destroy the resources ` +
    "with Terraform in this stack before deleting its state"
  );
}

function plannedBy(stack: string): string {
  const kind = parseStackName(stack)?.kind;
  if (kind === "dr-systems") return "hot or warm systems with a build block, and drPartner.standby";
  if (kind === "dr") return "systems under DR, and drPartner.standby in region.yaml";
  if (kind === "systems") return "systems with a build block";
  return "the stack's municipality and settings";
}

function describe(m: Municipality): string {
  return `${m.code} (${m.displayName})`;
}
