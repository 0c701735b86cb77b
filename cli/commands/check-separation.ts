import * as fs from "node:fs";
import {
  checkSeparation,
  formatFinding,
  readSynthOutput,
  SEPARATION_RULES,
  separationReport,
  UnreadableStackError,
} from "../../policy/separation";
import { loadCenter } from "../../model/load";
import { ConfigProblem, countProblems, formatProblem } from "../../model/problems";
import { brokenFlows, centerModel, checkIntent, Stack, stackNameOf } from "../../policy/reach";
import { declaredAt } from "../../policy/reach/declared-at";
import { UsageError } from "../../synthesis/settings";
import { Command, stringOption } from "./command";

export const checkSeparationCommand: Command = {
  name: "check-separation",
  summary:
    "Prove network separation (망분리) from synthesized Terraform (every cdk.tf.json under DIR), and with --config that every flow the config declares is delivered",
  usage: "rcc check-separation DIR [--config CFG] [--json]",
  options: { json: { type: "boolean" }, config: { type: "string" } },
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
    const intent =
      values.config === undefined ? undefined : intentReport(io.configDir(stringOption(values.config)), stacks);
    if (intent && "invalid" in intent) {
      io.err(intent.invalid.map(formatProblem).join("\n"));
      io.err(`rcc: ${countProblems(intent.invalid)} problem(s) in the config; nothing was checked`);
      return 1;
    }
    const holds = report.holds && (intent?.holds ?? true);
    if (values.json) {
      io.out(JSON.stringify(intent ? { ...report, holds, intent } : report, null, 2));
      return holds ? 0 : 1;
    }
    const checked = `${stacks.length} file(s), ${report.resources} resources, ${SEPARATION_RULES.length} rules`;
    if (intent) {
      for (const flow of intent.broken) io.err(`${flow.declaredAt}: ${flow.name}: not delivered: ${flow.blocked}`);
      io.out(
        `intent ${intent.holds ? "holds" : "does NOT hold"}: ${intent.delivered} of ${intent.flows} declared flow(s) delivered`,
      );
    }
    if (findings.length === 0) {
      io.out(`separation holds: ${checked}`);
      return holds ? 0 : 1;
    }
    io.err(findings.map(formatFinding).join("\n"));
    io.err(`separation does NOT hold: ${findings.length} finding(s) in ${checked}`);
    return 1;
  },
};

/** The config's declared flows traced through the stacks: what is delivered, and where each broken one stops. */
interface IntentReport {
  readonly holds: boolean;
  readonly flows: number;
  readonly delivered: number;
  readonly broken: ReadonlyArray<{ name: string; declaredAt: string; blocked: string; hops: readonly object[] }>;
}

function intentReport(configDir: string, stacks: readonly Stack[]): IntentReport | { invalid: ConfigProblem[] } {
  const loaded = loadCenter(configDir);
  if (!loaded.center) return { invalid: loaded.problems };
  const center = loaded.center;
  const results = checkIntent(center, centerModel(center.region, stacks));
  const broken = brokenFlows(results).map((r) => ({
    name: r.flow.name,
    declaredAt: declaredAt(center, r.flow),
    blocked: r.verdict
      ? `${r.verdict.blocked!.text} (${r.verdict.blocked!.address})`
      : `cannot be traced: ${r.unresolved}`,
    hops: (r.verdict?.hops ?? []).map((hop) => ({ ...hop, stack: stackNameOf(hop.stack) })),
  }));
  const delivered = results.filter((r) => r.verdict?.delivered).length;
  return { holds: delivered === results.length, flows: results.length, delivered, broken };
}
