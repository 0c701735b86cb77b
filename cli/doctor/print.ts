import { DoctorReport } from "./examine";

/** How many not-deployed stacks the text names before "and N more"; --json lists them all. */
const NOT_DEPLOYED_SHOWN = 10;

/** One line per finding, `error ORPHAN tenant-27999: ...`, then a summary line. */
export function doctorText(report: DoctorReport): string {
  const lines = report.findings.map((f) => `${f.level} ${f.rule} ${f.stack}: ${f.message}`);
  const { notDeployed } = report;
  if (notDeployed.length > 0) {
    const shown = notDeployed.slice(0, NOT_DEPLOYED_SHOWN).join(", ");
    const more = notDeployed.length > NOT_DEPLOYED_SHOWN ? `, and ${notDeployed.length - NOT_DEPLOYED_SHOWN} more` : "";
    const stacks = notDeployed.length === 1 ? "1 planned stack has" : `${notDeployed.length} planned stacks have`;
    lines.push(`notice NOT-DEPLOYED: ${stacks} no state yet (not deployed): ${shown}${more}`);
  }
  const { errors, notices: leftovers } = report;
  const counted = [errors > 0 ? plural(errors, "error") : "", leftovers > 0 ? plural(leftovers, "leftover state") : ""];
  const verdict = errors + leftovers === 0 ? "no orphans" : counted.filter(Boolean).join(", ");
  const states = report.states === 0 ? "no states found" : plural(report.states, "state");
  lines.push(
    `rcc doctor: ${verdict}; ${plural(report.planned, "stack")} planned, ${states} in ${report.location} (${report.backend})`,
  );
  return lines.join("\n");
}

/** The report as JSON for tools: every object's keys in sorted order, so the output is stable. */
export function doctorJson(report: DoctorReport): string {
  return JSON.stringify(report, (_key, value: unknown) => (isPlainObject(value) ? sortedKeys(value) : value), 2);
}

function sortedKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, value[key]]),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
