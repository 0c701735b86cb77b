import { configDirFrom } from "../../synthesis/settings";

export type OptionSpec = Record<string, { type: "string" | "boolean" }>;
export type OptionValues = Record<string, string | boolean | undefined>;

/** Where a command reads settings and writes output: injected, so tests run commands in-process. */
export interface CommandIo {
  readonly env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
  configDir(flag: string | undefined): string;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: OptionSpec;
  /** Whether the command takes positional arguments (e.g. stack names). */
  readonly positionals?: boolean;
  /** Returns the exit code: 0 success, 1 problems found, 2 misuse. */
  run(values: OptionValues, io: CommandIo, positionals: string[]): number | Promise<number>;
}

export function processIo(env: NodeJS.ProcessEnv = process.env): CommandIo {
  return {
    env,
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    configDir: (flag) => configDirFrom(flag, env),
  };
}

/** A string option's value (parseArgs gives strings for options declared `type: "string"`). */
export function stringOption(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}
