import { Center } from "../../model/center";
import { loadCenter } from "../../model/load";
import { formatProblem, countProblems } from "../../model/problems";
import { Command, stringOption } from "./command";

export const validateCommand: Command = {
  name: "validate",
  summary: "Check every config file; list all problems as file:line: field: message",
  usage: "rcc validate [--config DIR]",
  options: { config: { type: "string" } },
  run(values, io) {
    const configDir = io.configDir(stringOption(values.config));
    const { center, problems } = loadCenter(configDir);
    if (!center) {
      io.err(problems.map(formatProblem).join("\n"));
      io.err(`rcc: ${countProblems(problems)} problem(s) in ${configDir}`);
      return 1;
    }
    io.out(summary(configDir, center));
    return 0;
  },
};

function summary(configDir: string, center: Center): string {
  const ms = center.municipalities;
  const waves = [...new Set(ms.map((m) => m.wave))].sort((a, b) => a - b);
  const systems = ms.reduce((n, m) => n + m.systems.length, 0);
  return (
    `${configDir}: valid: region ${center.region.name}, ${ms.length} municipalities, ` +
    `${systems} systems, waves ${waves.join(", ") || "none"}`
  );
}
