import { renderHtml } from "../../reports/audit/html";
import { md, renderMarkdown } from "../../reports/audit/markdown";
import { topologySvg } from "../../reports/audit/svg";
import { AuditReport, MunicipalityReport } from "../../reports/audit/types";
import { findingsJson } from "../../reports/audit/write";
import { auditFixture as report, auditFixtureWithoutCosts } from "./audit-fixture";

const html = renderHtml(report);
const markdown = renderMarkdown(report);
const seoGu = report.municipalities.find((m) => m.code === "27170")!;
const jungGu = report.municipalities.find((m) => m.code === "27110")!;

/** A municipality's section of the page. */
function section(page: string, code: string): string {
  const start = page.indexOf(`<section id="m-${code}"`);
  if (start < 0) throw new Error(`no section for ${code}`);
  return page.slice(start, page.indexOf("</section>", start));
}

/** The body rows of the table named `id`, each as its cells' HTML (entities left as written). */
function rows(page: string, id: string): string[][] {
  const table = new RegExp(`<table data-table="${id}"[^>]*>[\\s\\S]*?<tbody>([\\s\\S]*?)</tbody>`).exec(page);
  if (!table) throw new Error(`no table ${id}`);
  return [...table[1].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]),
  );
}

const decode = (cell: string) =>
  cell.replace(
    /&(lt|gt|quot|#39|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e]!,
  );

function rowTags(page: string, id: string): string[] {
  const table = new RegExp(`<table data-table="${id}"[^>]*>[\\s\\S]*?<tbody>([\\s\\S]*?)</tbody>`).exec(page)!;
  return [...table[1].matchAll(/<tr[^>]*>/g)].map((m) => m[0]);
}

/** The Markdown table under a heading: its lines starting with `|`. */
function markdownTable(text: string, heading: string, after = ""): string[] {
  const from = text.indexOf(heading, after ? text.indexOf(after) : 0);
  if (from < 0) throw new Error(`no heading ${heading}`);
  const lines = text.slice(from).split("\n").slice(1);
  const end = lines.findIndex((line) => line.startsWith("#"));
  return lines.slice(0, end < 0 ? undefined : end).filter((line) => line.startsWith("|"));
}

const unescapedPipes = (line: string) => line.replace(/\\\|/g, "").split("|").length - 1;

function withMunicipality(m: MunicipalityReport, change: Partial<MunicipalityReport>): AuditReport {
  return { ...report, municipalities: report.municipalities.map((x) => (x === m ? { ...x, ...change } : x)) };
}

describe("the audit page", () => {
  it("is one self-contained HTML5 page: doctype, charset, language, no script, nothing to fetch", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|\bsrc=|@import|url\((?!#)/i);
    expect([...html.matchAll(/href="([^"]*)"/g)].every(([, target]) => target.startsWith("#"))).toBe(true);
    expect(new Set(html.match(/https?:\/\/[^"\s)]+/g))).toEqual(new Set(["http://www.w3.org/2000/svg"]));
  });

  it("gives every element id once, so links and the diagrams' arrowheads find theirs", () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toContain("topology-27110-flow");
    expect(ids).toContain("topology-27170-flow");
    expect(ids.length).toBe(new Set(ids).size);
    for (const [, target] of html.matchAll(/(?:href="#|url\(#)([^")]+)/g)) expect(ids).toContain(target);
  });

  it("says pass or fail with the counts in the header", () => {
    expect(html).toMatch(/<header class="pass">[\s\S]*<span class="badge">PASS<\/span>/);
    expect(html).toContain("<dt>errors</dt><dd>0</dd>");
    expect(html).toContain("<dt>warnings</dt><dd>1</dd>");
    expect(html).toContain("<dt>suppressed</dt><dd>1</dd>");
    expect(html).toContain("<dt>municipalities</dt><dd>2</dd>");
    const open = { ...report.findings[0], suppressed: undefined };
    const failed = renderHtml({ ...report, passed: false, findings: [open, report.findings[1]] });
    expect(failed).toMatch(/<header class="fail">[\s\S]*<span class="badge">FAIL<\/span>/);
    expect(failed).toContain("<dt>errors</dt><dd>1</dd>");
  });

  it("lists the rule pack with open and suppressed counts", () => {
    expect(rows(html, "rules").map((r) => [r[0], r[1], r[5], r[6]])).toEqual([
      ["RCC-NET-001", "error", "0", "1"],
      ["RCC-NET-002", "warning", "1", "0"],
      ["RCC-SEP-001", "error", "0", "0"],
    ]);
  });

  it("marks suppressed findings apart, with their reason, approver and file", () => {
    const findings = rows(html, "findings");
    expect(findings).toHaveLength(2);
    expect(rowTags(html, "findings")).toEqual(['<tr class="suppressed">', "<tr>"]);
    expect(findings[0].slice(0, 4)).toEqual([
      "RCC-NET-001",
      "error",
      "dr-27170",
      "openstack_networking_secgroup_rule_v2.homepage-ingress-22",
    ]);
    expect(findings[0][5]).toBe(
      "standby copy stays dark until failover &amp; is firewalled &lt;upstream&gt; | see change CHG-0412 " +
        "(approved by CISO Kim, municipalities/27170-seo-gu.yaml)",
    );
    expect(findings[1][5]).toBe("");
  });

  it("has a contents list and a section per municipality with its diagram, exposure, separation, coverage and quotas", () => {
    for (const m of report.municipalities) {
      expect(html).toContain(`<a href="#m-${m.code}">${m.displayName} (${m.code})</a>`);
      const part = section(html, m.code);
      expect(part).toContain(topologySvg(m));
      for (const line of m.separation.evidence) expect(part).toContain(`<li>${line}</li>`);
      expect(rows(part, `quotas-${m.code}`)).toHaveLength(Object.keys(m.quotas).length);
    }
    const exposure = rows(section(html, "27170"), "exposure-27170");
    expect(exposure.map((r) => r.map(decode).join(" | "))).toEqual(
      seoGu.exposure.map((e) => [e.system, e.address, e.protocol, e.ports, e.through, e.from].join(" | ")),
    );
    expect(section(html, "27110")).toContain("<em>Nothing is reachable from the internet.</em>");
    expect(section(html, "27110")).not.toContain('data-table="exposure-27110"><thead>');
  });

  it("lists backup and DR coverage in recovery order, replication included", () => {
    const coverage = rows(html, "coverage-27170");
    expect(coverage.map((r) => [r[0], r[4], r[7]])).toEqual([
      ["resident-registry (built by rcc)", "volume, container-sync", "1"],
      ["civil-portal", "none", "2"],
      ["payroll (built by rcc)", "none", "2"],
      ["homepage (built by rcc)", "none", "3"],
    ]);
    expect(coverage[0].slice(1, 4).concat(coverage[0].slice(5))).toEqual([
      "C",
      "active-standby x2",
      "hourly, 90 d, RPO 1 h",
      "hot",
      "2 h / 1 h",
      "1",
      "-",
      seoGu.resilience[2].mechanism,
    ]);
    expect(rows(html, "coverage-27110")).toHaveLength(1);
  });

  it("compares quotas with capacity, with a bar capped at full and marked when over", () => {
    expect(rows(html, "capacity").map((r) => r[3])).toEqual(["46.9%", "93.8%", "100.0%"]);
    expect(html).toContain('<div class="bar" title="93.8%"><span style="width:94%"></span></div>');
    const over = { ...report.capacity[0], allocated: 300 };
    const page = renderHtml({ ...report, capacity: [over] });
    expect(page).toContain('<div class="bar over" title="117.2%"><span style="width:100%"></span></div>');
  });

  it("allocates costs per municipality in the currency, or says why there is none", () => {
    expect(rows(html, "costs")).toEqual([
      ["대구광역시 중구 (27110)", "1,720,000 KRW", "923,077 KRW", "2,643,077 KRW", "33.3%"],
      ["대구광역시 서구 (27170)", "3,440,000 KRW", "1,846,154 KRW", "5,286,154 KRW", "66.7%"],
    ]);
    expect(html).toMatch(/<tfoot><tr><td>center total<\/td>.*<td class="num">7,929,231 KRW<\/td>/);
    const without = renderHtml(auditFixtureWithoutCosts);
    expect(without).toMatch(/<section id="costs">[\s\S]*?<p class="empty" data-table="costs"><em>No unit prices/);
    expect(without).not.toContain("KRW");
  });

  it("groups municipalities into migration waves", () => {
    expect(rows(html, "waves")).toEqual([
      ["1", "대구광역시 중구 (27110)"],
      ["2", "대구광역시 서구 (27170)"],
    ]);
  });

  it("gives the intent check's verdict and each broken flow: where declared, the hop that drops it and why", () => {
    expect(html).toContain('<li><a href="#reachability">Reachability</a></li>');
    expect(html).toMatch(
      /<section id="reachability">\n<h2>Reachability: intent does not hold<\/h2>\n<p class="broken">119 of 120 declared flow\(s\) delivered; 1 broken\.<\/p>/,
    );
    const [broken] = report.reachability.intent.broken;
    expect(rows(html, "intent").map((r) => r.map(decode))).toEqual([
      [broken.name, broken.declaredAt, `tenant-27170 ${broken.address}`, broken.hop],
    ]);
    const holds = { ...report.reachability, intent: { holds: true, flows: 120, delivered: 120, broken: [] } };
    const page = renderHtml({ ...report, reachability: holds });
    expect(page).toContain(
      '<h2>Reachability: intent holds</h2>\n<p class="holds">120 of 120 declared flow(s) delivered.</p>',
    );
    expect(page).toContain('<p class="empty" data-table="intent"><em>Every declared flow is delivered.</em></p>');
  });

  it("draws each municipality's reachability matrix: sources as rows, destinations as columns, the packets in each cell", () => {
    const matrix = rows(section(html, "27170"), "reach-27170").map((r) => r.map(decode));
    const names = seoGu.reachability.parties.map((p) => p.name);
    expect(matrix.map((r) => r[0])).toEqual(names);
    expect(html).toContain(`<thead><tr><th>from ↓ to →</th>${names.map((n) => `<th>${n}</th>`).join("")}</tr></thead>`);
    const at = (from: string, to: string) => matrix[names.indexOf(from)][1 + names.indexOf(to)];
    expect(at("civil-portal", "linkage-relay")).toBe("tcp/8443");
    expect(at("internet", "homepage")).toBe("tcp/80, 443");
    expect(at("external zone", "internet")).toBe("tcp/22, 443; udp/53");
    expect(at("internet", "resident-registry")).toBe("—");
    expect(at("homepage", "homepage")).toBe("");
    // An end the stacks do not hold is neither traced from nor to, and the note says why.
    expect(matrix[names.indexOf("payroll")].slice(1).filter((c) => c !== "")).toEqual(names.slice(1).map(() => "?"));
    expect(at("internet", "payroll")).toBe("?");
    expect(section(html, "27170")).toContain(
      "<li>payroll: not traced (no security group 27170-payroll in the stacks of daegu-rcc)</li>",
    );
    expect(section(html, "27170")).toMatch(/<div class="scroll"><table data-table="reach-27170" class="matrix">/);
    expect(section(html, "27170")).toContain('<td class="none">—</td>');
    expect(section(html, "27110")).toContain(
      '<p class="empty" data-table="reach-27110"><em>Its tenant stack is not in this synthesis: nothing was traced.</em></p>',
    );
  });

  it("puts the reachability data in findings.json: the intent verdict and each municipality's matrix", () => {
    const json = JSON.parse(findingsJson(report));
    expect(json.reachability).toEqual({
      ...report.reachability,
      matrices: [
        { code: "27110", ...jungGu.reachability },
        { code: "27170", ...seoGu.reachability },
      ],
    });
  });

  it("escapes every text it is given", () => {
    const hostile = withMunicipality(seoGu, {
      displayName: '<script>alert("x")</script> & co',
      exposure: [{ ...seoGu.exposure[0], through: "</td><td>forged" }],
    });
    const page = renderHtml(hostile);
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("</td><td>forged");
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    expect(rows(section(page, "27170"), "exposure-27170")[0][4]).toBe("&lt;/td&gt;&lt;td&gt;forged");
  });

  it("is deterministic: the same report, or a copy of it, gives the same bytes", () => {
    expect(renderHtml(report)).toBe(html);
    expect(renderHtml(JSON.parse(JSON.stringify(report)))).toBe(html);
  });
});

describe("the topology diagram", () => {
  const svg = topologySvg(seoGu);

  it("is an SVG with a title naming the municipality", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="topology" width="\d+" height="\d+"/);
    expect(svg).toContain('<title id="topology-27170-title">Network topology of 대구광역시 서구 (27170)</title>');
    expect(svg.endsWith("</svg>")).toBe(true);
  });

  it("shows every zone with its CIDR, network, subnet, router and gateway", () => {
    for (const zone of seoGu.topology.zones) {
      for (const text of [zone.cidr, `network ${zone.network}`, `subnet ${zone.subnet}`]) {
        expect(svg).toContain(`>${text}</text>`);
      }
    }
    expect(svg).toContain(">router 27170-external-router</text>");
    expect(svg).toContain(">gateway public-internet (internet)</text>");
    expect(svg).toContain(">gateway admin-backbone</text>");
    expect(svg).toContain(">no router</text>");
    expect(svg).toContain(">no gateway</text>");
    expect([...svg.matchAll(/data-gateway="(\w+)"/g)].map((m) => m[1])).toEqual(["internet", "backbone"]);
  });

  it("draws every linkage flow, with an arrow into and out of the linkage zone", () => {
    for (const flow of seoGu.topology.flows) {
      const what = `${flow.from} → ${flow.to}`;
      expect(svg).toContain(
        `<g data-flow="${what}"><title>linkage flow ${what} ${flow.protocol}/${flow.ports}</title>`,
      );
      expect(svg.split(`data-flow-arrow="${what}"`)).toHaveLength(3);
    }
  });

  it("draws one arrow from the internet per exposed system, labelled with its ports, and none for 중구", () => {
    expect([...svg.matchAll(/data-exposed="([^"]+)"/g)].map((m) => m[1])).toEqual(["civil-portal", "homepage"]);
    expect(svg).toContain(">tcp/80,443</text>");
    expect(svg.match(/>EXPOSED</g)).toHaveLength(2);
    expect(topologySvg(jungGu)).not.toContain("data-exposed=");
    expect(topologySvg(jungGu)).not.toContain(">EXPOSED<");
  });

  it("draws an internal zone whose gateway is the internet as a line to the internet", () => {
    const zones = seoGu.topology.zones.map((z) =>
      z.zone === "internal" ? { ...z, router: { name: "oops", gateway: "public-internet (internet)" } } : z,
    );
    const broken = topologySvg({ ...seoGu, topology: { ...seoGu.topology, zones } });
    expect([...broken.matchAll(/data-gateway="(\w+)"/g)].map((m) => m[1])).toEqual(["internet", "internet"]);
  });

  it("keeps ids apart between municipalities and escapes its text", () => {
    expect(topologySvg(jungGu)).toContain('id="topology-27110-flow"');
    expect(svg).toContain('id="topology-27170-flow"');
    const hostile = topologySvg({
      ...seoGu,
      displayName: "<b>&",
      topology: { ...seoGu.topology, flows: [{ from: 'a<b&c"', to: "payroll", protocol: "tcp", ports: "1" }] },
    });
    expect(hostile).not.toMatch(/<b>|a<b/);
    expect(hostile).toContain("Network topology of &lt;b&gt;&amp; (27170)");
    expect(hostile).toContain('data-flow="a&lt;b&amp;c&quot; → payroll"');
  });

  it("is deterministic", () => {
    expect(topologySvg(JSON.parse(JSON.stringify(seoGu)))).toBe(svg);
  });
});

describe("the Markdown report", () => {
  it("ends with one newline and has no diagram", () => {
    expect(markdown).toMatch(/[^\n]\n$/);
    expect(markdown).not.toContain("<svg");
    expect(
      markdown.startsWith("# Audit: 대구광역시 지역 클라우드 센터 (D-Cloud) (daegu)\n\n**PASSED: 0 error(s)"),
    ).toBe(true);
  });

  it("has a row per rule, finding, exposed service and covered system, and well-formed tables", () => {
    expect(markdownTable(markdown, "## Rule pack")).toHaveLength(2 + report.rules.length);
    expect(markdownTable(markdown, "## Findings")).toHaveLength(2 + report.findings.length);
    expect(markdownTable(markdown, "## Cost allocation")).toHaveLength(2 + 2);
    expect(markdownTable(markdown, "### Exposed to the internet", "## 대구광역시 서구")).toHaveLength(2 + 3);
    expect(markdownTable(markdown, "### Backup and DR coverage", "## 대구광역시 서구")).toHaveLength(2 + 4);
    expect(markdownTable(markdown, "### Backup and DR coverage", "## 대구광역시 중구")).toHaveLength(2 + 1);
    for (const table of markdown.split(/\n\n/).filter((block) => block.startsWith("|"))) {
      const lines = table.trimEnd().split("\n");
      for (const line of lines) expect(unescapedPipes(line)).toBe(unescapedPipes(lines[0]));
    }
  });

  it("escapes |, < and & in cells", () => {
    const suppressed = markdownTable(markdown, "## Findings")[2];
    expect(suppressed).toContain(
      "standby copy stays dark until failover &amp; is firewalled &lt;upstream&gt; \\| see change CHG-0412 " +
        "(approved by CISO Kim, municipalities/27170-seo-gu.yaml)",
    );
    expect(md("a_b _c_ [ ] `x` *y*")).toBe("a_b \\_c\\_ \\[ \\] \\`x\\` \\*y\\*");
  });

  it("says nothing is reachable for 중구 and describes each topology in words", () => {
    const jung = markdown.slice(markdown.indexOf("## 대구광역시 중구"), markdown.indexOf("## 대구광역시 서구"));
    expect(jung).toContain("### Exposed to the internet\n\n_Nothing is reachable from the internet._\n");
    expect(jung).toContain("- flows: none (the zones do not meet)");
    expect(markdown).toContain(
      "- **external** 10.127.2.0/24: network 27170-external, subnet 27170-external-subnet; " +
        "router 27170-external-router, gateway public-internet (internet); " +
        "systems: homepage (grade O, **exposed**), civil-portal (grade S, **exposed**)",
    );
    expect(markdown).toContain(
      "- **linkage** 10.227.0.64/27: network 27170-linkage, subnet 27170-linkage-subnet; no router, no gateway; systems: none",
    );
    expect(markdown).toContain(
      "- flow: civil-portal → resident-registry tcp/8443\n- flow: payroll → homepage tcp/9000-9001",
    );
  });

  it("gives the intent verdict, its broken flows and each municipality's matrix as tables", () => {
    expect(markdown).toContain(
      "## Reachability: intent **DOES NOT HOLD**\n\n119 of 120 declared flow(s) delivered; 1 broken.\n",
    );
    expect(markdownTable(markdown, "## Reachability")).toHaveLength(2 + 1);
    const matrix = markdownTable(markdown, "### Reachability", "## 대구광역시 서구");
    expect(matrix).toHaveLength(2 + seoGu.reachability.parties.length);
    expect(matrix[0]).toBe(`| from ↓ to → | ${seoGu.reachability.parties.map((p) => md(p.name)).join(" | ")} |`);
    expect(matrix).toContain("| internet | tcp/80, 443 | tcp/443 | — | ? | — | — | — |  | — | — |");
    expect(markdown).toContain("- payroll: not traced (no security group 27170-payroll in the stacks of daegu-rcc)");
    const jung = markdown.slice(markdown.indexOf("## 대구광역시 중구"), markdown.indexOf("## 대구광역시 서구"));
    expect(jung).toContain("### Reachability (what each row reaches in each column, and on what)\n\n_Its tenant stack");
  });

  it("says why there is no cost allocation when the region has no prices", () => {
    const without = renderMarkdown(auditFixtureWithoutCosts);
    expect(without).toMatch(/## Cost allocation\n\n_No unit prices in the region file/);
    expect(without).not.toContain("KRW");
    expect(markdown).toContain("Center total: 7,929,231 KRW per month.");
  });

  it("is deterministic", () => {
    expect(renderMarkdown(JSON.parse(JSON.stringify(report)))).toBe(markdown);
  });
});
