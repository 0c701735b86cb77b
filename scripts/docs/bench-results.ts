/** The scale benchmark's table in CONTRIBUTING.md, from the committed bench/results.json (npm run bench writes it). */
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT, table } from "./markdown";

interface Run {
  tenants: number;
  stacks: number;
  resources: number;
  wallS: number;
  synthS: number;
  perTenantMs: number;
  validateS: number;
  peakRssMb: number;
  outputMb: number;
  selectiveS: number;
  selectiveIdentical: boolean;
  baselineSynthS: number;
  ratio: number;
}

interface Results {
  machine: { cpus: number; cpu: string; memoryGb: number; node: string };
  systemsPerTenant: number;
  runs: Run[];
}

export function benchResultsSection(file: string) {
  const results: Results = JSON.parse(fs.readFileSync(path.join(ROOT, "bench/results.json"), "utf8"));
  const { machine, runs } = results;
  const header = ["tenants", "stacks", "resources", "wall", "synth", "per tenant", "validate", "peak RSS", "output"];
  const rows = runs.map((r) => [
    ...[r.tenants, r.stacks, r.resources].map(String),
    ...[r.wallS, r.synthS].map((s) => `${s} s`),
    `${r.perTenantMs} ms`,
    `${r.validateS} s`,
    `${r.peakRssMb} MB`,
    `${r.outputMb} MB`,
    `${r.selectiveS} s${r.selectiveIdentical ? "" : " (DIFFERS from the full synthesis)"}`,
    `${r.baselineSynthS} s`,
    String(r.ratio),
  ]);
  const [first, last] = [runs[0], runs[runs.length - 1]];
  const perTenant = Math.round((last.perTenantMs / first.perTenantMs) * 100) / 100;
  const lines = [
    `Measured on ${machine.cpus} x ${machine.cpu}, ${machine.memoryGb} GiB, Node ${machine.node}, ` +
      `${results.systemsPerTenant} systems per tenant (\`npm run bench\`, in \`bench/results.json\`):`,
    "",
    ...table([...header, "one tenant (--stack)", "plain cdktf", "ratio"], rows),
    "",
    `Per-tenant time, ${last.tenants} vs ${first.tenants} tenants: ${perTenant}x.`,
  ];
  return { file, name: "bench-results", lines };
}
