import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { loadCenter } from "../../model/load";
import { formatProblem } from "../../model/problems";
import { cacheDir, cacheKey } from "../../model/yaml-cache";
import { edit, JUNG_GU, sampleConfig, tempDir } from "../helpers/config";

const cache = path.join(tempDir("rcc-cache-"), "rcc");
const problemsOf = (dir: string) => loadCenter(dir).problems.map((p) => formatProblem(p).replace(`${dir}/`, ""));
const jungGuWave = (dir: string) => loadCenter(dir).center!.municipalities.find((m) => m.code === "27110")!.wave;

/** A cache entry for Jung-gu's text that says wave 9: whoever reads it gets a config nobody wrote. */
function poison(dir: string, configDir: string, key = cacheKey): void {
  const text = fs.readFileSync(path.join(configDir, JUNG_GU), "utf8");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${key(text)}.json`), JSON.stringify({ ...parse(text), wave: 9 }));
}

function withEnv(env: Record<string, string | undefined>, run: () => void): void {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  set(env);
  try {
    run();
  } finally {
    set(saved);
  }
}

describe("the parsed-YAML cache", () => {
  const saved = process.env.RCC_CACHE_DIR;
  beforeAll(() => (process.env.RCC_CACHE_DIR = cache));
  afterAll(() => (saved === undefined ? delete process.env.RCC_CACHE_DIR : (process.env.RCC_CACHE_DIR = saved)));

  it("gives the same center on a second load, read from the cache, in a folder only its user can enter", () => {
    const dir = sampleConfig();
    const first = loadCenter(dir);
    const entries = fs.readdirSync(cache).length;
    expect(entries).toBe(10);
    expect(fs.statSync(cache).mode & 0o777).toBe(0o700);
    expect(loadCenter(dir)).toEqual(first);
    expect(fs.readdirSync(cache)).toHaveLength(entries);
  });

  it("reads an entry of its own folder (so the refusals below are real)", () => {
    const dir = sampleConfig();
    poison(cache, dir);
    expect(jungGuWave(dir)).toBe(9);
  });

  it("never reads an entry a folder owned by another user holds", () => {
    const dir = sampleConfig();
    const foreign = path.join(tempDir("rcc-cache-"), "rcc");
    poison(foreign, dir);
    fs.chmodSync(foreign, 0o700);
    fs.chownSync(foreign, 4242, 4242);
    withEnv({ RCC_CACHE_DIR: foreign }, () => expect(jungGuWave(dir)).toBe(1));
    expect(fs.readdirSync(foreign)).toHaveLength(1);
  });

  it("never reads or writes a folder that others may write, or a link to one", () => {
    const dir = sampleConfig();
    const open = path.join(tempDir("rcc-cache-"), "rcc");
    poison(open, dir);
    fs.chmodSync(open, 0o777);
    withEnv({ RCC_CACHE_DIR: open }, () => expect(jungGuWave(dir)).toBe(1));
    expect(fs.readdirSync(open)).toHaveLength(1);

    const link = path.join(tempDir("rcc-cache-"), "rcc");
    fs.chmodSync(open, 0o700);
    fs.symlinkSync(open, link);
    withEnv({ RCC_CACHE_DIR: link }, () => expect(jungGuWave(dir)).toBe(1));
  });

  it("never reads an entry another parser version wrote", () => {
    const dir = sampleConfig();
    const other = path.join(tempDir("rcc-cache-"), "rcc");
    poison(other, dir, (text) => cacheKey(text, "js-yaml@0.0.1"));
    fs.chmodSync(other, 0o700);
    withEnv({ RCC_CACHE_DIR: other }, () => expect(jungGuWave(dir)).toBe(1));
  });

  it("lives in the user's cache folder unless RCC_CACHE_DIR says otherwise", () => {
    expect(cacheDir({ XDG_CACHE_HOME: "/home/op/.cache" })).toBe("/home/op/.cache/rcc");
    expect(cacheDir({ HOME: "/home/op" })).toMatch(/\/\.cache\/rcc$/);
    expect(cacheDir({ RCC_CACHE_DIR: "/srv/rcc-cache", XDG_CACHE_HOME: "/x" })).toBe("/srv/rcc-cache");
    expect(cacheDir({ RCC_CACHE: "0", RCC_CACHE_DIR: "/srv/rcc-cache" })).toBeUndefined();
  });

  it("reports a problem in a cached file at the same line as a fresh parse", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["    grade: C", "    grade: X"]);
    const fresh = problemsOf(dir);
    expect(fresh).toEqual([expect.stringMatching(/^municipalities\/27110-jung-gu\.yaml:\d+: systems\[\d\]\.grade: /)]);
    expect(problemsOf(dir)).toEqual(fresh);
  });

  it("never serves an edited file from the cache", () => {
    const dir = sampleConfig();
    loadCenter(dir);
    edit(dir, JUNG_GU, ["wave: 1", "wave: 3"]);
    expect(jungGuWave(dir)).toBe(3);
  });

  it("does not cache what JSON cannot hold, so .inf reaches validation as written", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["  vcpus: 80", "  vcpus: .inf"]);
    const fresh = problemsOf(dir);
    expect(fresh.join("\n")).toContain("quotas.vcpus");
    expect(problemsOf(dir)).toEqual(fresh);
  });

  it("is off with RCC_CACHE=0", () => {
    withEnv({ RCC_CACHE: "0" }, () => {
      const before = fs.readdirSync(cache).length;
      const dir = sampleConfig();
      edit(dir, JUNG_GU, ["wave: 1", "wave: 2"]);
      loadCenter(dir);
      expect(fs.readdirSync(cache)).toHaveLength(before);
    });
  });
});
