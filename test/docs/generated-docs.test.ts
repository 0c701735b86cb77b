import * as fs from "node:fs";
import * as path from "node:path";
import { auditRules } from "../../policy/audit";
import { SEPARATION_RULES } from "../../policy/separation";
import { regeneratedDocs } from "../../scripts/docs/sections";
import { ROOT } from "./markdown";

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

describe("sections of the docs generated from code and data", () => {
  it.each(Object.entries(regeneratedDocs()))(
    "%s is up to date (run `npm run docs` after changing a rule or bench/results.json)",
    (file, content) => {
      expect(read(file)).toBe(content);
    },
  );

  it("the audit doc lists every rule of the pack and of the separation proof, with its level and fix", () => {
    const audit = read("docs/audit.md");
    const rows = (id: string) => audit.split("\n").filter((line) => line.startsWith(`| ${id} |`));
    for (const rule of auditRules().filter((r) => !r.id.startsWith("RCC-SEP-"))) {
      expect(rows(rule.id)).toEqual([expect.stringContaining(`| ${rule.level} | ${rule.title} |`)]);
      expect(rows(rule.id)[0]).toContain(rule.fix);
    }
    for (const rule of SEPARATION_RULES) {
      expect(rows(rule.id)).toEqual([expect.stringContaining(`| RCC-${rule.id}, error | ${rule.title} |`)]);
      expect(rows(rule.id)[0]).toContain(rule.fix);
    }
  });
});
