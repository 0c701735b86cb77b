/**
 * `npm run bench`: synthesizes generated configs of 10, 50 and 226 municipalities (about 20
 * systems each) and a plain-cdktf baseline with the same resources, each in a fresh process, and
 * writes bench/results.json plus a table. Options: --sizes 10,50 --systems 20 --out FILE.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { stackFile, STACKS_DIR } from "../contract/outputs";
import { parseStackName } from "../contract/stack-names";
import { RegionFile } from "../model/schema/region";
import { writeScaledConfig } from "../test/helpers/synthetic-config";

const ROOT = path.resolve(__dirname, "..");
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10,50,226" },
    systems: { type: "string", default: "20" },
    out: { type: "string", default: path.join(ROOT, "bench/results.json") },
  },
});
const sizes = values.sizes.split(",").map(Number);
const systems = Number(values.systems);
const sample = parse(fs.readFileSync(path.join(ROOT, "config/region.yaml"), "utf8")) as RegionFile;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "rcc-bench-"));

/** Runs a bench child with tsx, as `rcc` runs; returns its JSON line (times measured inside the process). */
function measure(script: string, args: string[]): Record<string, number> {
  const output = execFileSync(process.execPath, [require.resolve("tsx/cli"), path.join(__dirname, script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1", DISABLE_VERSION_CHECK: "1" },
    maxBuffer: 1 << 26,
  });
  return JSON.parse(output.trim().split("\n").pop()!);
}

/** Per stack, the number of resources of each type; and the output's size. */
function inventory(outdir: string) {
  const counts: Record<string, Record<string, number>> = {};
  let resources = 0;
  let bytes = 0;
  for (const stack of fs.readdirSync(path.join(outdir, STACKS_DIR)).sort()) {
    const file = stackFile(outdir, stack);
    bytes += fs.statSync(file).size;
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    counts[stack] = Object.fromEntries(
      Object.entries(json.resource ?? {}).map(([type, named]) => [type, Object.keys(named as object).length]),
    );
    resources += Object.values(counts[stack]).reduce((a, b) => a + b, 0);
  }
  return { counts, resources, bytes };
}

const runs = sizes.map((tenants, i) => {
  const config = path.join(scratch, `config-${tenants}`);
  writeScaledConfig(config, sample, tenants, systems);
  // The first size also runs once before measuring, to fill tsx's compile cache: timings are warm.
  if (i === 0) measure("measure-rcc.ts", [config, path.join(scratch, "warmup")]);
  const outdir = path.join(scratch, `out-${tenants}`);
  const rcc = measure("measure-rcc.ts", [config, outdir]);
  const { counts, resources, bytes } = inventory(outdir);
  const firstTenant = Object.keys(counts).find((stack) => parseStackName(stack)?.kind === "tenant")!;
  const selective = selectiveSynth(config, outdir, firstTenant);
  const cliWallMs = rccSynth(config, path.join(scratch, "cli"));
  fs.rmSync(path.join(scratch, "cli"), { recursive: true, force: true });
  const countsFile = path.join(scratch, `counts-${tenants}.json`);
  fs.writeFileSync(countsFile, JSON.stringify(counts));
  const baseline = measure("measure-baseline.ts", [countsFile, path.join(scratch, `baseline-${tenants}`)]);
  fs.rmSync(outdir, { recursive: true, force: true });
  return {
    tenants,
    systems: tenants * systems,
    stacks: rcc.stacks,
    resources,
    wallS: round(cliWallMs / 1000),
    synthS: round(rcc.synthMs / 1000),
    validateS: round(rcc.validateMs / 1000),
    perTenantMs: Math.round(rcc.synthMs / tenants),
    peakRssMb: rcc.maxRssMb,
    outputMb: round(bytes / 1e6),
    selectiveS: selective.wallS,
    selectiveIdentical: selective.identical,
    baselineSynthS: round(baseline.synthMs / 1000),
    baselinePeakRssMb: baseline.maxRssMb,
    ratio: round(rcc.synthMs / baseline.synthMs),
  };
});
fs.rmSync(scratch, { recursive: true, force: true });

const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? "unknown",
  memoryGb: round(os.totalmem() / 2 ** 30),
  node: process.version,
};
fs.writeFileSync(values.out, `${JSON.stringify({ machine, systemsPerTenant: systems, runs }, null, 2)}\n`);

console.log(`${machine.cpus} x ${machine.cpu}, ${machine.memoryGb} GiB, Node ${machine.node}`);
console.log(
  "| tenants | stacks | resources | wall | synth | per tenant | validate | peak RSS | output | one tenant (--stack) | plain cdktf | ratio |",
);
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of runs) {
  console.log(
    `| ${r.tenants} | ${r.stacks} | ${r.resources} | ${r.wallS} s | ${r.synthS} s | ${r.perTenantMs} ms | ${r.validateS} s | ` +
      `${r.peakRssMb} MB | ${r.outputMb} MB | ${r.selectiveS} s${r.selectiveIdentical ? "" : " (DIFFERS)"} | ` +
      `${r.baselineSynthS} s | ${r.ratio} |`,
  );
}
const [first, last] = [runs[0], runs[runs.length - 1]];
console.log(
  `per-tenant time, ${last.tenants} vs ${first.tenants} tenants: ${round(last.perTenantMs / first.perTenantMs)}x`,
);

/** The wall time of `rcc synth [--stack NAME]` as a user runs it, in a fresh process. */
function rccSynth(config: string, outdir: string, stack?: string): number {
  const args = [path.join(ROOT, "bin/rcc.js"), "synth", "--config", config, "--out", outdir];
  const start = performance.now();
  execFileSync(process.execPath, stack ? [...args, "--stack", stack] : args, {
    cwd: ROOT,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", DISABLE_VERSION_CHECK: "1" },
  });
  return performance.now() - start;
}

/** `rcc synth --stack <one tenant>`, warm (the second of two runs), and whether it matches the full synthesis. */
function selectiveSynth(config: string, fullOutdir: string, stack: string) {
  const outdir = path.join(scratch, "selective");
  rccSynth(config, outdir, stack);
  const wallS = round(rccSynth(config, outdir, stack) / 1000);
  const file = (dir: string) => fs.readFileSync(stackFile(dir, stack), "utf8");
  const identical = file(outdir) === file(fullOutdir);
  fs.rmSync(outdir, { recursive: true, force: true });
  return { wallS, identical };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
