import { cell } from "./escape";
import {
  capacityTable,
  costsTable,
  exposureTable,
  findingsTable,
  quotasTable,
  resilienceTable,
  rulesTable,
  Table,
  topologyLines,
  verdict,
  wavesTable,
} from "./tables";
import { AuditReport } from "./types";

/** report.md: the page's content for review in a merge request. */
export function renderMarkdown(report: AuditReport): string {
  const { region } = report;
  const lines = [
    `# Audit: ${region.displayName} (${region.name})`,
    "",
    `**${verdict(report)}**`,
    "",
    `DR partner: ${region.drPartner ?? "none"}. Availability zones: ${region.availabilityZones.join(", ")}.`,
    "",
    "## Findings",
    "",
    ...table(findingsTable(report.findings)),
    "## Rule pack",
    "",
    ...table(rulesTable(report)),
    `## Network separation (망분리): ${report.separation.holds ? "holds" : "DOES NOT HOLD"}`,
    "",
    ...report.separation.rules.map((r) => `- ${r.id}: ${r.title}`),
    "",
    "## Quotas and capacity",
    "",
    ...table(capacityTable(report)),
    "## Cost allocation (비용 분담)",
    "",
    ...table(costsTable(report)),
    "## Migration waves",
    "",
    ...table(wavesTable(report)),
    ...report.municipalities.flatMap((m) => [
      `## ${m.displayName} (${m.code})`,
      "",
      `Wave ${m.wave}; stacks ${m.stacks.join(", ")}.`,
      "",
      "### Topology",
      "",
      ...topologyLines(m).map((line) => `- ${line}`),
      "",
      "### Exposed to the internet",
      "",
      ...table(exposureTable(m)),
      `### Separation: ${m.separation.holds ? "holds" : "DOES NOT HOLD"}`,
      "",
      ...m.separation.evidence.map((line) => `- ${line}`),
      "",
      "### Backup and DR (in recovery order)",
      "",
      ...table(resilienceTable(m)),
      "### Quotas",
      "",
      ...table(quotasTable(m)),
    ]),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

function table({ headers, rows, empty }: Table): string[] {
  if (rows.length === 0) return [`_${empty}_`, ""];
  return [
    `| ${headers.map(cell).join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
    "",
  ];
}
