import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { edit, JUNG_GU, sampleConfig, tempDir } from "../helpers/config";

const ROOT = path.resolve(__dirname, "../..");

/** Runs main.ts the way `cdktf synth` does: settings only from the environment. */
function cdktfApp(env: Record<string, string>) {
  return spawnSync("node", ["--require", "tsx/cjs", "main.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
}

describe("the cdktf app (main.ts)", () => {
  it("synthesizes the config named by RCC_CONFIG_DIR into CDKTF_OUTDIR, honouring RCC_WAVE", () => {
    const outdir = path.join(tempDir(), "cdktf.out");
    const run = cdktfApp({ RCC_CONFIG_DIR: sampleConfig(), CDKTF_OUTDIR: outdir, RCC_WAVE: "1" });
    expect(run.status).toBe(0);
    expect(fs.readdirSync(path.join(outdir, "stacks")).sort()).toEqual([
      "core",
      "dr-27110",
      "dr-27140",
      "dr-27720",
      "tenant-27110",
      "tenant-27140",
      "tenant-27720",
    ]);
  });

  it("prints every problem, exits 1 and writes nothing when the config is invalid", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["    grade: C", "    grade: X"]);
    const outdir = path.join(tempDir(), "cdktf.out");
    const run = cdktfApp({ RCC_CONFIG_DIR: dir, CDKTF_OUTDIR: outdir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${dir}/${JUNG_GU}:60: systems[2].grade: must be one of C, S, O; got "X"\n` +
        "rcc: 1 problem(s) in the config; nothing was synthesized\n",
    );
    expect(fs.existsSync(outdir)).toBe(false);
  });

  it("rejects a malformed RCC_WAVE with exit code 2", () => {
    const run = cdktfApp({ RCC_CONFIG_DIR: sampleConfig(), RCC_WAVE: "first" });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('rcc: RCC_WAVE: must be a whole number >= 1 (a migration wave); got "first"\n');
  });
});
