import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export interface CommandRun {
  readonly code: number;
  readonly seconds: number;
  /** stdout and stderr as they came, also in the log file. */
  readonly output: string;
}

/** Runs a command to its end, its output kept in `log` (appended) for when something fails. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log: string },
): Promise<CommandRun> {
  const started = process.hrtime.bigint();
  fs.mkdirSync(path.dirname(options.log), { recursive: true });
  fs.appendFileSync(options.log, `\n$ ${command} ${args.join(" ")}\n`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    const keep = (chunk: Buffer) => {
      chunks.push(chunk);
      fs.appendFileSync(options.log, chunk);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const done = (code: number) =>
      resolve({
        code,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        output: Buffer.concat(chunks).toString("utf8"),
      });
    child.on("error", (error) => {
      keep(Buffer.from(`cannot run ${command}: ${error.message}\n`));
      done(127);
    });
    child.on("close", (code) => done(code ?? 1));
  });
}

/** The last lines of a command's output: what a failure report shows. */
export function tail(text: string, lines = 40): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}
