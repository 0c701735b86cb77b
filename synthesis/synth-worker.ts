/** One worker of a parallel synthesis: builds and synthesizes its batch of stacks into its part directory. */
import * as fs from "node:fs";
import * as path from "node:path";
import { workerData } from "node:worker_threads";
import { synthesizeStacks } from "../stacks/app";
import { WorkerTask } from "./parallel-synth";

const task = workerData as WorkerTask;
const status = new Int32Array(task.status);
try {
  synthesizeStacks(task.center, {
    outdir: task.outdir,
    into: task.partOutdir,
    projectDir: task.projectDir,
    wave: task.wave,
    only: new Set(task.stacks),
  });
  Atomics.store(status, task.index, 1);
} catch (error) {
  fs.mkdirSync(task.partOutdir, { recursive: true });
  fs.writeFileSync(path.join(task.partOutdir, "error.txt"), String((error as Error).stack ?? error));
  Atomics.store(status, task.index, 2);
}
Atomics.notify(status, task.index);
