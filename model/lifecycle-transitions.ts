import { lifecycleState } from "./lifecycle";
import { MunicipalityFile } from "./schema/municipality";

/** Where a municipality is, as a config change sees it: its file's lifecycle, or no file. */
export const PHASES = ["absent", "active", "decommissioning", "final backup recorded", "retired"] as const;
export type Phase = (typeof PHASES)[number];

export function phaseOf(m: MunicipalityFile | undefined): Phase {
  if (!m) return "absent";
  const state = lifecycleState(m);
  if (state === "decommissioning" && m.lifecycle?.finalBackup) return "final backup recorded";
  return state;
}

export interface LifecycleTransition {
  readonly code: string;
  readonly name: string;
  readonly from: Phase;
  readonly to: Phase;
  /** Why this change may not be made in one step; absent when it may. */
  readonly refused?: string;
}

/**
 * Each municipality whose phase a config change moves. One step forward at a time, because each
 * step is a deploy with its own plan: stop the services, then destroy the data once it is
 * exported, then retire. Going back is allowed only while nothing that holds data is gone.
 */
export function lifecycleTransitions(
  base: readonly MunicipalityFile[],
  current: readonly MunicipalityFile[],
): LifecycleTransition[] {
  const before = new Map(base.map((m) => [m.code, m]));
  const after = new Map(current.map((m) => [m.code, m]));
  const codes = [...new Set([...before.keys(), ...after.keys()])].sort();
  return codes.flatMap((code) => {
    const [from, to] = [phaseOf(before.get(code)), phaseOf(after.get(code))];
    if (from === to) return [];
    const name = (after.get(code) ?? before.get(code))!.displayName;
    const refused = refusal(from, to);
    return [{ code, name, from, to, ...(refused ? { refused } : {}) }];
  });
}

function refusal(from: Phase, to: Phase): string | undefined {
  if (to === "absent") {
    return from === "retired"
      ? "a retired municipality's file is its record for the audit; keep it"
      : "never delete a municipality file: set lifecycle.state to decommissioning, so the next deploy shows what goes";
  }
  if (from === "retired") return "a retired municipality stays retired; onboard a new file for a new tenant";
  if (from === "absent") return to === "active" ? undefined : "a new municipality starts active";
  const step = PHASES.indexOf(to) - PHASES.indexOf(from);
  if (step === 1) return undefined;
  if (step > 1) {
    return `skips ${PHASES.slice(PHASES.indexOf(from) + 1, PHASES.indexOf(to)).join(", ")}: each step is a deploy of its own`;
  }
  return from === "decommissioning" && to === "active"
    ? undefined
    : "the data holders may already be destroyed; going back would create empty ones";
}
