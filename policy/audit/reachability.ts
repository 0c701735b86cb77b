/** One network model per audit, shared by the reachability rules (RCC-RCH-*) and the report. */
import { centerModel, checkIntent, checkIsolation, FlowResult, NetworkModel, Opening } from "../reach";
import { AuditInput } from "./rule";

type Stacks = AuditInput["stacks"];

/** A result computed once per set of stacks: every rule of one audit reads the same. */
function perAudit<T>(compute: (input: AuditInput) => T): (input: AuditInput) => T {
  const results = new WeakMap<Stacks, T>();
  return (input) => {
    if (!results.has(input.stacks)) results.set(input.stacks, compute(input));
    return results.get(input.stacks)!;
  };
}

const names = (input: AuditInput) => new Set(input.stacks.map((s) => s.name));

export const modelOf = perAudit<NetworkModel>((input) => centerModel(input.center.region, input.stacks));
export const intentOf = perAudit<FlowResult[]>((input) => checkIntent(input.center, modelOf(input), names(input)));
export const isolationOf = perAudit<Opening[]>((input) => checkIsolation(input.center, modelOf(input), names(input)));
