import * as fs from "node:fs";
import { loadCenter } from "../../model/load";
import { formatProblem } from "../../model/problems";
import { edit, JUNG_GU, sampleConfig, tempDir } from "../helpers/config";

const cache = tempDir("rcc-cache-");
const problemsOf = (dir: string) => loadCenter(dir).problems.map((p) => formatProblem(p).replace(`${dir}/`, ""));

describe("the parsed-YAML cache", () => {
  const saved = process.env.RCC_CACHE_DIR;
  beforeAll(() => (process.env.RCC_CACHE_DIR = cache));
  afterAll(() => (saved === undefined ? delete process.env.RCC_CACHE_DIR : (process.env.RCC_CACHE_DIR = saved)));

  it("gives the same center on a second load, read from the cache", () => {
    const dir = sampleConfig();
    const first = loadCenter(dir);
    const entries = fs.readdirSync(cache).length;
    expect(entries).toBe(10);
    expect(loadCenter(dir)).toEqual(first);
    expect(fs.readdirSync(cache)).toHaveLength(entries);
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
    expect(loadCenter(dir).center!.municipalities.find((m) => m.code === "27110")!.wave).toBe(3);
  });

  it("does not cache what JSON cannot hold, so .inf reaches validation as written", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["  vcpus: 80", "  vcpus: .inf"]);
    const fresh = problemsOf(dir);
    expect(fresh.join("\n")).toContain("quotas.vcpus");
    expect(problemsOf(dir)).toEqual(fresh);
  });

  it("is off with RCC_CACHE=0", () => {
    process.env.RCC_CACHE = "0";
    try {
      const before = fs.readdirSync(cache).length;
      const dir = sampleConfig();
      edit(dir, JUNG_GU, ["wave: 1", "wave: 2"]);
      loadCenter(dir);
      expect(fs.readdirSync(cache)).toHaveLength(before);
    } finally {
      delete process.env.RCC_CACHE;
    }
  });
});
