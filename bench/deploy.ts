/**
 * `npm run bench:deploy`: the sample deployed on the test cloud (`npm run e2e`, which needs
 * `npm run test-cloud:up` first), then per stack its `cdktf deploy` time and its empty re-plan
 * time, against the targets: a tenant stack deploys in at most 2 minutes, an empty re-plan takes
 * at most 15 s, the whole sample deploys in at most 15 minutes. Prints a table and writes
 * bench/deploy.json. Options: --from-last-run (read .build/e2e/timings.json, run nothing),
 * --out FILE. Exits 1 when the e2e fails; a missed target is printed, as a figure, not a failure.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { parseStackName } from "../contract/stack-names";
import { E2E_TIMINGS } from "../e2e/paths";
import { E2eTimings } from "../e2e/timings";

const ROOT = path.resolve(__dirname, "..");
const TARGETS = { tenantDeployS: 120, replanS: 15, sampleDeployS: 15 * 60 };
const { values } = parseArgs({
  options: {
    "from-last-run": { type: "boolean", default: false },
    out: { type: "string", default: path.join(ROOT, "bench/deploy.json") },
  },
});

function timingsOfE2e(): E2eTimings {
  if (!values["from-last-run"]) {
    const e2e = spawnSync("npm", ["run", "--silent", "e2e"], { cwd: ROOT, stdio: "inherit" });
    if (e2e.status !== 0) throw new Error(`npm run e2e failed (exit ${e2e.status}): no figures`);
  }
  if (!fs.existsSync(E2E_TIMINGS)) throw new Error(`${E2E_TIMINGS} does not exist: run npm run e2e first`);
  return JSON.parse(fs.readFileSync(E2E_TIMINGS, "utf8")) as E2eTimings;
}

const isTenant = (stack: string) => parseStackName(stack)?.kind === "tenant";

function main(): void {
  const timings = timingsOfE2e();
  const stacks = Object.keys(timings.deploy);
  if (stacks.length === 0) throw new Error(`${E2E_TIMINGS} holds no deploy: the last e2e stopped before it`);
  const rows = stacks.map((stack) => {
    const deployS = timings.deploy[stack];
    const replanS = timings.replan[stack];
    const deployMet = !isTenant(stack) || deployS <= TARGETS.tenantDeployS;
    const replanMet = replanS !== undefined && replanS <= TARGETS.replanS;
    return { stack, deployS, replanS: replanS ?? null, met: deployMet && replanMet };
  });
  const sampleDeployS = timings.phases.deploy;
  const result = {
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model.split(" ").slice(0, 2).join(" "),
      node: process.version,
    },
    parallelism: timings.parallelism,
    targets: TARGETS,
    sample: { deployS: sampleDeployS, met: sampleDeployS <= TARGETS.sampleDeployS, phases: timings.phases },
    stacks: rows,
  };
  fs.writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);

  const line = (stack: string, deploy: string, replan: string, met: string) =>
    `${stack.padEnd(18)} ${deploy.padStart(9)} ${replan.padStart(9)}  ${met}`;
  console.log(line("stack", "deploy s", "re-plan s", "targets"));
  for (const r of rows)
    console.log(line(r.stack, r.deployS.toFixed(1), r.replanS?.toFixed(1) ?? "-", r.met ? "met" : "MISSED"));
  console.log(
    `\nwhole sample: ${sampleDeployS.toFixed(0)} s to deploy at parallelism ${timings.parallelism} ` +
      `(target ${TARGETS.sampleDeployS} s: ${result.sample.met ? "met" : "MISSED"}); written to ${values.out}`,
  );
}

try {
  main();
} catch (error) {
  console.error(`bench:deploy: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
