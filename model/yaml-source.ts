import { isMap, isPair, isScalar, isSeq, LineCounter, Node, parseDocument } from "yaml";
import { ConfigProblem } from "./problems";
import { cacheKey, readCached, writeCached } from "./yaml-cache";

type Segment = string | number;

/** A parsed YAML file that can say on which line any field path lives. */
export interface YamlSource {
  readonly file: string;
  readonly data: unknown;
  /** Line of the deepest existing node along `segments` (the key's line for map entries); 1 for the file itself. */
  lineOf(segments: readonly Segment[]): number;
}

export type ParseResult = { source: YamlSource; problems: [] } | { source?: undefined; problems: ConfigProblem[] };

/** Parses a YAML file, or reads it from the cache when the same text parsed cleanly before. */
export function parseYaml(file: string, text: string): ParseResult {
  const key = cacheKey(text);
  const cached = readCached(key);
  if (cached) {
    // Lines are needed only to report a problem: the document is parsed again then, and only then.
    let lines: YamlSource["lineOf"] | undefined;
    const lineOf: YamlSource["lineOf"] = (segments) => {
      lines ??= (parseDocumentOf(file, text).source as YamlSource).lineOf;
      return lines(segments);
    };
    return { problems: [], source: { file, data: cached.data, lineOf } };
  }
  const parsed = parseDocumentOf(file, text);
  if (parsed.source) writeCached(key, parsed.source.data);
  return parsed;
}

function parseDocumentOf(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        field: "",
        message: `YAML syntax error: ${firstLine(e.message)}`,
      })),
    };
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  return {
    problems: [],
    source: {
      file,
      data: doc.toJS({ maxAliasCount: 100 }),
      lineOf: (segments) => (segments.length === 0 ? 1 : lineAt(locate(doc.contents, segments))),
    },
  };
}

function firstLine(message: string): string {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

function locate(root: unknown, segments: readonly Segment[]): number | undefined {
  let node = root;
  let offset = isNode(root) ? root.range?.[0] : undefined;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      offset = isNode(pair.key) ? pair.key.range?.[0] : offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== undefined) {
      node = node.items[segment];
      offset = isNode(node) ? node.range?.[0] : offset;
    } else break;
  }
  return offset;
}

function isNode(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value);
}
