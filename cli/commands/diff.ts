import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadCenter } from "../../model/load";
import { ConfigProblem, formatProblem } from "../../model/problems";
import { diffMarkdown, diffSyntheses, DiffSide, refusedTransitions } from "../../reports/diff";
import { BaseConfig, resolveBaseConfig } from "../base-config";
import { DEFAULT_OUTDIR, UsageError } from "../options";
import { synthesizeForReview } from "../synthesize";
import { Command, CommandIo, stringOption } from "./command";

export const diffCommand: Command = {
  name: "diff",
  summary:
    "What a config change does: resources added, changed, removed per stack; audit findings that appear or go; " +
    "lifecycle steps (fails on a refused one)",
  usage: "rcc diff --base DIR|REF [--config DIR] [--json]",
  options: { base: { type: "string" }, config: { type: "string" }, json: { type: "boolean" } },
  run(values, io) {
    const baseOption = stringOption(values.base);
    if (!baseOption) throw new UsageError("--base is required: a config directory or a git ref (HEAD, main, a tag)");
    const configDir = io.configDir(stringOption(values.config));
    // Both sides are synthesized beside, not into cdktf.out: a diff never changes what deploys.
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "rcc-diff-"));
    try {
      const base = resolveBaseConfig(baseOption, configDir, scratch);
      const sides = { base, current: { dir: configDir, label: configDir } };
      // Validating both first reports every problem on both sides before the slow part.
      const valid = Object.entries(sides).map(([side, config]) => validates(io, side, config));
      if (valid.includes(false)) return 1;
      const before = synthesizeSide(base, path.join(scratch, "base"));
      const after = synthesizeSide(sides.current, path.join(scratch, "current"));
      const diff = diffSyntheses(before, after);
      const labels = { base: base.label, current: configDir };
      io.out(values.json ? JSON.stringify({ ...labels, ...diff }, null, 2) : diffMarkdown(diff, labels).trimEnd());
      const refused = refusedTransitions(diff);
      if (refused.length > 0) io.err(`rcc diff: ${refused.length} lifecycle step(s) refused; see Lifecycle above`);
      return refused.length > 0 ? 1 : 0;
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  },
};

function validates(io: CommandIo, side: string, config: BaseConfig): boolean {
  const { problems } = loadCenter(config.dir);
  if (problems.length === 0) return true;
  io.err(problems.map((p) => formatProblem(atRef(p, config))).join("\n"));
  io.err(`rcc diff: ${problems.length} problem(s) in the ${side} config (${config.label}); nothing compared`);
  return false;
}

/** One side synthesized for review: the stacks stay even when the audit fails, since a diff shows that too. */
function synthesizeSide(config: BaseConfig, projectDir: string): DiffSide {
  // Laid out as a project with the default outdir, so backend paths read as `rcc synth` writes them.
  const outdir = path.join(projectDir, DEFAULT_OUTDIR);
  fs.mkdirSync(outdir, { recursive: true });
  const synthesis = synthesizeForReview({ configDir: config.dir, outdir, projectDir });
  if ("problems" in synthesis) throw new Error(`${config.label}: config validated, then failed to load`);
  const { center } = synthesis;
  return {
    stacks: synthesis.stacks,
    findings: synthesis.findings,
    municipalities: [...center.municipalities, ...center.retired],
  };
}

/** A problem in a file extracted from a ref, named as git names it (`HEAD:config/region.yaml`), not by its scratch path. */
function atRef(problem: ConfigProblem, config: BaseConfig): ConfigProblem {
  const relative = path.relative(path.resolve(config.dir), path.resolve(problem.file));
  if (!config.atRef || relative.startsWith("..")) return problem;
  return { ...problem, file: `${config.atRef}${relative.split(path.sep).join("/")}` };
}
