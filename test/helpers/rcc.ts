import { spawn } from "node:child_process";
import * as path from "node:path";
import { CommandIo } from "../../cli/commands/command";
import { main } from "../../cli/main";
import { configDirFrom } from "../../synthesis/settings";
import { SAMPLE_CONFIG, tempDir } from "./config";

/** Runs `rcc <args>` in-process, capturing what it prints; the config dir defaults to the sample. */
export async function rcc(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    env,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    configDir: (flag) => configDirFrom(flag, { RCC_CONFIG_DIR: SAMPLE_CONFIG, ...env }),
  };
  const code = await main(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/**
 * `node bin/rcc.js <args>` in its own process with exactly `env` (plus telemetry off), from a scratch
 * directory; never blocks a server the test runs. For what only a process start reads
 * (NODE_EXTRA_CA_CERTS) and what libraries read from process.env and the home directory themselves.
 */
export function rccProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [path.resolve(__dirname, "../../bin/rcc.js"), ...args], {
    cwd: tempDir(),
    env: { ...env, CHECKPOINT_DISABLE: "1", DISABLE_VERSION_CHECK: "1" },
  });
  const [out, err]: string[][] = [[], []];
  child.stdout.on("data", (chunk) => out.push(String(chunk)));
  child.stderr.on("data", (chunk) => err.push(String(chunk)));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out: out.join("").trimEnd(), err: err.join("").trimEnd() }));
  });
}
