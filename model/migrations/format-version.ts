import { ConfigProblem } from "../problems";
import { SCHEMA_VERSION } from "../schema/common";
import { shown } from "../shown";
import { YamlSource } from "../yaml-source";

const FIELD = "schemaVersion";

export type FormatVersion = { version: number; problem?: undefined } | { version?: undefined; problem: ConfigProblem };

/**
 * The format a config file says it is written in, or why it says none usable. Undefined when the
 * file is not a mapping at all: that is the schema's to explain.
 */
export function formatVersionOf(source: YamlSource): FormatVersion | undefined {
  const data = source.data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const version: unknown = (data as Record<string, unknown>)[FIELD];
  if (version === undefined) {
    return {
      problem: versionProblem(
        source,
        "required field is missing: the config format the file is written in, a whole number; " +
          `this rcc reads format ${SCHEMA_VERSION} (write ${FIELD}: ${SCHEMA_VERSION} for a file in that format, ` +
          "or an older format's number and run `npx rcc migrate-config`)",
      ),
    };
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return {
      problem: versionProblem(
        source,
        "must be a whole number >= 1, the config format the file is written in; " +
          `this rcc reads format ${SCHEMA_VERSION}; got ${shown(version)}`,
      ),
    };
  }
  return { version };
}

/**
 * Why this rcc cannot read a file as it is: no usable version, or a format other than its own.
 * Checked before the schema, whose messages for a file of another format would only be noise.
 */
export function formatVersionProblem(source: YamlSource): ConfigProblem | undefined {
  const found = formatVersionOf(source);
  if (found?.version === undefined) return found?.problem;
  if (found.version < SCHEMA_VERSION) {
    return versionProblem(
      source,
      `format ${found.version} is older than the format this rcc reads (${SCHEMA_VERSION}): ` +
        "run `npx rcc migrate-config` to upgrade it in place (`--dry-run` shows the change first)",
    );
  }
  if (found.version > SCHEMA_VERSION) return newerFormatProblem(source, found.version);
  return undefined;
}

export function newerFormatProblem(source: YamlSource, version: number): ConfigProblem {
  return versionProblem(
    source,
    `written for a newer rcc (format ${version}); this rcc reads format ${SCHEMA_VERSION}: upgrade rcc`,
  );
}

function versionProblem(source: YamlSource, message: string): ConfigProblem {
  return { file: source.file, line: source.lineOf([FIELD]), field: FIELD, message };
}
