import { Command } from "./command";

/** Placeholder: being written (issue 8). */
export const migrateConfigCommand: Command = {
  name: "migrate-config",
  summary: "upgrade config files to the format this rcc reads",
  usage: "rcc migrate-config [--config DIR] [--dry-run]",
  options: { config: { type: "string" }, "dry-run": { type: "boolean" } },
  run: (_values, io) => {
    io.err("rcc migrate-config: not implemented yet");
    return 2;
  },
};
