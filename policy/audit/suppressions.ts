/**
 * Suppressions: accepted findings, declared in config with a reason and an approver. A
 * suppressed finding stays in the report; a suppression that matches nothing is itself reported,
 * so stale acceptances do not pile up.
 */
import { Center } from "../../model/center";
import { AuditFinding, Suppressed } from "./rule";

export const UNUSED_SUPPRESSION = {
  id: "RCC-AUD-001",
  level: "warning",
  title: "Every suppression matches a finding",
  rationale: "A suppression of a rule that does not fire hides nothing today and anything tomorrow.",
  fix: "Remove the suppression, or narrow it to the stack and resource that still fire.",
} as const;

interface Declared {
  readonly rule: string;
  readonly stack?: string;
  readonly resource?: string;
  readonly reason: string;
  readonly approvedBy: string;
  /** `center` for the region file, else a municipality code. */
  readonly municipality: string;
  /** `region.yaml`, `municipalities/27110-jung-gu.yaml`: where it is declared, for the report. */
  readonly file: string;
  /** `suppressions[0]`. */
  readonly path: string;
}

/**
 * Marks the findings the config suppresses, and reports each suppression that matches none. In a
 * selective synthesis (`synthesized`: the stacks it wrote), a suppression whose findings could be
 * in a stack it did not write is not reported: it may match there.
 */
export function applySuppressions(
  center: Center,
  findings: readonly AuditFinding[],
  synthesized?: ReadonlySet<string>,
): AuditFinding[] {
  const declared = declaredSuppressions(center);
  const used = new Set<Declared>();
  const applied = findings.map((finding) => {
    const match = declared.find((s) => covers(s, finding));
    if (!match) return finding;
    used.add(match);
    const suppressed: Suppressed = {
      file: match.file,
      scope: match.resource ?? match.stack ?? (match.municipality === "center" ? "region" : "municipality"),
      reason: match.reason,
      approvedBy: match.approvedBy,
    };
    return { ...finding, suppressed };
  });
  const decidable = (s: Declared) => !synthesized || (s.stack !== undefined && synthesized.has(s.stack));
  const unused = declared
    .filter((s) => !used.has(s) && decidable(s))
    .map((s) => ({
      rule: UNUSED_SUPPRESSION.id,
      level: UNUSED_SUPPRESSION.level,
      stack: "config",
      address: `${s.file}: ${s.path}`,
      municipality: s.municipality,
      message: `suppression of ${s.rule}${s.stack ? ` in ${s.stack}` : ""}${s.resource ? ` at ${s.resource}` : ""} matches no finding`,
    }));
  return [...applied, ...unused];
}

function covers(s: Declared, f: AuditFinding): boolean {
  return (
    s.rule === f.rule &&
    s.municipality === f.municipality &&
    (s.stack === undefined || s.stack === f.stack) &&
    (s.resource === undefined || s.resource === f.address)
  );
}

function declaredSuppressions(center: Center): Declared[] {
  const region = (center.region.suppressions ?? []).map((s, i) => ({
    ...s,
    municipality: "center",
    file: "region.yaml",
    path: `suppressions[${i}]`,
  }));
  const municipalities = center.municipalities.flatMap((m) =>
    (m.suppressions ?? []).map((s, i) => ({
      ...s,
      municipality: m.code,
      file: `municipalities/${m.code}-${m.name}.yaml`,
      path: `suppressions[${i}]`,
    })),
  );
  return [...region, ...municipalities];
}
