import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");

/** A markdown table; a `|` in a cell is escaped so it cannot break the table. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const row = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [row(header), row(header.map(() => "---")), ...rows.map(row)];
}
