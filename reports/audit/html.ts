/**
 * index.html: the whole report as one self-contained page (inline CSS and SVG; no script, nothing
 * fetched), readable offline and printable. No dates or generated ids: the same report gives the
 * same bytes.
 */
import { escapeHtml as h, money, percent } from "./escape";
import { topologySvg } from "./svg";
import {
  capacityTable,
  coverageTable,
  costsTable,
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
import { AuditReport, MunicipalityReport } from "./types";

const STYLE = `
body { font: 14px/1.45 system-ui, "Noto Sans KR", NanumGothic, sans-serif; margin: 0; color: #212529; }
header { padding: 16px 32px; color: #fff; }
header.pass { background: #2b8a3e; } header.fail { background: #c92a2a; }
header h1 { margin: 0 0 4px; font-size: 22px; }
.badge { display: inline-block; padding: 2px 10px; border-radius: 4px; background: #fff; font-weight: 700; }
header.pass .badge { color: #2b8a3e; } header.fail .badge { color: #c92a2a; }
dl.counts { display: flex; flex-wrap: wrap; gap: 4px 20px; margin: 8px 0 0; }
dl.counts div { display: flex; gap: 6px; } dl.counts dt { opacity: .85; } dl.counts dd { margin: 0; font-weight: 700; }
main { padding: 8px 32px 48px; max-width: 1400px; }
h2 { margin-top: 36px; border-bottom: 2px solid #dee2e6; } h2 small { color: #868e96; font-weight: 400; }
nav ol { columns: 2; }
table { border-collapse: collapse; margin: 8px 0 16px; width: 100%; font-size: 13px; }
table.narrow { width: auto; }
th, td { border: 1px solid #dee2e6; padding: 4px 8px; text-align: left; vertical-align: top; }
td:first-child { white-space: nowrap; }
th { background: #f1f3f5; } td.num { text-align: right; white-space: nowrap; } tfoot td { font-weight: 700; }
td.level-error { color: #c92a2a; font-weight: 600; } td.level-warning { color: #e67700; font-weight: 600; }
tr.suppressed td { color: #868e96; background: #f8f9fa; font-style: italic; }
tr.suppressed td:first-child { border-left: 4px solid #adb5bd; }
.holds { color: #2b8a3e; } .broken { color: #c92a2a; } .empty { color: #495057; }
.bar { width: 220px; height: 12px; background: #e9ecef; border-radius: 2px; overflow: hidden; }
.bar span { display: block; height: 100%; background: #1c7ed6; } .bar.over span { background: #c92a2a; }
figure { margin: 8px 0; overflow-x: auto; } svg.topology { max-width: 100%; height: auto; }
.scroll { overflow-x: auto; } table.matrix { width: auto; } table.matrix td { white-space: nowrap; }
table.matrix th, table.matrix td { font-size: 12px; padding: 3px 5px; }
table.matrix td:first-child { font-weight: 600; background: #f8f9fa; } td.none { color: #adb5bd; text-align: center; }
`;

export function renderHtml(report: AuditReport): string {
  const { region } = report;
  const costs = report.costs;
  const costTotal = costs && ["center total", "", "", money(costs.total, costs.currency), percent(1)];
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Audit: ${h(region.displayName)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    header(report),
    "<main>",
    contents(report),
    section("rules", "Rule pack", table(rulesTable(report), "rules")),
    section("findings", "Findings", table(findingsTable(report.findings), "findings")),
    section(
      "separation",
      `Network separation: ${report.separation.holds ? "holds" : "does not hold"}`,
      list(report.separation.rules.map((r) => `${r.id}: ${r.title}`)),
    ),
    section("capacity", "Quotas and capacity", capacity(report)),
    section("costs", "Cost allocation", table(costsTable(report), "costs", costTotal)),
    section("waves", "Migration waves", table(wavesTable(report), "waves")),
    section(
      "lifecycle",
      "Lifecycle",
      [table(lifecycleTable(report), "lifecycle"), table(leavingTable(report), "leaving")].join("\n"),
    ),
    section("reachability", `Reachability: intent ${intentHolds(report)}`, reachability(report)),
    ...report.municipalities.map(municipality),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function header(report: AuditReport): string {
  const { region, findings } = report;
  const open = findings.filter((f) => !f.suppressed);
  const counts: Array<[string, number]> = [
    ["errors", open.filter((f) => f.level === "error").length],
    ["warnings", open.filter((f) => f.level === "warning").length],
    ["suppressed", findings.length - open.length],
    ["rules", report.rules.length],
    ["municipalities", report.municipalities.length],
    ["stacks", report.source.stacks.length],
    ["resources", report.source.resources],
  ];
  return [
    `<header class="${report.passed ? "pass" : "fail"}">`,
    `<h1>Audit: ${h(region.displayName)} <small>(${h(region.name)}, ${h(region.code)})</small></h1>`,
    `<p id="verdict"><span class="badge">${report.passed ? "PASS" : "FAIL"}</span> ${h(verdict(report))}</p>`,
    `<dl class="counts">${counts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join("")}</dl>`,
    `<p>Availability zones ${h(region.availabilityZones.join(", "))} · DR partner ${h(region.drPartner ?? "none")}</p>`,
    "</header>",
  ].join("\n");
}

function contents(report: AuditReport): string {
  const region = [
    ["rules", "Rule pack"],
    ["findings", "Findings"],
    ["separation", "Network separation"],
    ["capacity", "Quotas and capacity"],
    ["costs", "Cost allocation"],
    ["waves", "Migration waves"],
    ["lifecycle", "Lifecycle"],
    ["reachability", "Reachability"],
  ].map(([id, title]) => `<li><a href="#${id}">${title}</a></li>`);
  const municipalities = report.municipalities.map((m) => {
    const notes = `${m.exposure.length} exposed service(s), separation ${m.separation.holds ? "holds" : "broken"}`;
    return `<li><a href="#m-${h(m.code)}">${h(m.displayName)} (${h(m.code)})</a> <small>${notes}</small></li>`;
  });
  return `<nav id="contents"><h2>Contents</h2><ol>${[...region, ...municipalities].join("\n")}</ol></nav>`;
}

function municipality(m: MunicipalityReport): string {
  const verdict = m.separation.holds ? '<span class="holds">holds</span>' : '<span class="broken">does not hold</span>';
  return [
    `<section id="m-${h(m.code)}" class="municipality">`,
    `<h2>${h(m.displayName)} <small>${h(m.code)} · ${h(m.name)}</small></h2>`,
    `<p>Migration wave ${m.wave} · stacks ${h(m.stacks.join(", "))}</p>`,
    "<h3>Topology</h3>",
    `<figure>${topologySvg(m)}</figure>`,
    "<h3>Exposed to the internet</h3>",
    table(exposureTable(m), `exposure-${m.code}`),
    `<h3>Network separation: ${verdict}</h3>`,
    list(m.separation.evidence),
    "<h3>Backup and DR coverage <small>(in recovery order)</small></h3>",
    table(coverageTable(m), `coverage-${m.code}`),
    "<h3>Quotas</h3>",
    table(quotasTable(m), `quotas-${m.code}`, undefined, "narrow"),
    "<h3>Reachability <small>(what each row reaches in each column, and on what)</small></h3>",
    `<div class="scroll">${table(reachabilityTable(m), `reach-${m.code}`, undefined, "matrix")}</div>`,
    ...(reachabilityNotes(m).length > 0 ? [list(reachabilityNotes(m))] : []),
    "</section>",
  ].join("\n");
}

function intentHolds(report: AuditReport): string {
  return report.reachability.intent.holds ? "holds" : "does not hold";
}

/** The intent check's verdict and each broken flow; the matrices are in the municipalities' sections. */
function reachability(report: AuditReport): string {
  const verdict = report.reachability.intent.holds ? "holds" : "broken";
  return [
    `<p class="${verdict}">${h(intentSummary(report))}.</p>`,
    table(intentTable(report), "intent"),
    `<p>${h(matrixLegend(report))} Each municipality's matrix is in its section.</p>`,
  ].join("\n");
}

/** Quotas against the limit (capacity × overcommit), with a bar for how full it is. */
function capacity(report: AuditReport): string {
  const bars = report.capacity.map((c) => {
    const used = c.limit === 0 ? 1 : c.allocated / c.limit;
    const width = Math.min(100, Math.round(used * 100));
    return `<div class="bar${used > 1 ? " over" : ""}" title="${percent(used)}"><span style="width:${width}%"></span></div>`;
  });
  return table(capacityTable(report), "capacity", undefined, "", bars);
}

function section(id: string, title: string, body: string): string {
  return `<section id="${h(id)}">\n<h2>${h(title)}</h2>\n${body}\n</section>`;
}

function list(items: readonly string[]): string {
  return `<ul>${items.map((item) => `<li>${h(item)}</li>`).join("")}</ul>`;
}

/**
 * A table of text cells; `bars` adds a last column of ready-made HTML. Suppressed findings are the
 * table's muted rows; a `data-table` attribute names each table for tests and for readers' tools.
 */
function table(t: Table, id: string, footer?: readonly string[] | null, cls = "", bars?: readonly string[]): string {
  if (t.rows.length === 0) return `<p class="empty" data-table="${h(id)}"><em>${h(t.empty)}</em></p>`;
  const level = t.headers.indexOf("level");
  const cell = (c: string, j: number) => {
    const kind =
      j === level
        ? ` class="level-${h(c)}"`
        : /^-?[\d,.]+(%| \S+)?$/.test(c)
          ? ' class="num"'
          : c === "—"
            ? ' class="none"'
            : "";
    return `<td${kind}>${h(c)}</td>`;
  };
  const rows = t.rows.map((row, i) => {
    const extra = bars ? `<td>${bars[i]}</td>` : "";
    return `<tr${t.muted?.has(i) ? ' class="suppressed"' : ""}>${row.map(cell).join("")}${extra}</tr>`;
  });
  const headers = [...t.headers, ...(bars ? ["use"] : [])];
  return [
    `<table data-table="${h(id)}"${cls ? ` class="${cls}"` : ""}>`,
    `<thead><tr>${headers.map((c) => `<th>${h(c)}</th>`).join("")}</tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody>`,
    footer ? `<tfoot><tr>${footer.map(cell).join("")}</tr></tfoot>` : "",
    "</table>",
  ]
    .filter(Boolean)
    .join("\n");
}
