import * as path from "node:path";
import { STACKS_DIR } from "../../contract/outputs";
import { countProblems, formatProblem } from "../../model/problems";
import { auditSummary } from "../../reports/audit/summary";
import { DEFAULT_OUTDIR, stacksFrom, waveFrom } from "../../synthesis/settings";
import { synthesize } from "../../synthesis/synthesize";
import { Command, CommandIo, OptionValues, stringOption } from "./command";

export const synthCommand: Command = {
  name: "synth",
  summary: "Validate, then write Terraform JSON per stack (in-process; same output as cdktf synth)",
  usage: "rcc synth [--config DIR] [--wave N] [--out DIR] [--stack NAME[,NAME...]]",
  options: { config: { type: "string" }, wave: { type: "string" }, out: { type: "string" }, stack: { type: "string" } },
  run(values, io) {
    const { outdir, stacks } = synthesizeFromOptions(values, io);
    if (!stacks) return 1;
    io.out(`synthesized ${stacks.length} stacks into ${path.join(outdir, STACKS_DIR)}: ${stacks.join(", ")}`);
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
  if (result.findings.some((f) => !f.suppressed)) io.err(auditSummary(result.findings, result.stacks !== undefined));
  return { outdir, stacks: result.stacks };
}
