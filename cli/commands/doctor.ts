import { loadCenter } from "../../model/load";
import { formatProblem, countProblems } from "../../model/problems";
import { examineStates } from "../doctor/examine";
import { doctorJson, doctorText } from "../doctor/print";
import { StateBackendError } from "../state-inventory/errors";
import { stateInventory } from "../state-inventory/state-inventory";
import { Command, stringOption } from "./command";

/**
 * A municipality leaves through its file's lifecycle, never by deleting the file; this catches
 * the mistake after the fact. Each stack keeps its own state, so the backend knows every stack
 * ever deployed: one the config no longer plans is never touched by a deploy again.
 */
export const doctorCommand: Command = {
  name: "doctor",
  summary:
    "Compare the config with the stacks the state backend knows: orphaned infrastructure " +
    "(a deleted municipality file, a retired one still holding resources), leftover states",
  usage: "rcc doctor [--config DIR] [--json]",
  options: { config: { type: "string" }, json: { type: "boolean" } },
  async run(values, io) {
    const configDir = io.configDir(stringOption(values.config));
    const { center, problems } = loadCenter(configDir);
    if (!center) {
      io.err(problems.map(formatProblem).join("\n"));
      io.err(`rcc: ${countProblems(problems)} problem(s) in ${configDir}; no states were read`);
      return 1;
    }
    try {
      // Local states are under the directory rcc runs from, where the synthesized backends put them.
      const inventory = stateInventory(center.region.state, { projectDir: process.cwd() });
      const report = await examineStates(center, configDir, inventory);
      io.out(values.json ? doctorJson(report) : doctorText(report));
      return report.errors > 0 ? 1 : 0;
    } catch (error) {
      if (!(error instanceof StateBackendError)) throw error;
      io.err(`rcc doctor: ${error.message}`);
      return 1;
    }
  },
};
