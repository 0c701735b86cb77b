import { configFiles, ConfigKind } from "../config-files";
import { exists, readConfigText } from "../config-text";
import { append, ConfigProblem, displayPath, limitPerFile, sortProblems } from "../problems";
import { Migration } from "./migration";
import { upgradeConfigText } from "./upgrade";

/** A config file in an older format, and its text in the format this rcc reads. */
export interface UpgradedFile {
  /** The path as joined from the config directory (the key `loadCenter`'s `texts` takes). */
  readonly file: string;
  readonly from: number;
  readonly before: string;
  readonly after: string;
  readonly steps: readonly Migration[];
  /** What each step changed in this file. */
  readonly changes: readonly string[];
}

export interface ConfigDirUpgrade {
  /** Files that cannot be upgraded: unparsable, no usable schemaVersion, or newer than this rcc. */
  readonly problems: readonly ConfigProblem[];
  /** Only the files the upgrade changes, region.yaml first. */
  readonly files: readonly UpgradedFile[];
  /** The upgraded texts by path, for `loadCenter(dir, { texts })`. */
  readonly texts: ReadonlyMap<string, string>;
}

/**
 * Every file of a config directory upgraded in memory, nothing written: what `rcc migrate-config`
 * would write, and how an older config (a partner center's, a diff's base) is read meanwhile.
 */
export function upgradeConfigDir(configDir: string): ConfigDirUpgrade {
  const { region, municipalities, problems: listed } = configFiles(configDir);
  const byKind: Array<[string, ConfigKind]> = [
    ...(exists(region) ? [[region, "region"] as [string, ConfigKind]] : []),
    ...municipalities.map((file): [string, ConfigKind] => [file, "municipality"]),
  ];
  const problems: ConfigProblem[] = [...listed];
  const files: UpgradedFile[] = [];
  for (const [file, kind] of byKind) {
    const { text: before, problem } = readConfigText(file);
    if (before === undefined) {
      problems.push(problem);
      continue;
    }
    const result = upgradeConfigText(displayPath(file), before, kind);
    append(problems, result.problems);
    const upgrade = result.upgrade;
    if (!upgrade || upgrade.steps.length === 0) continue;
    files.push({
      file,
      from: upgrade.from,
      before,
      after: upgrade.text,
      steps: upgrade.steps,
      changes: upgrade.changes,
    });
  }
  return { problems: limitPerFile(sortProblems(problems)), files, texts: new Map(files.map((f) => [f.file, f.after])) };
}
