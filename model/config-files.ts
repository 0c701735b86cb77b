import * as fs from "node:fs";
import * as path from "node:path";
import { exists, notDirectory, unreadable } from "./config-text";
import { ConfigProblem, displayPath } from "./problems";

export const REGION_FILE = "region.yaml";
export const MUNICIPALITIES_DIR = "municipalities";

/** Which schema a config file follows: `region.yaml`, or one of `municipalities/*.yaml`. */
export type ConfigKind = "region" | "municipality";

export interface ConfigListing {
  readonly region: string;
  /** `municipalities/*.yaml` by name, whatever they are: reading each says when one is not a file. */
  readonly municipalities: string[];
  /** What keeps the directory from being read as a config: region.yaml missing, municipalities/ not a directory, ... */
  readonly problems: ConfigProblem[];
}

const LAYOUT = `a config directory holds ${REGION_FILE} and ${MUNICIPALITIES_DIR}/<code>-<name>.yaml`;

/** The files of a config directory as rcc reads them: region.yaml, then municipalities/*.yaml by name. */
export function configFiles(configDir: string): ConfigListing {
  const region = path.join(configDir, REGION_FILE);
  const dir = path.join(configDir, MUNICIPALITIES_DIR);
  const problems: ConfigProblem[] = [];
  const problem = (file: string, message: string) =>
    problems.push({ file: displayPath(file), line: 1, field: "", message });

  if (!exists(configDir)) {
    problem(region, `file not found; ${LAYOUT}`);
    return { region, municipalities: [], problems };
  }
  const notConfigDir = notDirectory(configDir, LAYOUT);
  if (notConfigDir) {
    problem(configDir, notConfigDir);
    return { region, municipalities: [], problems };
  }
  if (!exists(region)) problem(region, `file not found; ${LAYOUT}`);
  const entries = exists(dir) ? municipalityEntries(dir, (message) => problem(dir, message)) : [];
  for (const entry of entries.filter((e) => e.endsWith(".yml"))) {
    problem(path.join(dir, entry), "municipality files end in .yaml; rename it so it is not silently skipped");
  }
  const municipalities = entries.filter((e) => e.endsWith(".yaml")).map((e) => path.join(dir, e));
  return { region, municipalities, problems };
}

function municipalityEntries(dir: string, problem: (message: string) => void): string[] {
  const wrong = notDirectory(dir, `${MUNICIPALITIES_DIR}/ holds one <code>-<name>.yaml file per municipality`);
  if (wrong) {
    problem(wrong);
    return [];
  }
  try {
    return fs.readdirSync(dir).sort();
  } catch (error) {
    problem(unreadable(error));
    return [];
  }
}
