// The cdktf app, run by `cdktf synth|diff|deploy` (see cdktf.json). Settings come from the
// environment: RCC_CONFIG_DIR (default ./config), RCC_WAVE and RCC_STACKS; CDKTF_OUTDIR is set by cdktf.
import { countProblems, formatProblem } from "./model/problems";
import { auditSummary } from "./reports/audit/summary";
import { INTERNAL_ERROR_EXIT, internalErrorMessage } from "./synthesis/internal-error";
import { configDirFrom, DEFAULT_OUTDIR, stacksFrom, UsageError, waveFrom } from "./synthesis/settings";
import { synthesize } from "./synthesis/synthesize";

try {
  const result = synthesize({
    configDir: configDirFrom(undefined, process.env),
    outdir: process.env.CDKTF_OUTDIR ?? DEFAULT_OUTDIR,
    wave: waveFrom(undefined, process.env),
    stacks: stacksFrom(undefined, process.env),
  });
  if (result.problems.length > 0) {
    console.error(result.problems.map(formatProblem).join("\n"));
    console.error(`rcc: ${countProblems(result.problems)} problem(s) in the config; nothing was synthesized`);
    process.exitCode = 1;
  }
  if (result.findings.some((f) => !f.suppressed))
    console.error(auditSummary(result.findings, result.stacks !== undefined));
  if (result.problems.length === 0 && result.stacks === undefined) process.exitCode = 1;
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`rcc: ${error.message}`);
    process.exitCode = 2;
  } else {
    console.error(internalErrorMessage(error));
    process.exitCode = INTERNAL_ERROR_EXIT;
  }
}
