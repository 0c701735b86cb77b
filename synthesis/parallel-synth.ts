/**
 * Synthesis on every core: the planned stacks are split into batches, each municipality's stacks
 * together, and each batch is built and synthesized by a worker thread into its own part
 * directory. The engine then moves the parts into place, so the output is byte-identical to a
 * synthesis in one thread. The caller blocks until all workers are done,
 * which keeps synthesis synchronous for every caller.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { codeOfStack } from "../contract/stack-names";
import { Center } from "../model/center";
import { mergeSynthesisParts } from "../stacks/app";

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
  mergeSynthesisParts(options.outdir, parts);
}

/** Batches of about equal size; a municipality's stacks (`*-<code>`) stay in one batch, for their dependencies. */
function batch(stacks: readonly string[], workers: number): string[][] {
  const groups = new Map<string, string[]>();
  for (const stack of stacks) {
    const key = codeOfStack(stack) ?? stack;
    groups.set(key, [...(groups.get(key) ?? []), stack]);
  }
  const batches: string[][] = Array.from({ length: workers }, () => []);
  for (const group of groups.values()) {
    batches.reduce((smallest, b) => (b.length < smallest.length ? b : smallest)).push(...group);
  }
  return batches.filter((b) => b.length > 0);
}
