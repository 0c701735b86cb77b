import { parseArgs } from "node:util";
import { auditCommand } from "./commands/audit";
import { checkSeparationCommand } from "./commands/check-separation";
import { Command, CommandIo, OptionValues, processIo } from "./commands/command";
import { diffCommand } from "./commands/diff";
import { doctorCommand } from "./commands/doctor";
import { migrateConfigCommand } from "./commands/migrate-config";
import { onboardCommand } from "./commands/onboard";
import { planCommand } from "./commands/plan";
import { reachCommand } from "./commands/reach";
import { synthCommand } from "./commands/synth";
import { validateCommand } from "./commands/validate";
import { INTERNAL_ERROR_EXIT, internalErrorMessage } from "../synthesis/internal-error";
import { UsageError } from "../synthesis/settings";

const COMMANDS: readonly Command[] = [
  validateCommand,
  onboardCommand,
  synthCommand,
  planCommand,
  checkSeparationCommand,
  reachCommand,
  auditCommand,
  diffCommand,
  doctorCommand,
  migrateConfigCommand,
];

/**
 * `rcc <command> [options]`; returns the exit code: 0, 1 for problems found, 2 for misuse, 70 for
 * a bug in rcc. User mistakes print a message, never a stack trace.
 */
export async function main(argv: readonly string[], io: CommandIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(help());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`rcc: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  try {
    const { values, positionals } = parseOptions(command, rest);
    return await command.run(values, io, positionals);
  } catch (error) {
    if (!(error instanceof UsageError)) {
      io.err(internalErrorMessage(error, io.env));
      return INTERNAL_ERROR_EXIT;
    }
    io.err(`rcc ${command.name}: ${error.message}\nusage: ${command.usage}`);
    return 2;
  }
}

function parseOptions(command: Command, args: string[]): { values: OptionValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: command.options,
      strict: true,
      allowPositionals: command.positionals ?? false,
    });
    return { values: values as OptionValues, positionals };
  } catch (error) {
    // parseArgs explains the misuse in its message's first line.
    const message = (error as { message?: unknown }).message;
    throw new UsageError(typeof message === "string" ? message.split("\n")[0] : String(error));
  }
}

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "rcc: regional cloud center on OpenStack, from config files to Terraform",
    "",
    "usage: rcc <command> [options]",
    "",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n  ${" ".repeat(width)}  ${c.usage}`),
    "",
    "Options fall back to RCC_CONFIG_DIR (default ./config), RCC_WAVE and CDKTF_OUTDIR (default cdktf.out).",
  ].join("\n");
}
