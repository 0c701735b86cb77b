/**
 * `npm run e2e`: the sample deployed for real on the test cloud (scripts/test-cloud/up), with
 * the real provider and `npx cdktf deploy`, then checked against the cloud's own API, re-planned
 * (no change allowed), changed (one ingress port, one quota), checked with real packets against
 * the reachability model (e2e/packets/), and destroyed. Each phase prints
 * its time; the first failure stops the run with the lines that explain it.
 */
import * as fs from "node:fs";
import { backupContainerName } from "../contract/resource-names";
import { formatProblem } from "../model/problems";
import { synthesize } from "../synthesis/synthesize";
import { tail } from "./command";
import { editMunicipality, writeE2eConfig } from "./config";
import { Counts, expectedChanges, planCounts, snapshot } from "./expected-changes";
import { checkPackets } from "./packets";
import { E2E_DIR, E2E_OUTDIR, E2E_STATE_DIR, E2E_TIMINGS } from "./paths";
import { E2eTimings } from "./timings";
import { byWaves, cdktfStack, deployEnv, deployStack, deployWaves, planStack, StackRun } from "./stacks";
import { allowDestroyInE2eCopy } from "./teardown";
import { proveBackupSync } from "./verify/backup-sync";
import { CHECKS } from "./verify/checks";
import { domainId, Inventory, inventoryOf, networkExtensions, swiftAccount } from "./verify/inventory";
import { deployedResources } from "./verify/state";

const PARALLELISM = Number(process.env.RCC_E2E_PARALLELISM ?? 4);
/** The municipality the change step edits, and what it changes. */
const CHANGED_FILE = "27110-jung-gu.yaml";
const CHANGED_STACK = "tenant-27110";
/** The backup container the sync proof writes into. */
const SYNCED_CONTAINER = backupContainerName("daegu", "27110");
/** The test cloud's clouds.yaml entries for the sample: the two sites' admins and the backup identity. */
const CLOUDS = { center: "daegu-rcc", partner: "busan-rcc", backup: "daegu-rcc-backup" };

class E2eFailure extends Error {}

const timings: E2eTimings = { parallelism: PARALLELISM, phases: {}, deploy: {}, replan: {}, destroy: {} };

async function phase<T>(key: string, name: string, run: () => Promise<T> | T): Promise<T> {
  const started = Date.now();
  process.stdout.write(`\n== e2e: ${name}\n`);
  try {
    return await run();
  } finally {
    const seconds = (Date.now() - started) / 1000;
    timings.phases[key] = Number(seconds.toFixed(1));
    process.stdout.write(`(${name}: ${seconds.toFixed(1)} s)\n`);
  }
}

function synth(configDir: string): string[] {
  const result = synthesize({ configDir, outdir: E2E_OUTDIR });
  if (!result.stacks) {
    throw new E2eFailure(`the e2e config does not synthesize:\n${result.problems.map(formatProblem).join("\n")}`);
  }
  return result.stacks;
}

function failIfAny(what: string, runs: readonly StackRun[], ok: (run: StackRun) => boolean = (r) => r.code === 0) {
  const failed = runs.filter((r) => !ok(r));
  if (failed.length === 0) return;
  throw new E2eFailure(
    failed.map((r) => `${r.stack}: ${what} failed (exit ${r.code}):\n${tail(r.output)}`).join("\n\n"),
  );
}

const secondsByStack = (runs: readonly StackRun[]) =>
  Object.fromEntries(runs.map((r) => [r.stack, Number(r.seconds.toFixed(1))]));

