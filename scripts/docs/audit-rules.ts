/** The audit rule pack's tables in docs/audit.md, from the rules themselves (id, level, title, rationale, fix). */
import { auditRules } from "../../policy/audit";
import { SEPARATION_RULES } from "../../policy/separation";
import { table } from "./markdown";

/** The pack's own rule id for a separation rule: SEP-001 runs as RCC-SEP-001. */
const packId = (separationId: string) => `RCC-${separationId}`;

export function auditRuleSections(file: string) {
  const pack = auditRules();
  const separation = new Set(SEPARATION_RULES.map((r) => packId(r.id)));
  const levelOf = (id: string) => {
    const rule = pack.find((r) => r.id === id);
    if (!rule) throw new Error(`separation rule ${id} is not in the audit rule pack`);
    return rule.level;
  };
  const [first, last] = [SEPARATION_RULES[0], SEPARATION_RULES[SEPARATION_RULES.length - 1]];
  const levels = [...new Set(SEPARATION_RULES.map((r) => levelOf(packId(r.id))))].join(", ");
  const packRows = [
    ...pack.filter((r) => !separation.has(r.id)).map((r) => [r.id, r.level, r.title, r.rationale, r.fix]),
    [
      `${packId(first.id)} … ${packId(last.id)}`,
      levels,
      `the separation proof's rules, ${first.id} … ${last.id}`,
      "each rule's own: the table below",
      "each rule's own: the table below",
    ],
  ].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return [
    { file, name: "audit-rules", lines: table(["rule", "level", "title", "why", "fix"], packRows) },
    {
      file,
      name: "separation-rules",
      lines: table(
        ["rule", "in the pack", "title", "why", "fix"],
        SEPARATION_RULES.map((r) => [r.id, `${packId(r.id)}, ${levelOf(packId(r.id))}`, r.title, r.why, r.fix]),
      ),
    },
  ];
}
