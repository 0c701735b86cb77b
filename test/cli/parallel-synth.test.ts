import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { writeScaledConfig } from "../helpers/synthetic-config";
import { synthesize } from "../../synthesis/synthesize";
import { SAMPLE_CONFIG, tempDir } from "../helpers/config";

/** Every file under a directory, relative path → content. */
function files(dir: string, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
      const relative = path.join(prefix, entry.name);
      return entry.isDirectory()
        ? Object.entries(files(dir, relative))
        : [[relative, fs.readFileSync(path.join(dir, relative), "utf8")]];
    }),
  );
}

function synthWith(workers: string, configDir: string, outdir: string) {
  const saved = process.env.RCC_WORKERS;
  process.env.RCC_WORKERS = workers;
  try {
    return synthesize({ configDir, outdir, projectDir: path.dirname(outdir) });
  } finally {
    if (saved === undefined) delete process.env.RCC_WORKERS;
    else process.env.RCC_WORKERS = saved;
  }
}

describe("synthesis on every core", () => {
  jest.setTimeout(60_000);

  it("writes byte-identical stacks and manifest with two workers as with one", () => {
    const config = path.join(tempDir(), "config");
    writeScaledConfig(config, parse(fs.readFileSync(path.join(SAMPLE_CONFIG, "region.yaml"), "utf8")), 12, 6);
    const root = tempDir();
    const [one, two] = [path.join(root, "one", "cdktf.out"), path.join(root, "two", "cdktf.out")];
    fs.mkdirSync(path.dirname(one));
    fs.mkdirSync(path.dirname(two));
    const single = synthWith("1", config, one);
    const parallel = synthWith("2", config, two);
    expect(parallel.stacks).toEqual(single.stacks);
    expect(single.stacks!.length).toBeGreaterThanOrEqual(40);
    expect(files(two)).toEqual(files(one));
    expect(fs.readdirSync(two).filter((f) => f.startsWith(".part-"))).toEqual([]);
  });
});
