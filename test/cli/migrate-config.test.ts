import * as fs from "node:fs";
import * as path from "node:path";
import { edit, JUNG_GU, REGION, sampleAsFormat2, sampleConfig, tempDir } from "../helpers/config";
import { rcc } from "../helpers/rcc";
import { synth } from "../helpers/synth";

/** The sample config as it was in format 1 (commit 988e8e8). */
const FORMAT_1 = path.resolve(__dirname, "../fixtures/config-format-1");

/** A copy of the format-1 fixture that a test may migrate or edit. */
function format1Config(): string {
  const dir = path.join(tempDir(), "config");
  fs.cpSync(FORMAT_1, dir, { recursive: true });
  return dir;
}

/** Every file of a config dir, name -> content. */
function files(dir: string): Record<string, string> {
  const names = [REGION, ...fs.readdirSync(path.join(dir, "municipalities")).map((f) => `municipalities/${f}`)];
  return Object.fromEntries(names.map((n) => [n, fs.readFileSync(path.join(dir, n), "utf8")]));
}

const FILES = Object.keys(files(FORMAT_1));
const OLDER =
  "schemaVersion: format 1 is older than the format this rcc reads (3): " +
  "run `npx rcc migrate-config` to upgrade it in place (`--dry-run` shows the change first)";
const NEWER = "schemaVersion: written for a newer rcc (format 4); this rcc reads format 3: upgrade rcc";
const MISSING =
  "schemaVersion: required field is missing: the config format the file is written in, a whole number; " +
  "this rcc reads format 3 (write schemaVersion: 3 for a file in that format, " +
  "or an older format's number and run `npx rcc migrate-config`)";
const REGION_CHANGES =
  "set schemaVersion: 2; set schemaVersion: 3, network and volume zones as the compute zones, systemsCloud dropped";
const upgraded = (dir: string) =>
  FILES.map(
    (f) =>
      `${dir}/${f}: format 1 → 3 (${f === REGION ? REGION_CHANGES : "set schemaVersion: 2; set schemaVersion: 3"})`,
  );

describe("config format versions in rcc validate", () => {
  it("explains each format-1 file at its schemaVersion line, and nothing else", async () => {
    const dir = format1Config();
    const result = await rcc(["validate", "--config", dir]);
    expect(result.code).toBe(1);
    expect(result.err.split("\n")).toEqual([
      ...[...FILES].sort().map((f) => `${dir}/${f}:3: ${OLDER}`),
      `rcc: 10 problem(s) in ${dir}`,
    ]);
  });

  it("explains a file written for a newer rcc", async () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["schemaVersion: 3", "schemaVersion: 4"], ["  vcpus: 80", "  vcpus: lots"]);
    expect((await rcc(["validate", "--config", dir])).err.split("\n")).toEqual([
      `${dir}/${JUNG_GU}:3: ${NEWER}`,
      `rcc: 1 problem(s) in ${dir}`,
    ]);
  });

  it("explains a missing or malformed schemaVersion at that field", async () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["schemaVersion: 3\n", ""]);
    edit(dir, REGION, ["schemaVersion: 3", 'schemaVersion: "3"']);
    expect((await rcc(["validate", "--config", dir])).err.split("\n")).toEqual([
      `${dir}/${JUNG_GU}:3: ${MISSING}`,
      `${dir}/${REGION}:3: schemaVersion: must be a whole number >= 1, the config format the file is written in; ` +
        'this rcc reads format 3; got "3"',
      `rcc: 2 problem(s) in ${dir}`,
    ]);
  });
});

