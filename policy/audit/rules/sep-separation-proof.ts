import { SEPARATION_RULES } from "../../separation";
import { at, AuditRule } from "../rule";

/** The separation proof's rules (SEP-00N) as rules of the pack (RCC-SEP-00N): 망분리 fails the synth. */
export const separationProof: AuditRule[] = SEPARATION_RULES.map((rule) => ({
  id: `RCC-${rule.id}`,
  level: "error",
  title: rule.title,
  rationale: rule.why,
  fix: rule.fix,
  check: ({ stacks }) =>
    stacks.flatMap((stack) =>
      rule.check(stack).map((finding) => at(stack, stack.byAddress.get(finding.address)!, finding.message)),
    ),
}));
