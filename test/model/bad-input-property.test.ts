import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { pick, random } from "../helpers/synthetic-config";
import { sampleConfig, tempDir } from "../helpers/config";
import { MUTATIONS, toBytes } from "../helpers/mutations";
import { rcc } from "../helpers/rcc";

/**
 * Whatever damage a config takes, rcc answers with exit 0 or 1 and located problems, never a
 * stack trace and never a hang. Seeds are fixed so CI is reproducible; RCC_PROPERTY_SEEDS=a-b (or
 * one number) runs others, e.g. RCC_PROPERTY_SEEDS=1-500 for a long local run.
 */
const ROOT = path.resolve(__dirname, "../..");
const SEEDS = seedRange(process.env.RCC_PROPERTY_SEEDS ?? "1-150");
const SUBPROCESS_EVERY = 40;
const SYNTH_EVERY = 30;

function seedRange(text: string): number[] {
  const [from, to = from] = text.split("-").map(Number);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The sample with one to three random mutations of random files; says what was done, for the failure message. */
function mutatedConfig(seed: number): { dir: string; done: string[] } {
  const rng = random(seed);
  const dir = sampleConfig();
  const files = ["region.yaml", ...fs.readdirSync(path.join(dir, "municipalities")).map((f) => `municipalities/${f}`)];
  const done: string[] = [];
  for (let n = 1 + Math.floor(rng() * 3); n > 0; n--) {
    const file = pick(rng, files);
    const name = pick(rng, Object.keys(MUTATIONS));
    const target = path.join(dir, file);
    fs.writeFileSync(target, toBytes(MUTATIONS[name](read(target), rng)));
    done.push(`${name} ${file}`);
  }
  return { dir, done };
}

/** The file as text, its invalid bytes (from an earlier mutation) kept as raw stretches. */
function read(file: string): string {
  const bytes = fs.readFileSync(file);
  const text = bytes.toString("utf8");
  return Buffer.from(text, "utf8").equals(bytes) ? text : `\uE000RAW${bytes.toString("latin1")}RAW\uE000`;
}

/** Exit 0, or exit 1 with every line `file:line: ...` but the closing count; never a trace. */
function expectAnswer(code: number | null, err: string, context: string): void {
  expect({ context, code: code === 0 || code === 1 ? "0 or 1" : code }).toEqual({ context, code: "0 or 1" });
  expect({ context, trace: /\n\s+at |Error:|internal error/.test(err) }).toEqual({ context, trace: false });
  if (code === 1) {
    const problems = err.split("\n").slice(0, -1);
    const unlocated = problems.filter((line) => !/^\S.*:\d+: /.test(line));
    expect({ context, unlocated }).toEqual({ context, unlocated: [] });
    expect(err.split("\n").pop()).toMatch(/^rcc: \d+ problem\(s\) in /);
  }
}

describe("random damage to the sample config", () => {
  it.each(SEEDS)("seed %i: rcc validate answers 0 or 1 with located problems", async (seed) => {
    const { dir, done } = mutatedConfig(seed);
    const context = `seed ${seed}: ${done.join(", ")}`;
    if (seed % SUBPROCESS_EVERY === 0) {
      // Through a real process with a kill timeout: a hang fails here instead of stalling CI.
      const run = spawnSync(process.execPath, ["bin/rcc.js", "validate", "--config", dir], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 30_000,
        env: { ...process.env, RCC_CACHE: "0" },
      });
      expect({ context, killed: run.signal }).toEqual({ context, killed: null });
      expectAnswer(run.status, run.stderr.trimEnd(), context);
      return;
    }
    const { code, err } = await rcc(["validate", "--config", dir]);
    expectAnswer(code, err, context);
    if (seed % SYNTH_EVERY === 0 || (code === 0 && seed % 5 === 0)) {
      const synth = await rcc(["synth", "--config", dir, "--out", path.join(tempDir(), "out")]);
      expect({ context, code: synth.code, trace: /\n\s+at |internal error/.test(synth.err) }).toEqual({
        context,
        code: synth.code === 0 || synth.code === 1 ? synth.code : "0 or 1",
        trace: false,
      });
    }
  });
});
