/**
 * Sections of hand-written docs that are generated from code or data, between
 * `<!-- generated: NAME (npm run docs) -->` and `<!-- end generated: NAME -->`. Prettier leaves
 * them as written, so the text on disk is exactly what the generator makes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { auditRuleSections } from "./audit-rules";
import { benchResultsSection } from "./bench-results";
import { ROOT } from "./markdown";

/** Every generated section: the file it lives in, its name, its generated lines. */
export function generatedSections(): Array<{ file: string; name: string; lines: string[] }> {
  return [...auditRuleSections("docs/audit.md"), benchResultsSection("CONTRIBUTING.md")];
}

/** Each file holding generated sections, as it reads with every section regenerated. */
export function regeneratedDocs(): Record<string, string> {
  const docs: Record<string, string> = {};
  for (const { file, name, lines } of generatedSections()) {
    const text = docs[file] ?? fs.readFileSync(path.join(ROOT, file), "utf8");
    docs[file] = replaceSection(file, text, name, lines);
  }
  return docs;
}

function replaceSection(file: string, text: string, name: string, lines: string[]): string {
  const start = `<!-- generated: ${name} (npm run docs) -->`;
  const end = `<!-- end generated: ${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: no section "${start}" ... "${end}" to generate into`);
  const body = ["<!-- prettier-ignore-start -->", ...lines, "<!-- prettier-ignore-end -->"].join("\n");
  return `${text.slice(0, from)}${start}\n${body}\n${text.slice(to)}`;
}
