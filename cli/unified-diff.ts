import { createTwoFilesPatch, FILE_HEADERS_ONLY } from "diff";

/**
 * A unified diff (`---`/`+++` headers, `@@` hunks with 3 lines of context) of one file, as
 * `rcc migrate-config --dry-run` prints it; `patch` and `git apply` read it. Empty when nothing changes.
 */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return "";
  const options = { context: 3, headerOptions: FILE_HEADERS_ONLY };
  return createTwoFilesPatch(file, file, before, after, undefined, undefined, options).trimEnd();
}
