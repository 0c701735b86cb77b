import * as path from "node:path";
import { formatProblem, countProblems } from "../../model/problems";
import { AuditFinding, countFindings } from "../../policy/audit";
import { DEFAULT_OUTDIR, stacksFrom, waveFrom } from "../options";
import { synthesize } from "../synthesize";
import { Command, CommandIo, OptionValues, stringOption } from "./command";

export const synthCommand: Command = {
  name: "synth",
  summary: "Validate, then write Terraform JSON per stack (in-process; same output as cdktf synth)",
  usage: "rcc synth [--config DIR] [--wave N] [--out DIR] [--stack NAME[,NAME...]]",
  options: { config: { type: "string" }, wave: { type: "string" }, out: { type: "string" }, stack: { type: "string" } },
  run(values, io) {
    const { outdir, stacks } = synthesizeFromOptions(values, io);
    if (!stacks) return 1;
    io.out(`synthesized ${stacks.length} stacks into ${path.join(outdir, "stacks")}: ${stacks.join(", ")}`);
    return 0;
  },
};

/**
 * Synthesis as every command that needs it does it, from --config, --wave and --out (or their
 * environment variables). On bad config it prints the problems and returns no stacks.
 */
export function synthesizeFromOptions(values: OptionValues, io: CommandIo): { outdir: string; stacks?: string[] } {
  const configDir = io.configDir(stringOption(values.config));
  const outdir = stringOption(values.out) ?? io.env.CDKTF_OUTDIR ?? DEFAULT_OUTDIR;
  const result = synthesize({
    configDir,
    outdir,
    wave: waveFrom(stringOption(values.wave), io.env),
    stacks: stacksFrom(stringOption(values.stack), io.env),
  });
  if (result.problems.length > 0) {
    io.err(result.problems.map(formatProblem).join("\n"));
    io.err(`rcc: ${countProblems(result.problems)} problem(s) in ${configDir}; nothing was synthesized`);
  }
  if (result.findings.length > 0) io.err(auditSummary(result.findings, result.stacks !== undefined));
  return { outdir, stacks: result.stacks };
}

/** `error RCC-NET-001 tenant-27110 openstack_...: message`: the line the synth prints for an open finding. */
export function formatAuditFinding(f: AuditFinding): string {
  return `${f.level} ${f.rule} ${f.stack} ${f.address}: ${f.message}`;
}

/** What synthesis prints after the audit: open findings, then a count; on failure, that nothing is left to deploy. */
export function auditSummary(findings: readonly AuditFinding[], passed: boolean): string {
  const count = `rcc: audit: ${countFindings(findings)}`;
  return [
    ...findings.filter((f) => !f.suppressed).map(formatAuditFinding),
    passed ? `${count}; see npx rcc audit` : `${count}; the synthesized stacks were removed`,
  ].join("\n");
}
