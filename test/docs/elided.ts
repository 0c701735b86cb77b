/**
 * Output shown in docs against what a command printed: a shown line `...` stands for any number of
 * printed lines (none included); `...` inside a line stands for any text in that line.
 */

/** The first shown line no alignment can match, or undefined when the shown output matches the printed. */
export function firstMismatch(shown: readonly string[], printed: readonly string[]): string | undefined {
  const patterns = shown.map((line) => (line === "..." ? undefined : linePattern(line)));
  // matches[i][j]: shown lines from i match printed lines from j to the end.
  const matches: boolean[][] = Array.from({ length: shown.length + 1 }, () => Array(printed.length + 1).fill(false));
  matches[shown.length][printed.length] = true;
  for (let i = shown.length - 1; i >= 0; i--) {
    for (let j = printed.length; j >= 0; j--) {
      const pattern = patterns[i];
      matches[i][j] =
        pattern === undefined
          ? matches[i + 1][j] || (j < printed.length && matches[i][j + 1])
          : j < printed.length && pattern.test(printed[j]) && matches[i + 1][j + 1];
    }
  }
  if (matches[0][0]) return undefined;
  // For the failure message: the first shown line that matches no printed line at all, else the first.
  return shown.find((_, i) => patterns[i] && !printed.some((p) => patterns[i]!.test(p))) ?? shown[0];
}

function linePattern(line: string): RegExp {
  const parts = line.split("...").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".*")}$`);
}
