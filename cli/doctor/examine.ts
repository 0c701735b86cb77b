import { Center } from "../../model/center";
import { stackPlan } from "../../stacks/app";
import { StateInventory } from "../state-inventory/state-inventory";
import { diagnose, DoctorFinding, UnplannedState } from "./diagnose";

/** The config held against the state backend: what `rcc doctor` prints. */
export interface DoctorReport {
  readonly backend: StateInventory["backend"];
  readonly location: string;
  /** How many stacks the config plans, every wave. */
  readonly planned: number;
  /** How many stacks have a state. */
  readonly states: number;
  readonly findings: readonly DoctorFinding[];
  /** Findings of level error (orphaned infrastructure), and the rest. */
  readonly errors: number;
  readonly notices: number;
  /** Planned stacks with no state yet, sorted. */
  readonly notDeployed: readonly string[];
}

/**
 * Lists the states and reads only those of stacks the config does not plan: a planned stack's
 * state is the deploy's business, whatever it holds.
 */
export async function examineStates(
  center: Center,
  configDir: string,
  inventory: StateInventory,
): Promise<DoctorReport> {
  const planned = stackPlan(center).map((s) => s.name);
  const states = await inventory.stacks();
  const [isPlanned, hasState] = [new Set(planned), new Set(states)];
  const unplanned: UnplannedState[] = [];
  // One at a time: a store is never flooded, and the unplanned are few.
  for (const stack of states.filter((s) => !isPlanned.has(s))) {
    unplanned.push({ stack, resources: await inventory.resourceCount(stack) });
  }
  const findings = diagnose(center, configDir, unplanned);
  const errors = findings.filter((f) => f.level === "error").length;
  return {
    backend: inventory.backend,
    location: inventory.location,
    planned: planned.length,
    states: states.length,
    findings,
    errors,
    notices: findings.length - errors,
    notDeployed: planned.filter((s) => !hasState.has(s)).sort(),
  };
}
