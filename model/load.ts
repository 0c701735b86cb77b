import { TSchema } from "@sinclair/typebox";
import { Center } from "./center";
import { configFiles } from "./config-files";
import { exists, readConfigText } from "./config-text";
import { lifecycleState } from "./lifecycle";
import { upgradeConfigDir } from "./migrations/config-dir";
import { formatVersionProblem } from "./migrations/format-version";
import { checkPartnership } from "./partner";
import { append, ConfigProblem, displayPath, limitPerFile, sortProblems } from "./problems";
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
  const listing = configFiles(configDir);
  const problems: ConfigProblem[] = [...listing.problems];
  if (problems.length > 0 && !exists(listing.region)) return { problems: limitPerFile(sortProblems(problems)) };
  const read = (file: string): string | undefined => {
    const given = options.texts?.get(file);
    if (given !== undefined) return given;
    const { text, problem } = readConfigText(file);
    if (problem) problems.push(problem);
    return text;
  };
  const region = loadFile<RegionFile>(listing.region, read(listing.region), RegionSchema, problems);
  const municipalities = listing.municipalities
    .map((file) => loadFile<MunicipalityFile>(file, read(file), MunicipalitySchema, problems))
    .filter((m): m is Loaded<MunicipalityFile> => m !== undefined);

  if (region) {
    for (const validate of VALIDATORS) append(problems, validate({ region, municipalities }));
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
  if (problems.length > 0 || !region) return { problems: limitPerFile(sortProblems(problems)) };
  const sorted = municipalities.map((m) => m.value).sort((a, b) => a.code.localeCompare(b.code));
  const isRetired = (m: MunicipalityFile) => lifecycleState(m) === "retired";
  return {
    center: {
      region: region.value,
      municipalities: sorted.filter((m) => !isRetired(m)),
      retired: sorted.filter(isRetired),
      sources: {
        region: region.source.file,
        municipalities: Object.fromEntries(municipalities.map((m) => [m.value.code, m.source.file])),
      },
    },
    problems: [],
  };
}

function loadFile<T>(
  file: string,
  text: string | undefined,
  schema: TSchema,
  problems: ConfigProblem[],
): Loaded<T> | undefined {
  if (text === undefined) return undefined;
  const parsed = parseYaml(displayPath(file), text);
  if (!parsed.source) {
    append(problems, parsed.problems);
    return undefined;
  }
  // A file of another format is explained by its version alone; the schema's complaints would be noise.
  const versionProblem = formatVersionProblem(parsed.source);
  if (versionProblem) {
    problems.push(versionProblem);
    return undefined;
  }
  const schemaProblems = checkSchema(schema, parsed.source);
  append(problems, schemaProblems);
  return schemaProblems.length > 0 ? undefined : { value: parsed.source.data as T, source: parsed.source };
}
