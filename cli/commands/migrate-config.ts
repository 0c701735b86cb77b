import * as fs from "node:fs";
import { exists } from "../../model/config-text";
import { loadCenter } from "../../model/load";
import { UpgradedFile, upgradeConfigDir } from "../../model/migrations/config-dir";
import { ConfigProblem, displayPath, formatProblem, countProblems } from "../../model/problems";
import { SCHEMA_VERSION } from "../../model/schema/common";
import { UsageError } from "../../synthesis/settings";
import { unifiedDiff } from "../unified-diff";
import { Command, CommandIo, stringOption } from "./command";

export const migrateConfigCommand: Command = {
  name: "migrate-config",
  summary: "Upgrade config files to the format this rcc reads, in place; --dry-run shows the diff and writes nothing",
  usage: "rcc migrate-config [--config DIR] [--dry-run]",
  options: { config: { type: "string" }, "dry-run": { type: "boolean" } },
  run(values, io) {
    const configDir = io.configDir(stringOption(values.config));
    if (!exists(configDir)) {
      throw new UsageError(`no config directory at ${configDir}: it holds region.yaml and municipalities/*.yaml`);
    }
    const upgrade = upgradeConfigDir(configDir);
    if (upgrade.problems.length > 0) {
      return refuse(io, upgrade.problems, `${countProblems(upgrade.problems)} problem(s) in ${configDir}`);
    }
    if (upgrade.files.length === 0) {
      io.out(`${configDir}: nothing to migrate; every file is already format ${SCHEMA_VERSION}`);
      return 0;
    }
    // The whole center must validate as migrated before a single file is written.
    const loaded = loadCenter(configDir, { texts: upgrade.texts });
    if (!loaded.center) {
      return refuse(io, loaded.problems, "the migrated config would not validate (lines as in the migrated files)");
    }
    return values["dry-run"] === true ? preview(io, configDir, upgrade.files) : write(io, configDir, upgrade.files);
  },
};

function preview(io: CommandIo, configDir: string, files: readonly UpgradedFile[]): number {
  for (const f of files) io.out(unifiedDiff(displayPath(f.file), f.before, f.after));
  for (const f of files) io.out(summary(f));
  io.out(
    `rcc migrate-config --dry-run: would upgrade ${files.length} file(s) in ${configDir} to format ` +
      `${SCHEMA_VERSION} (the result validates); nothing was written`,
  );
  return 0;
}

function write(io: CommandIo, configDir: string, files: readonly UpgradedFile[]): number {
  // Checked first, so a read-only file never leaves the config half migrated.
  const unwritable = files.filter((f) => !isWritable(f.file)).map((f) => displayPath(f.file));
  if (unwritable.length > 0) {
    io.err(`rcc migrate-config: cannot write ${unwritable.join(", ")}; nothing was written`);
    return 1;
  }
  for (const f of files) fs.writeFileSync(f.file, f.after);
  for (const f of files) io.out(summary(f));
  io.out(
    `rcc migrate-config: upgraded ${files.length} file(s) in ${configDir} to format ${SCHEMA_VERSION}; the config validates`,
  );
  return 0;
}

/** `config/region.yaml: format 2 → 3 (set schemaVersion: 3; ...)` */
function summary(f: UpgradedFile): string {
  const done = f.changes.join("; ");
  return `${displayPath(f.file)}: format ${f.from} → ${SCHEMA_VERSION} (${done})`;
}

function refuse(io: CommandIo, problems: readonly ConfigProblem[], why: string): number {
  io.err(problems.map(formatProblem).join("\n"));
  io.err(`rcc migrate-config: ${why}; nothing was written`);
  return 1;
}

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
