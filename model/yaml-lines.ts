import { EVENT_ID, getScalarValue } from "js-yaml";
import type { Event } from "js-yaml";

export type Segment = string | number;

/** Where a value starts in the text, and its children: by key for a mapping, by position for a list. */
interface Located {
  readonly offset: number;
  readonly keys?: Map<string, { keyOffset: number; value: Located }>;
  readonly items?: Located[];
}

export interface LineIndex {
  /** 1-based line of a text offset. */
  lineAt(offset: number): number;
  /** Line of the deepest value along a field path (a map entry's key line); 1 for the file itself. */
  lineOf(segments: readonly Segment[]): number;
}

/**
 * Lines of a parsed file, built on first use from its events: only a file with a problem pays
 * for it. Lookups walk the path through maps, so a file with many problems stays linear.
 */
export function lineIndex(text: string, events: readonly Event[]): LineIndex {
  let starts: number[] | undefined;
  let root: Located | undefined;
  const lineAt = (offset: number) => {
    starts ??= lineStarts(text);
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  return {
    lineAt,
    lineOf(segments) {
      if (segments.length === 0) return 1;
      root ??= tree(text, events);
      let node: Located | undefined = root;
      let offset = root.offset;
      for (const segment of segments) {
        const entry: { keyOffset: number; value: Located } | undefined = node?.keys?.get(String(segment));
        const item: Located | undefined = typeof segment === "number" ? node?.items?.[segment] : undefined;
        if (entry) [offset, node] = [entry.keyOffset, entry.value];
        else if (item) [offset, node] = [item.offset, item];
        else break;
      }
      return lineAt(offset);
    },
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The first document's values as a tree of offsets, built without recursion (depth is bounded anyway). */
function tree(text: string, events: readonly Event[]): Located {
  const top: Located = { offset: 0, items: [] };
  const open: Array<{ node: Located; key?: { text: string; offset: number } }> = [];
  const add = (node: Located, keyText?: string) => {
    const parent = open[open.length - 1];
    if (!parent) return;
    if (parent.node.keys) {
      if (parent.key === undefined) parent.key = { text: keyText ?? "", offset: node.offset };
      else {
        parent.node.keys.set(parent.key.text, { keyOffset: parent.key.offset, value: node });
        parent.key = undefined;
      }
    } else parent.node.items?.push(node);
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (open.length === 0 && top.items!.length === 0) open.push({ node: top });
        break;
      case EVENT_ID.POP:
        open.pop();
        break;
      case EVENT_ID.SCALAR:
        add({ offset: event.valueStart }, getScalarValue(text, event));
        break;
      case EVENT_ID.ALIAS:
        add({ offset: Math.max(0, event.anchorStart - 1) });
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node: Located =
          event.type === EVENT_ID.MAPPING
            ? { offset: event.start, keys: new Map() }
            : { offset: event.start, items: [] };
        add(node);
        open.push({ node });
      }
    }
  }
  return top.items![0] ?? { offset: 0 };
}
