import { Command } from "./command";

/** Placeholder: being written (issue 8). */
export const doctorCommand: Command = {
  name: "doctor",
  summary: "compare the config with the stacks the state backend knows: orphans, leftovers",
  usage: "rcc doctor [--config DIR]",
  options: { config: { type: "string" } },
  run: (_values, io) => {
    io.err("rcc doctor: not implemented yet");
    return 2;
  },
};
