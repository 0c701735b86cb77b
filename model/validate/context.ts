import { ConfigProblem, fieldPath } from "../problems";
import { MunicipalityFile } from "../schema/municipality";
import { RegionFile } from "../schema/region";
import { YamlSource } from "../yaml-source";

/** A config file that passed its schema: typed value plus where its fields live. */
export interface Loaded<T> {
  readonly value: T;
  readonly source: YamlSource;
}

export interface ValidationContext {
  readonly region: Loaded<RegionFile>;
  readonly municipalities: ReadonlyArray<Loaded<MunicipalityFile>>;
}

/** One cross-file check, collecting every problem it finds. */
export type Validator = (context: ValidationContext) => ConfigProblem[];

export function problemAt(
  loaded: Loaded<unknown>,
  segments: ReadonlyArray<string | number>,
  message: string,
): ConfigProblem {
  return { file: loaded.source.file, line: loaded.source.lineOf(segments), field: fieldPath(segments), message };
}
