/**
 * The rule pack over one synthesis: every rule's findings, with the config's suppressions
 * applied and unused suppressions reported.
 */
import * as fs from "node:fs";
import { DecommissioningRecord, DECOMMISSIONING_KEY } from "../../contract/decommissioning";
import { stackFile } from "../../contract/outputs";
import { COMMENT_KEY } from "../../contract/terraform-addresses";
import { parseStack } from "../separation";
import { isRecord } from "../separation/terraform";
import { AuditFinding, AuditInput, AuditRule, AuditStack } from "./rule";
import { AUDIT_RULES } from "./rules";
import { applySuppressions, UNUSED_SUPPRESSION } from "./suppressions";

export type { AuditFinding, AuditInput, AuditRule, AuditStack, Level } from "./rule";

/** The synthesized stacks under `<outdir>/stacks`, by name. */
export function readAuditStacks(outdir: string, names: readonly string[]): AuditStack[] {
  return names.map((name) => {
    const file = stackFile(outdir, name);
    const json: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
    const providers = isRecord(json) && isRecord(json.provider) ? json.provider : {};
    const backend = isRecord(json) && isRecord(json.terraform) ? json.terraform.backend : undefined;
    const comment = isRecord(json) && isRecord(json[COMMENT_KEY]) ? json[COMMENT_KEY] : {};
    return {
      name,
      ...parseStack(file, json),
      providers: providers as AuditStack["providers"],
      ...(isRecord(backend) ? { backend } : {}),
      ...(isRecord(comment[DECOMMISSIONING_KEY])
        ? { decommissioning: comment[DECOMMISSIONING_KEY] as unknown as DecommissioningRecord }
        : {}),
    };
  });
}

/** Every finding, suppressed ones included, in a stable order (rule, stack, address, message). */
export function runAudit(input: AuditInput): AuditFinding[] {
  const raised = AUDIT_RULES.flatMap((rule) =>
    rule.check(input).map((finding) => ({ rule: rule.id, level: rule.level, ...finding })),
  );
  const synthesized = input.partial ? new Set(input.stacks.map((s) => s.name)) : undefined;
  return applySuppressions(input.center, raised, synthesized).sort(byPosition);
}

const KEY = ["rule", "stack", "address", "message"] as const;

function byPosition(a: AuditFinding, b: AuditFinding): number {
  for (const key of KEY) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  return 0;
}

/** Every rule the audit applies, the unused-suppression rule included, in id order. */
export function auditRules(): ReadonlyArray<Omit<AuditRule, "check">> {
  return [...AUDIT_RULES, UNUSED_SUPPRESSION]
    .map(({ id, level, title, rationale, fix }) => ({ id, level, title, rationale, fix }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** `2 error(s), 1 warning(s), 0 suppressed`: open findings by level, and how many are suppressed. */
export function countFindings(findings: readonly AuditFinding[]): string {
  const open = findings.filter((f) => !f.suppressed);
  const errors = open.filter((f) => f.level === "error").length;
  return `${errors} error(s), ${open.length - errors} warning(s), ${findings.length - open.length} suppressed`;
}

/** True when no unsuppressed error is left: the synth may go on. */
export function auditPasses(findings: readonly AuditFinding[]): boolean {
  return !findings.some((f) => f.level === "error" && !f.suppressed);
}
