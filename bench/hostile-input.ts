/**
 * `npm run bench:input`: configs of about 10 MB built to be as slow as possible for rcc (and one
 * valid config of that size), each validated cold (no YAML cache) by `rcc validate` in a fresh
 * process. The target: every one answered, with exit 0 or 1, in under 5 s. Prints a table and
 * writes bench/hostile-input.json. Options: --only NAME, --out FILE.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { LIMITS } from "../model/limits";
import { RegionFile } from "../model/schema/region";
import { writeScaledConfig } from "../test/helpers/synthetic-config";

const ROOT = path.resolve(__dirname, "..");
const TARGET_S = 5;
const { values } = parseArgs({
  options: { only: { type: "string" }, out: { type: "string", default: path.join(ROOT, "bench/hostile-input.json") } },
});
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "rcc-hostile-"));
const sampleRegion = fs.readFileSync(path.join(ROOT, "config/region.yaml"), "utf8");
const sampleMunicipality = fs.readFileSync(path.join(ROOT, "config/municipalities/27110-jung-gu.yaml"), "utf8");
/** Files just under the size limit, ten of them: about 10 MB. */
const FILES = 10;
const ROOM = LIMITS.fileBytes - sampleMunicipality.length - 1024;

/** A config of the sample region and `count` copies of Jung-gu, each given `extra` text by `edit`. */
function copies(dir: string, count: number, edit: (text: string, i: number) => string): void {
  fs.mkdirSync(path.join(dir, "municipalities"), { recursive: true });
  fs.writeFileSync(path.join(dir, "region.yaml"), sampleRegion);
  for (let i = 0; i < count; i++) {
    const code = `27${String(100 + i).padStart(3, "0")}`;
    const text = sampleMunicipality
      .replace('code: "27110"', `code: "${code}"`)
      .replace("name: jung-gu", `name: m${i}-gu`);
    fs.writeFileSync(path.join(dir, "municipalities", `${code}-m${i}-gu.yaml`), edit(text, i));
  }
}

const repeatTo = (unit: string, bytes: number) => unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));

const CASES: Record<string, (dir: string) => void> = {
  "one 10 MB file": (dir) => copies(dir, 1, (t) => `${t}# ${repeatTo("x", 10_000_000)}\n`),
  "dense flow lists": (dir) => copies(dir, FILES, (t) => `${t}extra: [${repeatTo("0,", ROOM)}0]\n`),
  "empty mappings": (dir) => copies(dir, FILES, (t) => `${t}extra: [${repeatTo("{},", ROOM)}{}]\n`),
  "huge e-mail": (dir) => copies(dir, FILES, (t) => t.replace(/email: \S+/, `email: ${repeatTo("a.", ROOM)}@x`)),
  "huge unknown key": (dir) =>
    copies(dir, FILES, (t) => t.replace("  floatingIps: 4", `  ${repeatTo("floatingIp", ROOM)}: 4`)),
  "huge purpose": (dir) =>
    copies(dir, FILES, (t) => t.replace("purpose: 구청 홈페이지 공개", `purpose: ${repeatTo("가", ROOM)}`)),
  "huge peer": (dir) => copies(dir, FILES, (t) => t.replace("from: internet", `from: ${repeatTo("1.1.1.1.", ROOM)}`)),
  "many problems": (dir) =>
    copies(dir, FILES, (t) =>
      t.replace("contacts:\n", `contacts:\n${repeatTo("  - { role: boss, name: n, email: e@x.example }\n", ROOM / 2)}`),
    ),
  "many unknown dependencies": (dir) =>
    copies(dir, FILES, (t) => {
      const names = Array.from({ length: 24_000 }, (_, i) => `n${i}`).join(", ");
      return t.replace("dependsOn: [resident-registry]", `dependsOn: [${names}]`);
    }),
  "aliases at the limit": (dir) =>
    copies(dir, FILES, (t) => {
      const anchor = `  a: &a [${Array(99).fill("x").join(", ")}]\n`;
      return `${t}laughs:\n${anchor}  b: [${Array(101).fill("*a").join(", ")}]\n`;
    }),
  "deep nesting": (dir) => copies(dir, FILES, (t) => `${t}extra:\n  ${repeatTo("- ", ROOM)}x\n`),
  "2,000 files sharing one address range": (dir) => copies(dir, 2000, (t) => t),
  "valid, 226 municipalities of 75 systems": (dir) =>
    writeScaledConfig(dir, parse(sampleRegion) as RegionFile, 226, 75),
};

function sizeOf(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .reduce((n, f) => n + (fs.statSync(path.join(dir, f)).isFile() ? fs.statSync(path.join(dir, f)).size : 0), 0);
}

const results = Object.entries(CASES)
  .filter(([name]) => !values.only || name.includes(values.only))
  .map(([name, build]) => {
    const dir = path.join(scratch, name.replace(/\W+/g, "-"));
    build(dir);
    const started = performance.now();
    const run = spawnSync(process.execPath, ["bin/rcc.js", "validate", "--config", dir], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 1 << 28,
      timeout: 120_000,
      env: { ...process.env, RCC_CACHE: "0" },
    });
    const seconds = (performance.now() - started) / 1000;
    const lines = run.stderr.trimEnd().split("\n");
    fs.rmSync(dir, { recursive: true, force: true });
    return {
      case: name,
      mb: Math.round(sizeOf_(dir, build) * 100) / 100,
      exit: run.status,
      seconds: Math.round(seconds * 100) / 100,
      outputLines: run.status === 0 ? 1 : lines.length,
      answer: (run.status === 0 ? run.stdout.trim() : lines[lines.length - 1]).replace(dir, "<config>"),
      met: (run.status === 0 || run.status === 1) && seconds < TARGET_S,
    };
  });

/** The size is measured on a second build, since the first is removed right after its run. */
function sizeOf_(dir: string, build: (d: string) => void): number {
  build(dir);
  const mb = sizeOf(dir) / 1e6;
  fs.rmSync(dir, { recursive: true, force: true });
  return mb;
}

fs.rmSync(scratch, { recursive: true, force: true });
const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model.trim(), node: process.version };
fs.writeFileSync(values.out, `${JSON.stringify({ machine, targetS: TARGET_S, results }, null, 2)}\n`);
console.table(results.map((r) => ({ ...r, answer: r.answer.slice(0, 70) })));
const missed = results.filter((r) => !r.met);
console.log(
  missed.length === 0
    ? `every case answered with exit 0 or 1 in under ${TARGET_S} s`
    : `missed: ${missed.map((r) => `${r.case} (${r.seconds} s, exit ${r.exit})`).join("; ")}`,
);
process.exitCode = missed.length === 0 ? 0 : 1;
