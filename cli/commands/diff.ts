import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadCenter } from "../../model/load";
import { upgradeConfigDir } from "../../model/migrations/config-dir";
import { ConfigProblem, formatProblem, countProblems } from "../../model/problems";
import { SCHEMA_VERSION } from "../../model/schema/common";
import { modelOf } from "../../policy/audit/reachability";
import { diffMarkdown, diffSyntheses, DiffSide, refusedTransitions } from "../../reports/diff";
import { synthesisPaths } from "../../reports/reachability";
import { BaseConfig, resolveBaseConfig } from "../base-config";
import { DEFAULT_OUTDIR, UsageError } from "../../synthesis/settings";
import { synthesizeForReview } from "../../synthesis/synthesize";
import { Command, CommandIo, stringOption } from "./command";

/** One side of the comparison: its config and, for an older base, its texts upgraded in memory. */
interface Side {
  readonly name: "base" | "current";
  readonly config: BaseConfig;
  readonly texts?: ReadonlyMap<string, string>;
}

export const diffCommand: Command = {
  name: "diff",
  summary:
    "What a config change does: reachability paths it opens and closes; resources added, changed, removed per " +
    "stack; audit findings that appear or go; lifecycle steps (fails on a refused one)",
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
      const sides: Side[] = [
        { name: "base", config: base, texts: upgradedTexts(io, base) },
        { name: "current", config: { dir: configDir, label: configDir } },
      ];
      // Validating both first reports every problem on both sides before the slow part.
      if (!sides.map((side) => validates(io, side)).every(Boolean)) return 1;
      const [before, after] = sides.map((side) => synthesizeSide(side, path.join(scratch, side.name)));
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

/**
 * A base in an older config format is read as `rcc migrate-config` would upgrade it, in memory:
 * reviewing a config's upgrade must show what the upgrade changes, not refuse the base.
 */
function upgradedTexts(io: CommandIo, base: BaseConfig): ReadonlyMap<string, string> {
  const { files, texts } = upgradeConfigDir(base.dir);
  if (files.length === 0) return texts;
  const formats = [...new Set(files.map((f) => f.from))].sort((a, b) => a - b).join(", ");
  io.err(
    `rcc diff: ${files.length} file(s) of the base config (${base.label}) are in an older format (${formats}); ` +
      `compared as \`npx rcc migrate-config\` upgrades them to format ${SCHEMA_VERSION}`,
  );
  return texts;
}

function validates(io: CommandIo, { name, config, texts }: Side): boolean {
  const { problems } = loadCenter(config.dir, { texts });
  if (problems.length === 0) return true;
  io.err(problems.map((p) => formatProblem(atRef(p, config))).join("\n"));
  io.err(`rcc diff: ${countProblems(problems)} problem(s) in the ${name} config (${config.label}); nothing compared`);
  return false;
}

/** One side synthesized for review: the stacks stay even when the audit fails, since a diff shows that too. */
function synthesizeSide({ config, texts }: Side, projectDir: string): DiffSide {
  // Laid out as a project with the default outdir, so backend paths read as `rcc synth` writes them.
  const outdir = path.join(projectDir, DEFAULT_OUTDIR);
  fs.mkdirSync(outdir, { recursive: true });
  const synthesis = synthesizeForReview({ configDir: config.dir, outdir, projectDir, texts });
  if ("problems" in synthesis) throw new Error(`${config.label}: config validated, then failed to load`);
  const { center, stacks } = synthesis;
  return {
    stacks,
    findings: synthesis.findings,
    municipalities: [...center.municipalities, ...center.retired],
    // The audit's model of this synthesis (already built for its rules), traced as the report's matrices are.
    paths: synthesisPaths(center, modelOf({ center, stacks }), new Set(stacks.map((s) => s.name))),
  };
}

/** A problem in a file extracted from a ref, named as git names it (`HEAD:config/region.yaml`), not by its scratch path. */
function atRef(problem: ConfigProblem, config: BaseConfig): ConfigProblem {
  const relative = path.relative(path.resolve(config.dir), path.resolve(problem.file));
  if (!config.atRef || relative.startsWith("..")) return problem;
  return { ...problem, file: `${config.atRef}${relative.split(path.sep).join("/")}` };
}
