import * as fs from "node:fs";
import * as path from "node:path";

export const REGION_FILE = "region.yaml";
export const MUNICIPALITIES_DIR = "municipalities";

/** Which schema a config file follows: `region.yaml`, or one of `municipalities/*.yaml`. */
export type ConfigKind = "region" | "municipality";

/** The files of a config directory as rcc reads them: region.yaml, then municipalities/*.yaml by name. */
export function configFiles(configDir: string): { region: string; municipalities: string[] } {
  const dir = path.join(configDir, MUNICIPALITIES_DIR);
  const entries = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  return {
    region: path.join(configDir, REGION_FILE),
    municipalities: entries.filter((e) => e.endsWith(".yaml")).map((e) => path.join(dir, e)),
  };
}
