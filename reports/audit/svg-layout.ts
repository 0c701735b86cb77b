/**
 * Geometry and text primitives for the topology diagram. Text is measured by an estimate (no
 * font metrics offline), generous enough that labels stay inside their boxes; a label cut short
 * keeps its full text in a <title>, which browsers show on hover.
 */
import { escapeHtml } from "./escape";

/** The root element, named for screen readers by its title and description; empty parts are dropped. */
export function svgDocument(
  head: { id: string; width: number; height: number; title: string; description: string },
  parts: readonly string[],
): string {
  const { id, width, height } = head;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="topology" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
      `font-family="system-ui, 'Noto Sans KR', NanumGothic, sans-serif">`,
    `<title id="${id}-title">${escapeHtml(head.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(head.description)}</desc>`,
    ...parts.filter(Boolean),
    "</svg>",
  ].join("\n");
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Hangul, CJK and full-width forms take about a full em; Latin about 0.6 em. */
const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const c of text) em += WIDE.test(c) ? 1 : 0.6;
  return Math.ceil(em * size);
}

/** The text, or as much of it as fits in `max` pixels followed by an ellipsis. */
export function fit(text: string, size: number, max: number): string {
  if (textWidth(text, size) <= max) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join("")}…`, size) > max) chars.pop();
  return `${chars.join("")}…`;
}

export interface LabelOptions {
  readonly size?: number;
  readonly bold?: boolean;
  readonly anchor?: "start" | "middle" | "end";
  readonly fill?: string;
  /** Width available, in pixels; longer text is cut with an ellipsis. */
  readonly max?: number;
}

export function label(x: number, y: number, text: string, options: LabelOptions = {}): string {
  const { size = 12, bold = false, anchor = "start", fill = "#212529", max } = options;
  const shown = max === undefined ? text : fit(text, size, max);
  const attrs = [
    `x="${x}" y="${y}" font-size="${size}" fill="${fill}"`,
    bold ? ' font-weight="600"' : "",
    anchor === "start" ? "" : ` text-anchor="${anchor}"`,
  ].join("");
  const hover = shown === text ? "" : `<title>${escapeHtml(text)}</title>`;
  return `<text ${attrs}>${hover}${escapeHtml(shown)}</text>`;
}

export function rect(box: Box, attrs: string): string {
  return `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" ${attrs}/>`;
}

export const middleY = (box: Box) => box.y + Math.round(box.h / 2);

/**
 * A curve from one box to another, leaving and entering by the facing sides; boxes stacked in the
 * same column are joined on their right sides with a bulge, so the curve never runs through them.
 */
export function connector(from: Box, to: Box): string {
  const y1 = middleY(from);
  const y2 = middleY(to);
  if (from.x + from.w <= to.x || to.x + to.w <= from.x) {
    const forward = from.x < to.x;
    const x1 = forward ? from.x + from.w : from.x;
    const x2 = forward ? to.x : to.x + to.w;
    const mid = Math.round((x1 + x2) / 2);
    return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
  }
  const x1 = from.x + from.w;
  const x2 = to.x + to.w;
  const bulge = Math.max(x1, x2) + 24;
  return `M${x1},${y1} C${bulge},${y1} ${bulge},${y2} ${x2},${y2}`;
}

/** An arrowhead for lines of one colour; `id` must be unique in the page. */
export function marker(id: string, colour: string): string {
  return (
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" ` +
    `orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`
  );
}

/** A rounded node at the picture's edge (the internet, the backbone), its lines centred. */
export function sideNode(box: Box, lines: readonly string[], colours: { fill: string; stroke: string }): string {
  const first = middleY(box) - ((lines.length - 1) * 18) / 2 + 5;
  return [
    rect(box, `rx="18" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="2"`),
    ...lines.map((line, i) =>
      label(box.x + box.w / 2, first + i * 18, line, { size: 14, bold: true, fill: colours.stroke, anchor: "middle" }),
    ),
  ].join("\n");
}

export interface LegendItem {
  readonly text: string;
  readonly swatch?: { readonly fill: string; readonly stroke: string };
  readonly line?: { readonly stroke: string; readonly dashed?: boolean; readonly marker?: string };
}

/** The key, from `left` to `right`, wrapped onto as many rows as it needs. */
export function legend(items: readonly LegendItem[], left: number, top: number, right: number) {
  const out: string[] = [];
  let x = left;
  let y = top;
  for (const { text, swatch, line } of items) {
    const w = 30 + textWidth(text, 12) + 24;
    if (x > left && x + w > right) [x, y] = [left, y + 22];
    if (swatch)
      out.push(
        rect({ x, y: y - 11, w: 24, h: 14 }, `rx="3" fill="${swatch.fill}" stroke="${swatch.stroke}" stroke-width="2"`),
      );
    if (line) {
      const extra = `${line.dashed ? ' stroke-dasharray="6 4"' : ""}${line.marker ? ` marker-end="url(#${line.marker})"` : ""}`;
      out.push(
        `<line x1="${x}" y1="${y - 4}" x2="${x + 22}" y2="${y - 4}" stroke="${line.stroke}" stroke-width="2"${extra}/>`,
      );
    }
    out.push(label(x + 30, y, text));
    x += w;
  }
  return { svg: out.join("\n"), height: y - top + 22 };
}
