import { ConfigKind } from "../config-files";
import { ConfigProblem } from "../problems";
import { SCHEMA_VERSION } from "../schema/common";
import { parseYaml } from "../yaml-source";
import { editableYaml } from "./editable-yaml";
import { formatVersionOf, newerFormatProblem } from "./format-version";
import { MIGRATIONS } from "./index";
import { Migration } from "./migration";

export interface ConfigUpgrade {
  /** The format the file was written in. */
  readonly from: number;
  /** The file's text in format SCHEMA_VERSION; the same text when it already was. */
  readonly text: string;
  /** The migrations applied, oldest first; none when the file was already current. */
  readonly steps: readonly Migration[];
  /** What each step changed in this file, oldest first. */
  readonly changes: readonly string[];
}

export type UpgradeResult =
  { upgrade: ConfigUpgrade; problems: [] } | { upgrade?: undefined; problems: ConfigProblem[] };

/**
 * One config file's text upgraded to the format this rcc reads, step by step. A file that does
 * not parse, says no usable version or is newer than this rcc cannot be upgraded: its problems say why.
 */
export function upgradeConfigText(file: string, text: string, kind: ConfigKind): UpgradeResult {
  const parsed = parseYaml(file, text);
  if (!parsed.source) return { problems: parsed.problems };
  const found = formatVersionOf(parsed.source);
  if (found === undefined) {
    return {
      problems: [{ file, line: 1, field: "", message: "must be a mapping of fields, schemaVersion among them" }],
    };
  }
  if (found.problem) return { problems: [found.problem] };
  const from = found.version;
  if (from > SCHEMA_VERSION) return { problems: [newerFormatProblem(parsed.source, from)] };
  if (from === SCHEMA_VERSION) return { upgrade: { from, text, steps: [], changes: [] }, problems: [] };

  const editable = editableYaml(text);
  const steps: Migration[] = [];
  for (let version = from; version < SCHEMA_VERSION; version = steps[steps.length - 1].to) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) throw new Error(`rcc has no migration from config format ${version} (model/migrations)`);
    step.migrate(editable.doc, kind);
    if (editable.doc.get("schemaVersion") !== step.to) {
      throw new Error(`the migration from format ${step.from} must set schemaVersion: ${step.to}`);
    }
    steps.push(step);
  }
  const changes = steps.map((step) => step.summary(kind));
  return { upgrade: { from, text: editable.text(), steps, changes }, problems: [] };
}
