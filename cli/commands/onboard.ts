import * as fs from "node:fs";
import * as path from "node:path";
import { MUNICIPALITIES_DIR } from "../../model/config-files";
import { loadCenter } from "../../model/load";
import { onboardMunicipality } from "../../model/onboard";
import { countProblems, displayPath, formatProblem } from "../../model/problems";
import { UsageError, waveFrom } from "../../synthesis/settings";
import { Command, stringOption } from "./command";

export const onboardCommand: Command = {
  name: "onboard",
  summary: "Write a new municipality file with free address ranges and defaults that validate",
  usage: 'rcc onboard --code 27110 --name jung-gu --display "대구광역시 중구" [--wave N] [--config DIR]',
  options: {
    code: { type: "string" },
    name: { type: "string" },
    display: { type: "string" },
    wave: { type: "string" },
    config: { type: "string" },
  },
  run(values, io) {
    const [code, name, display] = [values.code, values.name, values.display].map(stringOption);
    if (code === undefined || name === undefined || display === undefined) {
      throw new UsageError("--code, --name and --display are required");
    }
    const configDir = io.configDir(stringOption(values.config));
    const before = loadCenter(configDir);
    if (!before.center) {
      io.err(before.problems.map(formatProblem).join("\n"));
      io.err(`rcc: fix the ${countProblems(before.problems)} problem(s) in ${configDir} before onboarding`);
      return 1;
    }
    const wave = waveFrom(stringOption(values.wave), {}) ?? 1;
    const result = onboardMunicipality(before.center, { code, name, displayName: display, wave });
    if (result.error !== undefined) {
      io.err(`rcc onboard: ${result.error}; nothing was written`);
      return 1;
    }
    const file = path.join(configDir, MUNICIPALITIES_DIR, result.fileName);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, result.text, { flag: "wx" });
    // The whole center must still validate (capacity above all); otherwise take the file back.
    const after = loadCenter(configDir);
    if (!after.center) {
      fs.rmSync(file);
      io.err(after.problems.map(formatProblem).join("\n"));
      io.err(`rcc onboard: the center would not validate with ${result.fileName}; nothing was written`);
      return 1;
    }
    const added = after.center.municipalities.find((m) => m.code === code)!;
    io.out(
      `wrote ${displayPath(file)}: internal ${added.addressing.internal}, external ${added.addressing.external}, ` +
        `linkage ${added.addressing.linkage}, wave ${wave}; ` +
        "fill in its contacts, quotas and systems, then run rcc validate",
    );
    return 0;
  },
};
