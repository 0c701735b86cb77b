import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { sampleConfig, tempDir } from "../helpers/config";
import { InvalidCase, invalidCases, layOut } from "../helpers/fixtures";
import { rcc } from "../helpers/rcc";

const ROOT = path.resolve(__dirname, "../..");

/** Files that cannot be read as files, as every command that reads config meets them. */
const CASES = [
  "files/municipality-that-is-a-directory",
  "files/region-that-is-a-directory",
  "files/municipalities-that-is-a-file",
  "files/symbolic-link-loop",
  "files/dangling-link",
  "files/named-pipe",
  "encoding/invalid-utf8",
];
const cases = invalidCases().filter((c) => CASES.includes(c.id));

/** Every path under a directory with its kind and size, never opening a file (a FIFO would block). */
function snapshot(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .sort()
    .map((entry) => {
      const stat = fs.lstatSync(path.join(dir, entry));
      return `${entry} ${stat.isFile() ? stat.size : stat.isDirectory() ? "dir" : "other"}`;
    });
}

/** The case's problem lines (its expected output but the count), the config directory as it is. */
const problemLines = (c: InvalidCase, config: string) =>
  c.expected.slice(0, -1).map((line) => line.split("<config>").join(config));

const COMMANDS: Record<string, (config: string, out: string) => string[]> = {
  validate: (config) => ["validate", "--config", config],
  synth: (config, out) => ["synth", "--config", config, "--out", out],
  audit: (config, out) => ["audit", "--config", config, "--out", out],
  "plan --offline": (config, out) => ["plan", "--offline", "--config", config, "--out", out],
  "diff (current)": (config) => ["diff", "--base", sampleConfig(), "--config", config],
  "diff --base DIR": (config) => ["diff", "--base", config, "--config", sampleConfig()],
  onboard: (config) => ["onboard", "--code", "27990", "--name", "new-gu", "--display", "신구", "--config", config],
  doctor: (config) => ["doctor", "--config", config],
  "migrate-config": (config) => ["migrate-config", "--config", config],
  "migrate-config --dry-run": (config) => ["migrate-config", "--dry-run", "--config", config],
};

describe("a config file that cannot be read as a file", () => {
  it("has its cases", () => expect(cases.map((c) => c.id).sort()).toEqual([...CASES].sort()));

  describe.each(Object.entries(COMMANDS))("rcc %s", (_, args) => {
    it.each(cases.map((c) => [c.id, c] as const))("%s: located problems, exit 1, nothing written", async (_, c) => {
      const config = layOut(c);
      const root = path.dirname(config);
      const out = path.join(root, "out");
      const before = snapshot(root);
      const { code, err } = await rcc(args(config, out));
      expect(code).toBe(1);
      for (const line of problemLines(c, config)) expect(err.split("\n")).toContain(line);
      expect(err).not.toMatch(/\n\s+at |Error:/);
      expect(snapshot(root)).toEqual(before);
    });
  });

  const appCases = cases.filter((c) =>
    ["files/named-pipe", "files/symbolic-link-loop", "encoding/invalid-utf8"].includes(c.id),
  );
  it.each(appCases.map((c) => [c.id, c] as const))("the cdktf app (main.ts): %s", (_, c) => {
    const config = layOut(c);
    const outdir = path.join(tempDir(), "cdktf.out");
    const run = spawnSync("node", ["--require", "tsx/cjs", "main.ts"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, RCC_CONFIG_DIR: config, CDKTF_OUTDIR: outdir },
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      ...problemLines(c, config),
      "rcc: 1 problem(s) in the config; nothing was synthesized",
    ]);
    expect(fs.existsSync(outdir)).toBe(false);
  });
});
