import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { edit, JUNG_GU, SAMPLE_CONFIG, sampleConfig, tempDir } from "../helpers/config";
import { rcc } from "../helpers/rcc";

const ROOT = path.resolve(__dirname, "../..");

describe("rcc validate", () => {
  it("exits 0 with a one-line summary for a valid config", async () => {
    const result = await rcc(["validate"]);
    expect(result).toEqual({
      code: 0,
      out: `${SAMPLE_CONFIG}: valid: region daegu, 9 municipalities, 45 systems, waves 1, 2, 3`,
      err: "",
    });
  });

  it("exits 1 listing every problem, then a count, with no stack trace", async () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["    grade: C", "    grade: X"], ["  ports: 100", "  ports: -1"]);
    const result = await rcc(["validate", "--config", dir]);
    expect(result.code).toBe(1);
    expect(result.err.split("\n")).toEqual([
      `${dir}/${JUNG_GU}:24: quotas.ports: must be >= 0; got -1`,
      `${dir}/${JUNG_GU}:60: systems[2].grade: must be one of C, S, O; got "X"`,
      `rcc: 2 problem(s) in ${dir}`,
    ]);
  });

  it("reads the config directory from RCC_CONFIG_DIR when --config is not given", async () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["    grade: C", "    grade: X"]);
    expect((await rcc(["validate"], { RCC_CONFIG_DIR: dir })).code).toBe(1);
  });
});

describe("rcc synth", () => {
  it("writes every stack and names them", async () => {
    const outdir = path.join(tempDir(), "out");
    const result = await rcc(["synth", "--out", outdir]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      `synthesized 21 stacks into ${outdir}/stacks: core, dr-27110, dr-27140, dr-27170, dr-27200, dr-27230, ` +
        "dr-27260, dr-27290, dr-27710, dr-27720, dr-systems-27170, systems-27170, tenant-27110, tenant-27140, tenant-27170, " +
        "tenant-27200, tenant-27230, tenant-27260, tenant-27290, tenant-27710, tenant-27720",
    );
    expect(fs.existsSync(path.join(outdir, "stacks/tenant-27720/cdk.tf.json"))).toBe(true);
  });

  it("takes the wave from --wave or RCC_WAVE", async () => {
    const outdir = path.join(tempDir(), "out");
    expect((await rcc(["synth", "--out", outdir, "--wave", "1"])).out).toMatch(/synthesized 7 stacks/);
    expect((await rcc(["synth", "--out", outdir], { RCC_WAVE: "2" })).out).toMatch(/synthesized 15 stacks/);
  });

  it("rejects a wave that is not a whole number, naming where it came from", async () => {
    expect(await rcc(["synth", "--wave", "two"])).toEqual({
      code: 2,
      out: "",
      err: 'rcc synth: --wave: must be a whole number >= 1 (a migration wave); got "two"\nusage: rcc synth [--config DIR] [--wave N] [--out DIR] [--stack NAME[,NAME...]]',
    });
    expect((await rcc(["synth"], { RCC_WAVE: "0" })).err).toMatch(/^rcc synth: RCC_WAVE: must be a whole number >= 1/);
  });

  it("prints the problems and writes nothing for an invalid config", async () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["  vcpus: 80", "  vcpus: lots"]);
    const outdir = path.join(tempDir(), "out");
    const result = await rcc(["synth", "--config", dir, "--out", outdir]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `${dir}/${JUNG_GU}:18: quotas.vcpus: must be a whole number; got "lots"\nrcc: 1 problem(s) in ${dir}; nothing was synthesized`,
    );
    expect(fs.existsSync(outdir)).toBe(false);
  });
});

describe("rcc usage", () => {
  it("explains unknown commands and options", async () => {
    const unknown = await rcc(["deploy-everything"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^rcc: unknown command "deploy-everything"\n\nrcc: regional cloud center/);
    const option = await rcc(["validate", "--conifg", "x"]);
    expect(option.code).toBe(2);
    expect(option.err).toMatch(/^rcc validate: Unknown option '--conifg'/);
  });

  it("lists the commands in its help", async () => {
    const help = await rcc(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/rcc validate \[--config DIR\]/);
    expect(help.out).toMatch(/rcc synth \[--config DIR\] \[--wave N\] \[--out DIR\]/);
  });

  it("runs as `npx rcc` from the package's bin", () => {
    const out = execFileSync("npx", ["--no-install", "rcc", "validate"], { cwd: ROOT, encoding: "utf8" });
    expect(out.trim()).toBe("config: valid: region daegu, 9 municipalities, 45 systems, waves 1, 2, 3");
  });

  it("exits 1 from the bin on a bad config, printing no stack trace", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["wave: 1", "wave: [1"]);
    const result = spawnSync("node", ["bin/rcc.js", "validate", "--config", dir], { cwd: ROOT, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).toMatch(/YAML syntax error/);
  });
});
