import * as fs from "node:fs";
import * as path from "node:path";
import { TSchema } from "@sinclair/typebox";
import { Center } from "./center";
import { lifecycleState } from "./lifecycle";
import { checkPartnership } from "./partner";
import { ConfigProblem, displayPath, sortProblems } from "./problems";
import { MunicipalityFile, MunicipalitySchema } from "./schema/municipality";
import { RegionFile, RegionSchema } from "./schema/region";
import { checkSchema } from "./schema/validator";
import { VALIDATORS } from "./validate";
import { Loaded } from "./validate/context";
import { parseYaml } from "./yaml-source";

export const REGION_FILE = "region.yaml";
export const MUNICIPALITIES_DIR = "municipalities";

export type LoadResult = { center: Center; problems: [] } | { center?: undefined; problems: ConfigProblem[] };

/**
 * Reads a config directory (region.yaml + municipalities/*.yaml) and validates all of it,
 * returning either the model or every problem found, sorted by file and line.
 */
export function loadCenter(configDir: string, options: { followPartner?: boolean } = {}): LoadResult {
  const problems: ConfigProblem[] = [];
  const regionPath = path.join(configDir, REGION_FILE);
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
  const region = loadFile<RegionFile>(regionPath, RegionSchema, problems);
  const municipalities = municipalityFiles(configDir, problems)
    .map((file) => loadFile<MunicipalityFile>(file, MunicipalitySchema, problems))
    .filter((m): m is Loaded<MunicipalityFile> => m !== undefined);

  if (region) {
    for (const validate of VALIDATORS) problems.push(...validate({ region, municipalities }));
  }
  if (region && problems.length === 0 && options.followPartner !== false) {
    const load = (dir: string) => loadCenter(dir, { followPartner: false });
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
  if (!fs.existsSync(dir)) return [];
  const entries = fs.readdirSync(dir).sort();
  for (const entry of entries.filter((e) => e.endsWith(".yml"))) {
    problems.push({
      file: displayPath(path.join(dir, entry)),
      line: 1,
      field: "",
      message: "municipality files end in .yaml; rename it so it is not silently skipped",
    });
  }
  return entries.filter((e) => e.endsWith(".yaml")).map((e) => path.join(dir, e));
}

function loadFile<T>(file: string, schema: TSchema, problems: ConfigProblem[]): Loaded<T> | undefined {
  const parsed = parseYaml(displayPath(file), fs.readFileSync(file, "utf8"));
  if (!parsed.source) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const schemaProblems = checkSchema(schema, parsed.source);
  problems.push(...schemaProblems);
  return schemaProblems.length > 0 ? undefined : { value: parsed.source.data as T, source: parsed.source };
}
