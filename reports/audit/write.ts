import * as fs from "node:fs";
import * as path from "node:path";
import { renderHtml } from "./html";
import { renderMarkdown } from "./markdown";
import { AuditReport } from "./types";

/** The machine-readable part: the verdict, the rule pack, every finding, and reachability (intent and each matrix). */
export function findingsJson(report: AuditReport): string {
  const { region, passed, rules, findings } = report;
  const reachability = {
    ...report.reachability,
    matrices: report.municipalities.map((m) => ({ code: m.code, ...m.reachability })),
  };
  return `${JSON.stringify({ region: region.name, passed, rules, findings, reachability }, null, 2)}\n`;
}

/** Writes index.html, report.md and findings.json into `dir`; returns their paths. */
export function writeAuditReport(report: AuditReport, dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: Array<[string, string]> = [
    ["index.html", renderHtml(report)],
    ["report.md", renderMarkdown(report)],
    ["findings.json", findingsJson(report)],
  ];
  return files.map(([name, text]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  });
}
