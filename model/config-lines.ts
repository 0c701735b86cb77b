import { readConfigText } from "./config-text";
import { Segment } from "./yaml-lines";
import { parseYaml } from "./yaml-source";

/**
 * The line of a field in a config file, read again from disk: only a finding about the config
 * needs it, long after loading. 1 when the file cannot be read or the field is not there any more.
 */
export function lineOf(file: string, segments: readonly Segment[]): number {
  const { text } = readConfigText(file);
  if (text === undefined) return 1;
  const parsed = parseYaml(file, text);
  return parsed.source ? parsed.source.lineOf(segments) : 1;
}
