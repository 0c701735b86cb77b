/**
 * The fenced blocks of the hand-written docs and the marker comment before each, which says how
 * the block is checked: `<!-- example: KIND ARGS... -->` on the last non-blank line before the fence.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");

/** Docs written from code and checked for staleness elsewhere; their blocks are not examples. */
const GENERATED = new Set(["docs/config-reference.md"]);

/** README.md, CONTRIBUTING.md and docs/*.md, except the generated ones; paths relative to the repo. */
export function handWrittenDocs(): string[] {
  const docs = fs
    .readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`)
    .filter((f) => !GENERATED.has(f))
    .sort();
  return ["README.md", "CONTRIBUTING.md", ...docs];
}

export interface Marker {
  readonly kind: string;
  readonly args: readonly string[];
}

export interface FencedBlock {
  /** `docs/operations.md:120`, the fence's line, for test names and failures. */
  readonly where: string;
  /** The fence's info string: `sh`, `yaml`, or empty. */
  readonly lang: string;
  /** The block's text, without the fence's indentation (blocks in list items are indented). */
  readonly body: string;
  /** Undefined when the block has no marker. */
  readonly marker?: Marker;
}

const FENCE = /^(\s*)(`{3,}|~{3,})(.*)$/;
const MARKER = /^\s*<!-- example: (.+?) -->\s*$/;

export function fencedBlocks(file: string): FencedBlock[] {
  const lines = fs.readFileSync(path.join(ROOT, file), "utf8").split("\n");
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const end = lines.findIndex((line, j) => j > i && line.trim() === fence);
    if (end < 0) throw new Error(`${file}:${i + 1}: fence never closed`);
    const body = lines
      .slice(i + 1, end)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
      .join("\n");
    blocks.push({ where: `${file}:${i + 1}`, lang: info.trim(), body, marker: markerBefore(lines, i) });
    i = end;
  }
  return blocks;
}

function markerBefore(lines: readonly string[], fenceIndex: number): Marker | undefined {
  let j = fenceIndex - 1;
  while (j >= 0 && lines[j].trim() === "") j--;
  const found = j >= 0 ? MARKER.exec(lines[j]) : null;
  if (!found) return undefined;
  const [kind, ...args] = shellWords(found[1]);
  return { kind, args };
}

/** Splits a command line into words the way a POSIX shell does for the simple lines docs show. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      word ??= "";
    } else if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? "") + ch;
    }
  }
  if (quote) throw new Error(`unclosed ${quote} in: ${line}`);
  if (word !== undefined) words.push(word);
  return words;
}

/** A command line without its trailing `# comment` (a `#` outside quotes, after a space). */
export function withoutComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "#" && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

/** Every `[text](target)` link of a doc, outside fenced blocks. */
export function links(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8").replace(/```[\s\S]*?```/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

/** The anchors GitHub gives a doc's headings: lowercased, punctuation dropped, spaces as hyphens. */
export function anchors(file: string): Set<string> {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8").replace(/```[\s\S]*?```/g, "");
  const headings = [...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1]);
  return new Set(
    headings.map((h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, "")
        .replace(/\s/g, "-"),
    ),
  );
}
