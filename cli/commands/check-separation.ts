import * as fs from "node:fs";
import {
  checkSeparation,
  formatFinding,
  readSynthOutput,
  SEPARATION_RULES,
  separationReport,
  UnreadableStackError,
} from "../../policy/separation";
import { UsageError } from "../../synthesis/settings";
import { Command } from "./command";

export const checkSeparationCommand: Command = {
  name: "check-separation",
  summary: "Prove network separation (망분리) from synthesized Terraform: every cdk.tf.json under DIR",
  usage: "rcc check-separation DIR [--json]",
  options: { json: { type: "boolean" } },
  positionals: true,
  run(values, io, positionals) {
    if (positionals.length !== 1) throw new UsageError("give one directory, e.g. cdktf.out");
    const [dir] = positionals;
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${dir}: no such directory`);
    let stacks;
    try {
      stacks = readSynthOutput(dir);
    } catch (error) {
      if (!(error instanceof UnreadableStackError)) throw error;
      io.err(`rcc check-separation: ${error.message}`);
      return 2;
    }
    if (stacks.length === 0) throw new UsageError(`${dir}: no cdk.tf.json found; run a synth first`);
    const findings = checkSeparation(stacks);
    const report = separationReport(stacks, findings);
    if (values.json) {
      io.out(JSON.stringify(report, null, 2));
      return report.holds ? 0 : 1;
    }
    const checked = `${stacks.length} file(s), ${report.resources} resources, ${SEPARATION_RULES.length} rules`;
    if (findings.length === 0) {
      io.out(`separation holds: ${checked}`);
      return 0;
    }
    io.err(findings.map(formatFinding).join("\n"));
    io.err(`separation does NOT hold: ${findings.length} finding(s) in ${checked}`);
    return 1;
  },
};
