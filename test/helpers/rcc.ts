import { CommandIo } from "../../cli/commands/command";
import { main } from "../../cli/main";
import { configDirFrom } from "../../synthesis/settings";
import { SAMPLE_CONFIG } from "./config";

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
