/** The audit's findings as synthesis prints them, to the terminal of `rcc synth` and `cdktf synth` alike. */
import { AuditFinding, countFindings } from "../../policy/audit";

/** `error RCC-NET-001 tenant-27110 openstack_...: message`: the line the synth prints for an open finding. */
export function formatAuditFinding(f: AuditFinding): string {
  return `${f.level} ${f.rule} ${f.stack} ${f.address}: ${f.message}`;
}

/** What synthesis prints after the audit when a finding is open (suppressed ones are the report's to show): open findings, then a count; on failure, that nothing is left to deploy. */
export function auditSummary(findings: readonly AuditFinding[], passed: boolean): string {
  const count = `rcc: audit: ${countFindings(findings)}`;
  return [
    ...findings.filter((f) => !f.suppressed).map(formatAuditFinding),
    passed ? `${count}; see npx rcc audit` : `${count}; the synthesized stacks were removed`,
  ].join("\n");
}
