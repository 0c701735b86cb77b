/**
 * Synthesis on every core: the planned stacks are split into batches, each municipality's stacks
 * together, and each batch is built and synthesized by a worker thread into its own part
 * directory. The parts are then moved into place and their manifests merged, so the output is
 * byte-identical to a synthesis in one thread. The caller blocks until all workers are done,
 * which keeps synthesis synchronous for every caller.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { Manifest } from "cdktf";
import { Center } from "../model/center";

export interface WorkerTask {
  readonly center: Center;
  readonly stacks: readonly string[];
  readonly outdir: string;
  readonly partOutdir: string;
  readonly projectDir: string;
  readonly wave?: number;
  /** One Int32 per worker: 0 running, 1 done, 2 failed (its part directory holds error.txt). */
  readonly status: SharedArrayBuffer;
  readonly index: number;
}

/** Below this many stacks, starting workers (each loads cdktf and the bindings) costs more than it saves. */
const MIN_STACKS = 100;

/** How many workers to use: RCC_WORKERS, or one per core; 1 means synthesize in this thread. */
export function workerCount(stacks: number, env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.RCC_WORKERS);
  const workers = Number.isInteger(configured) && configured > 0 ? configured : os.availableParallelism();
  return stacks < MIN_STACKS && env.RCC_WORKERS === undefined ? 1 : Math.min(workers, stacks);
}

export function synthesizeInWorkers(
  center: Center,
  stacks: readonly string[],
  options: { outdir: string; projectDir: string; wave?: number },
  workers: number,
): void {
  const batches = batch(stacks, workers);
  const status = new SharedArrayBuffer(4 * batches.length);
  const flags = new Int32Array(status);
  const parts = batches.map((batchStacks, index) => {
    const partOutdir = path.join(options.outdir, `.part-${index}`);
    fs.rmSync(partOutdir, { recursive: true, force: true });
    fs.mkdirSync(partOutdir, { recursive: true });
    const task: WorkerTask = { center, stacks: batchStacks, ...options, partOutdir, status, index };
    new Worker(path.join(__dirname, "synth-worker.js"), { workerData: task }).unref();
    return partOutdir;
  });
  parts.forEach((_, index) => {
    while (Atomics.load(flags, index) === 0) Atomics.wait(flags, index, 0, 1000);
  });
  const failed = parts.find((_, index) => flags[index] === 2);
  if (failed) {
    const error = fs.readFileSync(path.join(failed, "error.txt"), "utf8");
    for (const part of parts) fs.rmSync(part, { recursive: true, force: true });
    throw new Error(`a synthesis worker failed:\n${error}`);
  }
  mergeParts(options.outdir, parts);
}

/** Batches of about equal size; a municipality's stacks (`*-<code>`) stay in one batch, for their dependencies. */
function batch(stacks: readonly string[], workers: number): string[][] {
  const groups = new Map<string, string[]>();
  for (const stack of stacks) {
    const key = /-(\d+)$/.exec(stack)?.[1] ?? stack;
    groups.set(key, [...(groups.get(key) ?? []), stack]);
  }
  const batches: string[][] = Array.from({ length: workers }, () => []);
  for (const group of groups.values()) {
    batches.reduce((smallest, b) => (b.length < smallest.length ? b : smallest)).push(...group);
  }
  return batches.filter((b) => b.length > 0);
}

function mergeParts(outdir: string, parts: readonly string[]): void {
  const stacksDir = path.join(outdir, "stacks");
  fs.mkdirSync(stacksDir, { recursive: true });
  let manifest: Manifest | undefined;
  for (const part of parts) {
    const partManifest = JSON.parse(fs.readFileSync(path.join(part, "manifest.json"), "utf8"));
    manifest ??= new Manifest(partManifest.version, outdir, false);
    Object.assign(manifest.stacks, partManifest.stacks);
    for (const stack of fs.readdirSync(path.join(part, "stacks"))) {
      fs.rmSync(path.join(stacksDir, stack), { recursive: true, force: true });
      fs.renameSync(path.join(part, "stacks", stack), path.join(stacksDir, stack));
    }
    fs.rmSync(part, { recursive: true, force: true });
  }
  // cdktf's own writer, so the merged manifest is formatted exactly as a one-thread synthesis writes it.
  manifest?.writeToFile();
}