async function main(): Promise<void> {
  const env = deployEnv();
  const extensions = await phase("cloud", "the test cloud answers", () => networkExtensions(CLOUDS.center, env));
  const config = writeE2eConfig({
    fwaas: extensions.includes("fwaas_v2"),
    domainIdOf: (name) => domainId(CLOUDS.partner, name, env),
    partnerAccount: () => swiftAccount(CLOUDS.partner, env),
  });
  for (const change of config.changes) console.log(`e2e config: ${change}`);
  fs.rmSync(E2E_STATE_DIR, { recursive: true, force: true });
  fs.rmSync(`${E2E_DIR}/logs`, { recursive: true, force: true });

  const stacks = await phase("synth", "synthesize", () => synth(config.configDir));
  const waves = deployWaves(stacks);
  console.log(waves.map((w, i) => `wave ${i + 1}: ${w.join(", ")}`).join("\n"));

  const deployed = await phase("deploy", "deploy every stack (npx cdktf deploy)", () =>
    byWaves(waves, PARALLELISM, (stack) => deployStack(stack, env)),
  );
  timings.deploy = secondsByStack(deployed);
  failIfAny("cdktf deploy", deployed);

  await phase("verify", "check the cloud holds what was promised", () => verify(stacks, env));

  await phase("backup-sync", "a backup written at the center reaches the partner, keeping its previous copy", () => {
    const proof = proveBackupSync(SYNCED_CONTAINER, CLOUDS, env);
    console.log(
      `${SYNCED_CONTAINER}: ${proof.previousCopiesAtCenter} previous copy kept at the center, the new one at the ` +
        `partner after ${proof.secondsToReachPartner} s, the delete after ${proof.secondsToDeleteAtPartner} s ` +
        `(${proof.previousCopiesAtPartner} previous copies kept there)`,
    );
  });

  const replans = await phase("replan", "re-plan every stack: no change", () =>
    byWaves([stacks], PARALLELISM, (stack) => planStack(stack, env)),
  );
  timings.replan = secondsByStack(replans);
  failIfAny("the plan right after the deploy shows changes or", replans);

  await phase("change", "change one ingress port and one quota: the plan shows exactly that", async () => {
    const before = snapshot(E2E_OUTDIR, stacks);
    editMunicipality(CHANGED_FILE, (doc) => {
      doc.setIn(["quotas", "vcpus"], Number(doc.getIn(["quotas", "vcpus"])) + 8);
      const ports = doc.getIn(["systems", 0, "ingress", 0, "ports"], true) as { add(v: unknown): void };
      ports.add(8443);
    });
    synth(config.configDir);
    const after = snapshot(E2E_OUTDIR, stacks);
    const expected = new Map(stacks.map((s) => [s, expectedChanges(before.get(s)!, after.get(s)!)]));
    if (sum(expected.get(CHANGED_STACK)!) === 0) throw new E2eFailure(`the change left ${CHANGED_STACK} as it was`);
    const plans = await byWaves([stacks], PARALLELISM, (stack) => planStack(stack, env, "change-plan"));
    const asSynthesized = (r: StackRun) => r.code !== 1 && same(planCounts(r.output), expected.get(r.stack)!);
    failIfAny("the plan of the change is not what the synthesis changed", plans, asSynthesized);
    const changed = stacks.filter((s) => sum(expected.get(s)!) > 0);
    console.log(changed.map((s) => `${s}: ${describe(expected.get(s)!)}, as planned`).join("\n"));
    const applied = await byWaves(deployWaves(changed), PARALLELISM, (stack) =>
      deployStack(stack, env, "change-deploy"),
    );
    failIfAny("cdktf deploy of the change", applied);
    const again = await byWaves([changed], PARALLELISM, (stack) => planStack(stack, env, "change-replan"));
    failIfAny("the plan right after the change shows changes or", again);
  });

  await phase("packets", "real packets between test hosts on the deployed ports agree with the model", () => {
    const { lines, problems } = checkPackets(config.configDir, stacks, env);
    console.log(lines.join("\n"));
    if (problems.length > 0) throw new E2eFailure(problems.join("\n"));
  });

  if (process.env.RCC_E2E_KEEP === "1") {
    console.log(
      "RCC_E2E_KEEP=1: the deployment stays; `npm run e2e:packets` checks it again, `npm run test-cloud:down` ends it",
    );
    return;
  }

  await phase("destroy", "destroy every stack (test-only: prevent_destroy lifted in the e2e's copy)", async () => {
    console.log(`lifted prevent_destroy on ${allowDestroyInE2eCopy(stacks)} resources of .build/e2e/cdktf.out`);
    const destroyed = await byWaves([...waves].reverse(), PARALLELISM, (stack) => cdktfStack("destroy", stack, env));
    timings.destroy = secondsByStack(destroyed);
    failIfAny("cdktf destroy", destroyed);
  });
}

async function verify(stacks: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const resources = deployedResources(stacks);
  const clouds = [inventoryOf(CLOUDS.center, env), inventoryOf(CLOUDS.partner, env)];
  const cloud = merged(clouds);
  const problems: string[] = [];
  for (const [name, check] of Object.entries(CHECKS)) {
    const found = check(resources, cloud);
    console.log(`${found.length === 0 ? "ok  " : "FAIL"} ${name}${found.length ? `: ${found.length} problem(s)` : ""}`);
    problems.push(...found);
  }
  console.log(`${resources.length} deployed resources checked against the cloud's API`);
  if (problems.length > 0) throw new E2eFailure(problems.join("\n"));
}

/** Both admins see the same cloud here, but each its own account's containers. */
function merged([center, partner]: readonly Inventory[]): Inventory {
  const containers = [
    ...center.containers.map((c) => ({ ...c, atPartner: false })),
    ...partner.containers.map((c) => ({ ...c, atPartner: true })),
  ];
  return { ...center, containers };
}

const sum = (c: Counts) => c.add + c.change + c.destroy;
const same = (a: Counts | undefined, b: Counts) =>
  a !== undefined && a.add === b.add && a.change === b.change && a.destroy === b.destroy;
const describe = (c: Counts) => `${c.add} to add, ${c.change} to change, ${c.destroy} to destroy`;

main()
  .then(() =>
    console.log("\ne2e: deployed, verified, re-planned with no change, changed, checked with packets and destroyed"),
  )
  .catch((error: unknown) => {
    console.error(`\ne2e FAILED: ${error instanceof E2eFailure ? error.message : (error as Error).stack}`);
    console.error(`logs: ${E2E_DIR}/logs/`);
    process.exitCode = 1;
  })
  .finally(() => {
    fs.mkdirSync(E2E_DIR, { recursive: true });
    fs.writeFileSync(E2E_TIMINGS, `${JSON.stringify(timings, null, 2)}\n`);
  });
