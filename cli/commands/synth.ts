import * as path from "node:path";
import { formatProblem } from "../../model/problems";
import { DEFAULT_OUTDIR, waveFrom } from "../options";
import { synthesize } from "../synthesize";
import { Command, stringOption } from "./command";

export const synthCommand: Command = {
  name: "synth",
  summary: "Validate, then write Terraform JSON per stack (in-process; same output as cdktf synth)",
  usage: "rcc synth [--config DIR] [--wave N] [--out DIR]",
  options: { config: { type: "string" }, wave: { type: "string" }, out: { type: "string" } },
  run(values, io) {
    const configDir = io.configDir(stringOption(values.config));
    const outdir = stringOption(values.out) ?? io.env.CDKTF_OUTDIR ?? DEFAULT_OUTDIR;
    const result = synthesize({ configDir, outdir, wave: waveFrom(stringOption(values.wave), io.env) });
    if (!result.stacks) {
      io.err(result.problems.map(formatProblem).join("\n"));
      io.err(`rcc: ${result.problems.length} problem(s) in ${configDir}; nothing was synthesized`);
      return 1;
    }
    io.out(
      `synthesized ${result.stacks.length} stacks into ${path.join(outdir, "stacks")}: ${result.stacks.join(", ")}`,
    );
    return 0;
  },
};
