import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { unifiedDiff } from "../../cli/unified-diff";
import { tempDir } from "../helpers/config";

const lines = (count: number, label = "line") =>
  Array.from({ length: count }, (_, i) => `${label} ${i + 1}\n`).join("");

/** Applies a diff with git (as `patch` would) and returns the patched text. */
function applied(before: string, diff: string): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "file.yaml"), before);
  fs.writeFileSync(path.join(dir, "change.diff"), `${diff}\n`);
  execFileSync("git", ["apply", "-p0", "change.diff"], { cwd: dir });
  return fs.readFileSync(path.join(dir, "file.yaml"), "utf8");
}

describe("unifiedDiff", () => {
  it("is empty for identical texts", () => {
    expect(unifiedDiff("file.yaml", lines(5), lines(5))).toBe("");
  });

  it("shows a change with 3 lines of context on each side", () => {
    const after = lines(10).replace("line 5\n", "line five\n");
    expect(unifiedDiff("file.yaml", lines(10), after)).toBe(
      [
        "--- file.yaml",
        "+++ file.yaml",
        "@@ -2,7 +2,7 @@",
        " line 2",
        " line 3",
        " line 4",
        "-line 5",
        "+line five",
        " line 6",
        " line 7",
        " line 8",
      ].join("\n"),
    );
  });

  it("joins changes with up to 6 unchanged lines between them into one hunk, and keeps farther ones apart", () => {
    const near = lines(20).replace("line 3\n", "x\n").replace("line 10\n", "y\n");
    expect(unifiedDiff("file.yaml", lines(20), near).match(/^@@.*$/gm)).toEqual(["@@ -1,13 +1,13 @@"]);
    const far = lines(20).replace("line 3\n", "x\n").replace("line 11\n", "y\n");
    expect(unifiedDiff("file.yaml", lines(20), far).match(/^@@.*$/gm)).toEqual(["@@ -1,6 +1,6 @@", "@@ -8,7 +8,7 @@"]);
  });

  it.each([
    ["a changed line", lines(12), lines(12).replace("line 7\n", "changed\n")],
    ["lines added at the end", lines(4), lines(4) + "new 1\nnew 2\n"],
    ["lines removed at the start", lines(9), lines(9).replace("line 1\nline 2\n", "")],
    ["a new file", "", lines(3)],
    ["every line changed and one removed", lines(30), lines(30, "item").replace("item 12\n", "")],
    ["a last line without a newline", "a\nb", "a\nc"],
  ])("is a patch git applies to get the new text: %s", (_, before, after) => {
    expect(applied(before, unifiedDiff("file.yaml", before, after))).toBe(after);
  });
});
