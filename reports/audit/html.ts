import { escapeHtml as h } from "./escape";
import {
  capacityTable,
  costsTable,
  exposureTable,
  findingsTable,
  quotasTable,
  resilienceTable,
  rulesTable,
  Table,
  verdict,
  wavesTable,
} from "./tables";
import { topologySvg } from "./topology-svg";
import { AuditReport, MunicipalityReport } from "./types";

const STYLE = `
body { font: 14px/1.45 system-ui, "Noto Sans KR", sans-serif; margin: 0; color: #212529; }
header { padding: 16px 32px; color: #fff; }
header.passed { background: #2b8a3e; } header.failed { background: #c92a2a; }
main { padding: 8px 32px 48px; max-width: 1400px; }
h1 { margin: 0 0 4px; font-size: 22px; } h2 { margin-top: 36px; border-bottom: 2px solid #dee2e6; }
table { border-collapse: collapse; margin: 8px 0 16px; width: 100%; }
th, td { border: 1px solid #dee2e6; padding: 4px 8px; text-align: left; vertical-align: top; }
td:first-child { white-space: nowrap; }
th { background: #f1f3f5; } tr.muted td { color: #868e96; background: #f8f9fa; }
td.level-error { color: #c92a2a; font-weight: 600; } td.level-warning { color: #e67700; font-weight: 600; }
nav ul { columns: 3; } .verdict-holds { color: #2b8a3e; } .verdict-broken { color: #c92a2a; }
.bar { background: #e9ecef; height: 10px; width: 200px; } .bar span { display: block; height: 10px; background: #1c7ed6; }
svg.topology { max-width: 100%; height: auto; border: 1px solid #dee2e6; background: #fff; }
svg .zone-title { font: 600 15px system-ui, sans-serif; } svg .small { font: 12px system-ui, sans-serif; }
svg .edge { font: 600 13px system-ui, sans-serif; } svg .exposed { fill: #c92a2a; }
`;

/** index.html: one self-contained page (inline CSS and SVG, no scripts, nothing fetched). */
export function renderHtml(report: AuditReport): string {
  const { region } = report;
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
    `<header class="${report.passed ? "passed" : "failed"}">`,
    `<h1>Audit: ${h(region.displayName)} (${h(region.name)})</h1>`,
    `<div id="verdict">${h(verdict(report))}</div>`,
    `<div>DR partner: ${h(region.drPartner ?? "none")} · availability zones: ${h(region.availabilityZones.join(", "))}</div>`,
    "</header>",
    "<main>",
    navigation(report),
    section("findings", "Findings", table(findingsTable(report.findings), "findings")),
    section("rules", "Rule pack", table(rulesTable(report), "rules")),
    section(
      "separation",
      `Network separation (망분리): ${report.separation.holds ? "holds" : "does not hold"}`,
      `<ul>${report.separation.rules.map((r) => `<li>${h(r.id)}: ${h(r.title)}</li>`).join("")}</ul>`,
    ),
    section("capacity", "Quotas and capacity", table(capacityTable(report), "capacity") + capacityBars(report)),
    section("costs", "Cost allocation (비용 분담)", table(costsTable(report), "costs")),
    section("waves", "Migration waves", table(wavesTable(report), "waves")),
    ...report.municipalities.map(municipality),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function navigation(report: AuditReport): string {
  const links = [
    ["findings", "Findings"],
    ["rules", "Rule pack"],
    ["separation", "Separation"],
    ["capacity", "Quotas and capacity"],
    ["costs", "Cost allocation"],
    ["waves", "Migration waves"],
    ...report.municipalities.map((m) => [`m-${m.code}`, `${m.displayName} (${m.code})`]),
  ];
  return `<nav><ul>${links.map(([id, label]) => `<li><a href="#${id}">${h(label)}</a></li>`).join("")}</ul></nav>`;
}

function municipality(m: MunicipalityReport): string {
  const evidence = `<ul>${m.separation.evidence.map((line) => `<li>${h(line)}</li>`).join("")}</ul>`;
  return section(
    `m-${m.code}`,
    `${m.displayName} (${m.code})`,
    [
      `<p>Wave ${m.wave}; stacks ${h(m.stacks.join(", "))}.</p>`,
      "<h3>Topology</h3>",
      topologySvg(m),
      "<h3>Exposed to the internet</h3>",
      table(exposureTable(m), `exposure-${m.code}`),
      `<h3>Separation: <span class="${m.separation.holds ? "verdict-holds" : "verdict-broken"}">${m.separation.holds ? "holds" : "does not hold"}</span></h3>`,
      evidence,
      "<h3>Backup and DR (in recovery order)</h3>",
      table(resilienceTable(m), `resilience-${m.code}`),
      "<h3>Quotas</h3>",
      table(quotasTable(m), `quotas-${m.code}`),
    ].join("\n"),
  );
}

function section(id: string, title: string, body: string): string {
  return `<section id="${h(id)}">\n<h2>${h(title)}</h2>\n${body}\n</section>`;
}

function table({ headers, rows, empty, muted }: Table, id: string): string {
  if (rows.length === 0) return `<p class="empty" data-table="${h(id)}"><em>${h(empty)}</em></p>`;
  const level = headers.indexOf("level");
  const body = rows.map((row, i) => {
    const cells = row.map((c, j) => `<td${j === level ? ` class="level-${h(c)}"` : ""}>${h(c)}</td>`).join("");
    return `<tr${muted?.has(i) ? ' class="muted"' : ""}>${cells}</tr>`;
  });
  return [
    `<table data-table="${h(id)}">`,
    `<thead><tr>${headers.map((c) => `<th>${h(c)}</th>`).join("")}</tr></thead>`,
    `<tbody>${body.join("\n")}</tbody>`,
    "</table>",
  ].join("\n");
}

function capacityBars(report: AuditReport): string {
  const bars = report.capacity.map((c) => {
    const used = c.limit === 0 ? 100 : Math.min(100, Math.round((c.allocated / c.limit) * 100));
    return `<div>${h(c.resource)} <div class="bar" title="${used}%"><span style="width:${used}%"></span></div></div>`;
  });
  return bars.join("\n");
}
