import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { formatProblem, countProblems } from "../../model/problems";
import { auditReport } from "../../reports/audit/build";
import { writeAuditReport } from "../../reports/audit/write";
import { auditSummary } from "../../reports/audit/summary";
import { waveFrom } from "../../synthesis/settings";
import { synthesizeForReview } from "../../synthesis/synthesize";
import { Command, stringOption } from "./command";

export const DEFAULT_AUDIT_DIR = "audit";

export const auditCommand: Command = {
  name: "audit",
  summary: "Synthesize, run the audit rule pack and write the auditor's report (index.html, report.md, findings.json)",
  usage: "rcc audit [--config DIR] [--wave N] [--out DIR]",
  options: { config: { type: "string" }, wave: { type: "string" }, out: { type: "string" } },
  run(values, io) {
    const configDir = io.configDir(stringOption(values.config));
    const out = stringOption(values.out) ?? DEFAULT_AUDIT_DIR;
    const wave = waveFrom(stringOption(values.wave), io.env);
    // The stacks are synthesized beside, not into cdktf.out: an audit never changes what deploys.
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "rcc-audit-"));
    try {
      const synthesis = synthesizeForReview({ configDir, outdir: scratch, wave });
      if ("problems" in synthesis) {
        io.err(synthesis.problems.map(formatProblem).join("\n"));
        io.err(`rcc: ${countProblems(synthesis.problems)} problem(s) in ${configDir}; no report was written`);
        return 1;
      }
      const report = auditReport(synthesis);
      const files = writeAuditReport(report, out);
      if (synthesis.findings.some((f) => !f.suppressed)) io.err(auditSummary(synthesis.findings, report.passed));
      io.out(`audit ${report.passed ? "passed" : "FAILED"}: wrote ${files.join(", ")}`);
      return report.passed ? 0 : 1;
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  },
};
