import { ConfigProblem, fieldPath } from "./problems";
import { codePoint } from "./shown";
import { YamlSource } from "./yaml-source";

/**
 * Control characters that a quoted YAML escape (`"\e"`, `"\0"`, `"\u202e"`) can still put in a
 * value: C0 and C1 controls but tab and line feed, and the bidirectional overrides and isolates,
 * which make a name read differently in a terminal or a report than it is.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * What can put one there: an escape in a quoted scalar, or a character YAML itself lets through
 * (a carriage return, NEL, a bidirectional control). A text without any is not walked at all.
 */
const MAY_HOLD_CONTROL = /[\\\r\u0085\u202a-\u202e\u2066-\u2069]/;

/** One problem per key or string value holding a control character, at its line. */
export function controlCharacterProblems(source: YamlSource, text: string): ConfigProblem[] {
  if (!MAY_HOLD_CONTROL.test(text)) return [];
  const problems: ConfigProblem[] = [];
  const report = (segments: Array<string | number>, text: string) => {
    const match = CONTROL.exec(text);
    if (!match) return;
    problems.push({
      file: source.file,
      line: source.lineOf(segments),
      field: fieldPath(segments),
      message:
        `holds the control character ${codePoint(match[0].charCodeAt(0))} at character ${match.index + 1}: ` +
        "config values are printable text (tabs and line breaks allowed); remove it",
    });
  };
  // Iterative: an alias shares its value, so a walk sees it once per use (LIMITS.aliasNodes bounds that).
  const pending: Array<[unknown, Array<string | number>]> = [[source.data, []]];
  while (pending.length > 0) {
    const [value, segments] = pending.pop()!;
    if (typeof value === "string") report(segments, value);
    else if (Array.isArray(value)) value.forEach((item, i) => pending.push([item, [...segments, i]]));
    else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        report([...segments, key], key);
        pending.push([item, [...segments, key]]);
      }
    }
  }
  return problems;
}
