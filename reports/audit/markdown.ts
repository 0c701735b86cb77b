/**
 * report.md: the page's content as GitHub-flavoured Markdown for a merge request. The tables are
 * the page's (tables.ts), so the two cannot disagree; the diagram becomes a list of zones and flows.
 */
import {
  capacityTable,
  costsTable,
  coverageTable,
  exposureTable,
  findingsTable,
  quotasTable,
  rulesTable,
  Table,
  verdict,
  wavesTable,
  lifecycleTable,
  leavingTable,
  intentSummary,
  intentTable,
  matrixLegend,
  reachabilityNotes,
  reachabilityTable,
} from "./tables";
import { money } from "./escape";
import { AuditReport, MunicipalityReport } from "./types";

/** Text safe in Markdown, inside a table cell or not: no HTML, no emphasis, links or task boxes. */
export function md(text: string | number): string {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*[\]|~]/g, "\\$&")
    .replace(/(^|[^A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (match) => match.replace("_", "\\_"))
    .replace(/\r?\n/g, " ");
}

export function renderMarkdown(report: AuditReport): string {
  const { region } = report;
  const holds = (yes: boolean) => (yes ? "holds" : "**DOES NOT HOLD**");
  const lines = [
    `# Audit: ${md(region.displayName)} (${md(region.name)})`,
    "",
    `**${md(verdict(report))}**`,
    "",
    `Region code ${md(region.code)}; availability zones ${md(region.availabilityZones.join(", "))}; ` +
      `DR partner ${md(region.drPartner ?? "none")}.`,
    "",
    "## Rule pack",
    "",
    ...table(rulesTable(report)),
    "## Findings",
    "",
    ...table(findingsTable(report.findings)),
    `## Network separation: ${holds(report.separation.holds)}`,
    "",
    ...report.separation.rules.map((r) => `- ${md(r.id)}: ${md(r.title)}`),
    "",
    "## Quotas and capacity",
    "",
    ...table(capacityTable(report)),
    "## Cost allocation",
    "",
    ...table(costsTable(report)),
    ...(report.costs ? [`Center total: ${md(money(report.costs.total, report.costs.currency))} per month.`, ""] : []),
    "## Migration waves",
    "",
    ...table(wavesTable(report)),
    "## Lifecycle",
    "",
    ...table(lifecycleTable(report)),
    ...table(leavingTable(report)),
    `## Reachability: intent ${holds(report.reachability.intent.holds)}`,
    "",
    `${md(intentSummary(report))}.`,
    "",
    ...table(intentTable(report)),
    `${md(matrixLegend(report))} Each municipality's matrix is in its section.`,
    "",
    ...report.municipalities.flatMap((m) => [
      `## ${md(m.displayName)} (${md(m.code)})`,
      "",
      `Wave ${m.wave}; stacks ${md(m.stacks.join(", "))}.`,
      "",
      "### Topology",
      "",
      ...topologyText(m),
      "",
      "### Exposed to the internet",
      "",
      ...table(exposureTable(m)),
      `### Network separation: ${holds(m.separation.holds)}`,
      "",
      ...m.separation.evidence.map((line) => `- ${md(line)}`),
      "",
      "### Backup and DR coverage (in recovery order)",
      "",
      ...table(coverageTable(m)),
      "### Quotas",
      "",
      ...table(quotasTable(m)),
      "### Reachability (what each row reaches in each column, and on what)",
      "",
      ...table(reachabilityTable(m)),
      ...reachabilityNotes(m).map((note) => `- ${md(note)}`),
      ...(reachabilityNotes(m).length > 0 ? [""] : []),
    ]),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

/** The diagram in words: internet, the three zones, backbone, then the flows between them. */
function topologyText(m: MunicipalityReport): string[] {
  const zones = m.topology.zones.map((z) => {
    const gateway = z.router?.gateway ? `gateway ${z.router.gateway}` : "no gateway";
    const router = z.router ? `router ${z.router.name}, ${gateway}` : "no router, no gateway";
    const systems = z.systems.map((s) => `${md(s.name)} (grade ${md(s.grade)}${s.exposed ? ", **exposed**" : ""})`);
    return (
      `- **${md(z.zone)}** ${md(z.cidr)}: network ${md(z.network)}, subnet ${md(z.subnet)}; ${md(router)}; ` +
      `systems: ${systems.join(", ") || "none"}`
    );
  });
  const flows = m.topology.flows.map((f) => `- flow: ${md(f.from)} → ${md(f.to)} ${md(`${f.protocol}/${f.ports}`)}`);
  return [...zones, ...(flows.length ? flows : ["- flows: none (the zones do not meet)"])];
}

function table({ headers, rows, empty }: Table): string[] {
  if (rows.length === 0) return [`_${md(empty)}_`, ""];
  return [
    `| ${headers.map(md).join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(md).join(" | ")} |`),
    "",
  ];
}