describe("rcc migrate-config", () => {
  it("--dry-run prints a unified diff per file and leaves every file byte-identical", async () => {
    const dir = format1Config();
    const before = files(dir);
    const result = await rcc(["migrate-config", "--config", dir, "--dry-run"]);
    expect(result).toMatchObject({ code: 0, err: "" });
    const jungGuDiff = [
      `--- ${dir}/${JUNG_GU}`,
      `+++ ${dir}/${JUNG_GU}`,
      "@@ -1,6 +1,6 @@",
      " # yaml-language-server: $schema=../../schema/municipality.schema.json",
      " # 대구광역시 중구: one tenant of the center. Reference: docs/config-reference.md",
      "-schemaVersion: 1",
      "+schemaVersion: 3",
      ' code: "27110"',
      " name: jung-gu",
      " displayName: 대구광역시 중구",
    ].join("\n");
    expect(result.out).toContain(jungGuDiff);
    for (const file of FILES) expect(result.out).toContain(`--- ${dir}/${file}\n+++ ${dir}/${file}\n@@ -1,6 +1,6 @@`);
    expect(result.out.split("\n").slice(-11)).toEqual([
      ...upgraded(dir),
      `rcc migrate-config --dry-run: would upgrade 10 file(s) in ${dir} to format 3 (the result validates); ` +
        "nothing was written",
    ]);
    expect(files(dir)).toEqual(before);
  });

  it("upgrades every file in place, keeping comments, and the result synthesizes as format 2 did", async () => {
    const dir = format1Config();
    const before = files(dir);
    expect(await rcc(["migrate-config", "--config", dir])).toEqual({
      code: 0,
      out: [
        ...upgraded(dir),
        `rcc migrate-config: upgraded 10 file(s) in ${dir} to format 3; the config validates`,
      ].join("\n"),
      err: "",
    });
    const after = files(dir);
    for (const file of FILES.filter((f) => f !== REGION)) {
      expect({ file, text: after[file] }).toEqual({
        file,
        text: before[file].replace(/^schemaVersion: 1$/m, "schemaVersion: 3"),
      });
    }
    expect((await rcc(["validate", "--config", dir])).code).toBe(0);
    // Format 2 gave routers and volumes the compute zones: the sample, so written, is what it deployed.
    const [migrated, sample] = [synth(dir), synth(sampleAsFormat2())];
    expect(migrated.stacks).toEqual(sample.stacks);
    for (const name of sample.stacks)
      expect({ name, json: migrated.raw(name) }).toEqual({ name, json: sample.raw(name) });
  });

  it("says there is nothing to migrate once every file is current", async () => {
    const dir = format1Config();
    await rcc(["migrate-config", "--config", dir]);
    const before = files(dir);
    expect(await rcc(["migrate-config", "--config", dir])).toEqual({
      code: 0,
      out: `${dir}: nothing to migrate; every file is already format 3`,
      err: "",
    });
    expect(files(dir)).toEqual(before);
  });

  it("upgrades only the files that are older, leaving current ones untouched", async () => {
    const dir = format1Config();
    edit(dir, REGION, ["schemaVersion: 1", "schemaVersion: 3"], [/^ {2}systemsCloud: .*\n/m, ""]);
    const region = files(dir)[REGION];
    const result = await rcc(["migrate-config", "--config", dir]);
    expect(result.code).toBe(0);
    expect(result.out.split("\n")).toEqual([
      ...upgraded(dir).filter((line) => !line.includes(REGION)),
      `rcc migrate-config: upgraded 9 file(s) in ${dir} to format 3; the config validates`,
    ]);
    expect(files(dir)[REGION]).toBe(region);
  });

  it("writes nothing and exits 1 when the migrated config would not validate", async () => {
    const dir = format1Config();
    edit(dir, JUNG_GU, ["  floatingIps: 4", "  floatingIp: 4"]);
    const before = files(dir);
    expect(await rcc(["migrate-config", "--config", dir])).toEqual({
      code: 1,
      out: "",
      err: [
        `${dir}/${JUNG_GU}:16: quotas.floatingIps: required field is missing (Floating IPs (external zone only))`,
        `${dir}/${JUNG_GU}:22: quotas.floatingIp: unknown field (did you mean "floatingIps"?); allowed: ` +
          "instances, vcpus, ramGiB, volumes, volumeGiB, floatingIps, networks, ports, securityGroups",
        "rcc migrate-config: the migrated config would not validate (lines as in the migrated files); " +
          "nothing was written",
      ].join("\n"),
    });
    expect(files(dir)).toEqual(before);
  });

  it("refuses a config with a file written for a newer rcc, writing nothing", async () => {
    const dir = format1Config();
    edit(dir, JUNG_GU, ["schemaVersion: 1", "schemaVersion: 4"]);
    const before = files(dir);
    expect(await rcc(["migrate-config", "--config", dir])).toEqual({
      code: 1,
      out: "",
      err: `${dir}/${JUNG_GU}:3: ${NEWER}\nrcc migrate-config: 1 problem(s) in ${dir}; nothing was written`,
    });
    expect(files(dir)).toEqual(before);
  });

  it("explains a file without schemaVersion instead of guessing its format, writing nothing", async () => {
    const dir = format1Config();
    edit(dir, JUNG_GU, ["schemaVersion: 1\n", ""]);
    const before = files(dir);
    expect(await rcc(["migrate-config", "--config", dir])).toEqual({
      code: 1,
      out: "",
      err: `${dir}/${JUNG_GU}:3: ${MISSING}\nrcc migrate-config: 1 problem(s) in ${dir}; nothing was written`,
    });
    expect(files(dir)).toEqual(before);
  });

  it("exits 2 with the usage, not a stack trace, for a missing config directory or an unknown option", async () => {
    const missing = path.join(tempDir(), "nowhere");
    expect(await rcc(["migrate-config", "--config", missing])).toEqual({
      code: 2,
      out: "",
      err:
        `rcc migrate-config: no config directory at ${missing}: it holds region.yaml and municipalities/*.yaml\n` +
        "usage: rcc migrate-config [--config DIR] [--dry-run]",
    });
    expect(await rcc(["migrate-config", "--dryrun"])).toMatchObject({ code: 2, out: "" });
    expect(await rcc(["migrate-config", "config"])).toMatchObject({ code: 2, out: "" });
  });
});
