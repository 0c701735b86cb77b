import { constructFromEvents, EVENT_ID, parseEvents, YAMLException } from "js-yaml";
import type { Event } from "js-yaml";
import { LIMITS } from "./limits";
import { ConfigProblem } from "./problems";
import { codePoint, cut } from "./shown";
import { cacheKey, readCached, writeCached } from "./yaml-cache";
import { lineIndex, Segment } from "./yaml-lines";
import { controlCharacterProblems } from "./yaml-text";

/** A parsed YAML file that can say on which line any field path lives. */
export interface YamlSource {
  readonly file: string;
  readonly data: unknown;
  /** Line of the deepest existing node along `segments` (the key's line for map entries); 1 for the file itself. */
  lineOf(segments: readonly Segment[]): number;
}

export type ParseResult = { source: YamlSource; problems: [] } | { source?: undefined; problems: ConfigProblem[] };

/**
 * Parses one YAML document within LIMITS: nesting depth, number of values and what aliases copy
 * are checked on js-yaml's event stream before any value is built, so no file can exhaust the
 * stack, the memory or the time of what reads the values after. Every refusal is a located problem.
 */
export function parseYaml(file: string, text: string): ParseResult {
  const key = cacheKey(text);
  const cached = readCached(key);
  if (cached) {
    // Lines are needed only to report a problem: the text is parsed again then, and only then.
    let lines: YamlSource["lineOf"] | undefined;
    const lineOf: YamlSource["lineOf"] = (segments) => {
      lines ??= (parseText(file, text).source as YamlSource).lineOf;
      return lines(segments);
    };
    return { problems: [], source: { file, data: cached.data, lineOf } };
  }
  const parsed = parseText(file, text);
  if (parsed.source) writeCached(key, parsed.source.data);
  return parsed;
}

function parseText(file: string, text: string): ParseResult {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: LIMITS.depth });
  } catch (error) {
    return { problems: [syntaxProblem(file, text, error)] };
  }
  const lines = lineIndex(text, events);
  const tooMuch = sizeProblem(events, text);
  if (tooMuch) return { problems: [{ file, line: lines.lineAt(tooMuch.offset), field: "", message: tooMuch.message }] };
  let data: unknown;
  try {
    const documents = constructFromEvents(events, { source: text });
    if (documents.length > 1) {
      const message = "holds more than one YAML document (a line `---` starts another): keep one per file";
      return { problems: [{ file, line: lines.lineAt(secondDocumentOffset(events)), field: "", message }] };
    }
    // An empty file is a document of nothing: the schema explains what it should hold.
    data = documents.length === 0 ? null : documents[0];
  } catch (error) {
    return { problems: [syntaxProblem(file, text, error)] };
  }
  const source: YamlSource = { file, data, lineOf: (segments) => lines.lineOf(segments) };
  const problems = controlCharacterProblems(source, text);
  return problems.length > 0 ? { problems } : { source, problems: [] };
}

function syntaxProblem(file: string, text: string, error: unknown): ConfigProblem {
  if (!(error instanceof YAMLException)) throw error;
  const line = error.mark ? error.mark.line + 1 : 1;
  return { file, line, field: "", message: syntaxMessage(error.reason, text, error.mark?.position) };
}

function syntaxMessage(reason: string, text: string, position: number | undefined): string {
  if (reason.startsWith("nesting exceeded maxDepth")) {
    return `nesting is deeper than ${LIMITS.depth} levels of mappings and lists (a config file needs 6): flatten it`;
  }
  if (/non-printable|null byte/.test(reason) && position !== undefined) {
    const code = text.codePointAt(position) ?? 0;
    const column = position - text.lastIndexOf("\n", position - 1);
    return (
      `the character ${codePoint(code)} at column ${column} is not printable, and YAML allows only printable ` +
      "text (tabs and line breaks included): remove it"
    );
  }
  return `YAML syntax error: ${cut(reason, 120)}`;
}

/**
 * Values a file holds and values its aliases copy, counted on the events: a value aliased n times
 * is read n + 1 times by whatever walks the data, so copies count as much as values.
 */
function sizeProblem(events: readonly Event[], text: string): { offset: number; message: string } | undefined {
  const anchors = new Map<string, number>();
  const open: Array<{ size: number; anchor?: string }> = [];
  let values = 0;
  let copied = 0;
  const close = (size: number, anchor: string | undefined) => {
    if (anchor !== undefined) anchors.set(anchor, size);
    if (open.length > 0) open[open.length - 1].size += size;
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        open.push({ size: 0 });
        break;
      case EVENT_ID.POP: {
        const done = open.pop();
        if (done) close(done.size, done.anchor);
        break;
      }
      case EVENT_ID.ALIAS: {
        const size = anchors.get(text.slice(event.anchorStart, event.anchorEnd)) ?? 1;
        copied += size;
        if (copied > LIMITS.aliasNodes) {
          return {
            offset: event.anchorStart,
            message:
              `aliases copy more than ${LIMITS.aliasNodes} values in all (an alias copies everything its anchor holds): ` +
              "write the values out, or use fewer aliases",
          };
        }
        close(size, undefined);
        break;
      }
      default: {
        values++;
        const offset = event.type === EVENT_ID.SCALAR ? event.valueStart : event.start;
        if (values > LIMITS.nodes) {
          return {
            offset,
            message:
              `holds more than ${LIMITS.nodes} values (scalars, lists and mappings); a municipality file holds ` +
              "a few hundred: remove what does not belong in it",
          };
        }
        const anchor = event.anchorStart >= 0 ? text.slice(event.anchorStart, event.anchorEnd) : undefined;
        if (event.type === EVENT_ID.SCALAR) close(1, anchor);
        else open.push({ size: 1, anchor });
      }
    }
  }
  return undefined;
}

function secondDocumentOffset(events: readonly Event[]): number {
  const second = events.findIndex((e, i) => e.type === EVENT_ID.DOCUMENT && i > 0);
  for (const event of events.slice(second)) {
    if (event.type === EVENT_ID.SCALAR) return event.valueStart;
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  }
  return 0;
}
