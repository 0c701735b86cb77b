/**
 * A line-based unified diff (`---`/`+++` headers, `@@` hunks with 3 lines of context), enough
 * to show what `rcc migrate-config --dry-run` would change; `patch` and `git apply` read it.
 */
const CONTEXT = 3;

type Edit = { op: " " | "-" | "+"; line: string };

export function unifiedDiff(file: string, before: string, after: string): string {
  const edits = lineEdits(linesOf(before), linesOf(after));
  const hunks = hunkRanges(edits).map(([start, end]) => hunk(edits, start, end));
  if (hunks.length === 0) return "";
  return [`--- ${file}`, `+++ ${file}`, ...hunks].join("\n");
}

function linesOf(text: string): string[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** The edit script of a longest common subsequence of lines (config files are small: O(n·m) is fine). */
function lineEdits(a: readonly string[], b: readonly string[]): Edit[] {
  const common: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const edits: Edit[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      edits.push({ op: " ", line: a[i++] });
      j++;
    } else if (j < b.length && (i === a.length || common[i][j + 1] >= common[i + 1][j])) {
      edits.push({ op: "+", line: b[j++] });
    } else {
      edits.push({ op: "-", line: a[i++] });
    }
  }
  return sortRemovalsFirst(edits);
}

/** Within each run of changes, removed lines before added ones, as diff tools print them. */
function sortRemovalsFirst(edits: Edit[]): Edit[] {
  const sorted: Edit[] = [];
  let run: Edit[] = [];
  for (const edit of [...edits, { op: " ", line: "" } as Edit]) {
    if (edit.op !== " ") {
      run.push(edit);
      continue;
    }
    sorted.push(...run.filter((e) => e.op === "-"), ...run.filter((e) => e.op === "+"));
    run = [];
    sorted.push(edit);
  }
  return sorted.slice(0, -1);
}

/** [start, end) ranges of edits to print: each change with its context, overlapping ones merged. */
function hunkRanges(edits: readonly Edit[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  edits.forEach((edit, index) => {
    if (edit.op === " ") return;
    const [start, end] = [Math.max(0, index - CONTEXT), Math.min(edits.length, index + 1 + CONTEXT)];
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else ranges.push([start, end]);
  });
  return ranges;
}

function hunk(edits: readonly Edit[], start: number, end: number): string {
  const before = edits.slice(0, start);
  const oldStart = before.filter((e) => e.op !== "+").length;
  const newStart = before.filter((e) => e.op !== "-").length;
  const lines = edits.slice(start, end);
  const oldCount = lines.filter((e) => e.op !== "+").length;
  const newCount = lines.filter((e) => e.op !== "-").length;
  const header = `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`;
  return [header, ...lines.map((e) => `${e.op}${e.line}`)].join("\n");
}

/** `start,count` with 1-based start; an empty range names the line before it, as diff does. */
function range(linesBefore: number, count: number): string {
  return `${count === 0 ? linesBefore : linesBefore + 1},${count}`;
}
