import * as fs from "node:fs";
import * as path from "node:path";
import { TSchema } from "@sinclair/typebox";
import { Center } from "./center";
import { configFiles, MUNICIPALITIES_DIR, REGION_FILE } from "./config-files";
import { lifecycleState } from "./lifecycle";
import { upgradeConfigDir } from "./migrations/config-dir";
import { formatVersionProblem } from "./migrations/format-version";
import { checkPartnership } from "./partner";
import { ConfigProblem, displayPath, sortProblems } from "./problems";
import { MunicipalityFile, MunicipalitySchema } from "./schema/municipality";
import { RegionFile, RegionSchema } from "./schema/region";
import { checkSchema } from "./schema/validator";
import { VALIDATORS } from "./validate";
import { Loaded } from "./validate/context";
import { parseYaml } from "./yaml-source";

export type LoadResult = { center: Center; problems: [] } | { center?: undefined; problems: ConfigProblem[] };

export interface LoadOptions {
  /** Whether to load and check the DR partner's config too (default true). */
  readonly followPartner?: boolean;
  /**
   * Texts to read instead of files on disk, by path as joined from `configDir`: a change (a
   * migration) is validated as a whole before anything is written.
   */
  readonly texts?: ReadonlyMap<string, string>;
}

/**
 * Reads a config directory (region.yaml + municipalities/*.yaml) and validates all of it,
 * returning either the model or every problem found, sorted by file and line.
 */
export function loadCenter(configDir: string, options: LoadOptions = {}): LoadResult {
  const problems: ConfigProblem[] = [];
  const read = (file: string) => options.texts?.get(file) ?? fs.readFileSync(file, "utf8");
  const { region: regionPath } = configFiles(configDir);
  if (!fs.existsSync(regionPath)) {
    return {
      problems: [
        {
          file: displayPath(regionPath),
          line: 1,
          field: "",
          message: `file not found; a config directory holds ${REGION_FILE} and ${MUNICIPALITIES_DIR}/<code>-<name>.yaml`,
        },
      ],
    };
  }
  const region = loadFile<RegionFile>(regionPath, read(regionPath), RegionSchema, problems);
  const municipalities = municipalityFiles(configDir, problems)
    .map((file) => loadFile<MunicipalityFile>(file, read(file), MunicipalitySchema, problems))
    .filter((m): m is Loaded<MunicipalityFile> => m !== undefined);

  if (region) {
    for (const validate of VALIDATORS) problems.push(...validate({ region, municipalities }));
  }
  if (region && problems.length === 0 && options.followPartner !== false) {
    // The partner center upgrades its files at its own pace: an older format is read as upgraded.
    const load = (dir: string) => loadCenter(dir, { followPartner: false, texts: upgradeConfigDir(dir).texts });
    problems.push(
      ...checkPartnership(
        region,
        municipalities.map((m) => m.value),
        load,
      ),
    );
  }
  if (problems.length > 0 || !region) return { problems: sortProblems(problems) };
  const sorted = municipalities.map((m) => m.value).sort((a, b) => a.code.localeCompare(b.code));
  const isRetired = (m: MunicipalityFile) => lifecycleState(m) === "retired";
  return {
    center: {
      region: region.value,
      municipalities: sorted.filter((m) => !isRetired(m)),
      retired: sorted.filter(isRetired),
    },
    problems: [],
  };
}

function municipalityFiles(configDir: string, problems: ConfigProblem[]): string[] {
  const dir = path.join(configDir, MUNICIPALITIES_DIR);
  for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir).filter((e) => e.endsWith(".yml")) : []) {
    problems.push({
      file: displayPath(path.join(dir, entry)),
      line: 1,
      field: "",
      message: "municipality files end in .yaml; rename it so it is not silently skipped",
    });
  }
  return configFiles(configDir).municipalities;
}

function loadFile<T>(file: string, text: string, schema: TSchema, problems: ConfigProblem[]): Loaded<T> | undefined {
  const parsed = parseYaml(displayPath(file), text);
  if (!parsed.source) {
    problems.push(...parsed.problems);
    return undefined;
  }
  // A file of another format is explained by its version alone; the schema's complaints would be noise.
  const versionProblem = formatVersionProblem(parsed.source);
  if (versionProblem) {
    problems.push(versionProblem);
    return undefined;
  }
  const schemaProblems = checkSchema(schema, parsed.source);
  problems.push(...schemaProblems);
  return schemaProblems.length > 0 ? undefined : { value: parsed.source.data as T, source: parsed.source };
}
