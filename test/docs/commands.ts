/**
 * How a command line shown in the docs is checked. rcc commands run in-process through cli/main,
 * in a scratch project; what needs a cloud or takes minutes is checked against what exists instead:
 *
 * - `npx rcc ...`: run; it must exit 0. `npx rcc plan` of every stack (Terraform on 21 stacks,
 *   about 26 s) is parsed only: the command and its options must exist. With stacks named, it runs.
 * - `npm run NAME`: the script must exist; one that is `node bin/rcc.js ...` runs as that rcc command.
 *   `npm test` and `npm ci` need their script and package-lock.json: running them here would recurse.
 * - `npx cdktf synth|diff|deploy ...` (a cloud, or 3.7 s per synth): the subcommand and each option
 *   must be in cdktf's own `--help`, each stack or glob must name a stack of the sample's synthesis,
 *   and each `RCC_*=` variable before it must be read by rcc's sources.
 * - `terraform ...`: run, in the scratch project; it must exit 0.
 * - `bash FILE`: the file must exist. `cd DIR`: DIR must exist; later commands run there.
 * - `export A=B`: sets A for the block's later commands (`$PWD` is the block's directory).
 * Any other command fails the check, so a new kind of command gets a rule before it can be shown.
 */
import { execFile, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { rcc as rccInProcess } from "../helpers/rcc";
import { ROOT, shellWords, withoutComment } from "./markdown";
import { terraformBinary } from "../../plan/terraform";

export interface Session {
  /** Where the block's commands run: a scratch project holding `config/`. */
  cwd: string;
  /** Variables the block exported so far. */
  readonly env: Record<string, string>;
}

export interface Printed {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** What checks need beyond the session: the stacks the sample synthesizes. */
export interface Context {
  readonly stacks: readonly string[];
}

/** Runs or checks every command of one line (`a && b` included); throws with what is wrong. */
export async function checkLine(line: string, session: Session, context: Context): Promise<void> {
  const command = withoutComment(line).trim();
  if (command === "") return;
  for (const part of command.split("&&")) await checkCommand(shellWords(part), session, context);
}

async function checkCommand(words: string[], session: Session, context: Context): Promise<void> {
  const { env, rest } = leadingAssignments(words, session);
  const [program, ...args] = rest;
  const shown = rest.join(" ");
  if (program === "export") {
    Object.assign(session.env, leadingAssignments(args, session).env);
  } else if (program === "cd") {
    const dir = path.resolve(session.cwd, args[0]);
    if (!fs.existsSync(dir)) throw new Error(`cd ${args[0]}: no such directory after the commands before it`);
    session.cwd = dir;
  } else if (program === "npx" && args[0] === "rcc") {
    await checkRcc(args.slice(1), session, env);
  } else if (program === "npx" && args[0] === "cdktf") {
    await checkCdktf(args.slice(1), env, context);
  } else if (program === "npm") {
    await checkNpm(args, session, env);
  } else if (program === "terraform") {
    runTerraform(args, session, env);
  } else if (program === "bash") {
    if (!fs.existsSync(path.join(ROOT, args[0]))) throw new Error(`${shown}: ${args[0]} does not exist`);
  } else {
    throw new Error(`${shown}: the docs harness has no check for "${program}"; add one in test/docs/commands.ts`);
  }
}

/** `A=1 B=2 cmd ...`: the assignments (with `$PWD` expanded) and the words after them. */
function leadingAssignments(words: string[], session: Session): { env: Record<string, string>; rest: string[] } {
  const env: Record<string, string> = {};
  let i = 0;
  for (; i < words.length; i++) {
    const assignment = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(words[i]);
    if (!assignment) break;
    env[assignment[1]] = assignment[2].replace(/\$PWD\b/g, session.cwd);
  }
  return { env, rest: words.slice(i) };
}

async function checkRcc(args: string[], session: Session, env: Record<string, string>): Promise<void> {
  const [name, ...rest] = args;
  if (name === "plan" && !rest.some((word) => !word.startsWith("-"))) {
    await expectOptionsParse(args, session);
    return;
  }
  const result = await rcc(args, session, env);
  if (result.code !== 0) {
    throw new Error(`rcc ${args.join(" ")} exited ${result.code}:\n${result.out}\n${result.err}`);
  }
}

/** The command and every option given exist: the parser's first complaint is about an option added last. */
async function expectOptionsParse(args: string[], session: Session): Promise<void> {
  const probe = "--docs-example-probe";
  const result = await rcc([...args, probe], session, {});
  const expected = `rcc ${args[0]}: Unknown option '${probe}'`;
  if (!result.err.startsWith(expected)) throw new Error(`rcc ${args.join(" ")}: ${result.err || "ran"}`);
}

/** `rcc <args>` in-process in the session's directory, as a user runs it there (config in ./config). */
export async function rcc(args: readonly string[], session: Session, env: Record<string, string>): Promise<Printed> {
  const before = process.cwd();
  process.chdir(session.cwd);
  try {
    return await rccInProcess([...args], { RCC_CONFIG_DIR: "config", ...session.env, ...env });
  } finally {
    process.chdir(before);
  }
}

function packageScripts(): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts;
}

/** The rcc arguments of `npx rcc ...`, or of `npm run NAME [-- ...]` where the script is `node bin/rcc.js ...`. */
export function rccArgs(words: readonly string[]): string[] | undefined {
  const [program, verb, ...rest] = words;
  if (program === "npx" && verb === "rcc") return rest;
  if (program !== "npm" || verb !== "run") return undefined;
  const name = rest.find((w) => !w.startsWith("-"));
  const script = name === undefined ? undefined : /^node bin\/rcc\.js (.+)$/.exec(packageScripts()[name] ?? "");
  if (!script) return undefined;
  const extra = rest.includes("--") ? rest.slice(rest.indexOf("--") + 1) : [];
  return [...shellWords(script[1]), ...extra];
}

/** `npm run NAME`, `npm test`, `npm ci`. */
async function checkNpm(args: string[], session: Session, env: Record<string, string>): Promise<void> {
  const [verb, ...rest] = args;
  if (verb === "ci") {
    if (!fs.existsSync(path.join(ROOT, "package-lock.json"))) throw new Error("npm ci: no package-lock.json");
    return;
  }
  const name = verb === "run" ? rest.find((w) => !w.startsWith("-")) : verb;
  if (name === undefined || !(name in packageScripts())) {
    throw new Error(`npm ${args.join(" ")}: no such script in package.json`);
  }
  const forRcc = rccArgs(["npm", ...args]);
  if (forRcc) await checkRcc(forRcc, session, env);
}

function runTerraform(args: string[], session: Session, env: Record<string, string>): void {
  try {
    execFileSync(terraformBinary(process.env), args, {
      cwd: session.cwd,
      env: { ...process.env, ...session.env, ...env },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`terraform ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`, { cause: error });
  }
}

const CDKTF = path.join(ROOT, "node_modules/cdktf-cli/bundle/bin/cdktf");
const helps = new Map<string, Promise<string>>();

/** `cdktf <sub> --help`, once per subcommand. */
function cdktfHelp(sub: string): Promise<string> {
  if (!helps.has(sub)) {
    const env = { ...process.env, CHECKPOINT_DISABLE: "1", DISABLE_VERSION_CHECK: "1" };
    helps.set(
      sub,
      promisify(execFile)(process.execPath, [CDKTF, sub, "--help"], { cwd: ROOT, env }).then((r) => r.stdout),
    );
  }
  return helps.get(sub)!;
}

async function checkCdktf(args: string[], env: Record<string, string>, context: Context): Promise<void> {
  const [sub, ...rest] = args;
  const help = await cdktfHelp(sub);
  if (!help.startsWith(`cdktf ${sub}`)) throw new Error(`cdktf ${sub}: no such command`);
  // Options that take a value name their type in the help: `--parallelism ... [number]`.
  const takesValue = (flag: string) => new RegExp(`${flag}\\b.*\\[(number|string|array)\\]`).test(help);
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i];
    if (word.startsWith("-")) {
      if (!new RegExp(`^\\s+(-\\w, )?${word}\\s`, "m").test(help)) throw new Error(`cdktf ${sub}: no option ${word}`);
      if (takesValue(word)) i++;
    } else if (!context.stacks.some((stack) => globPattern(word).test(stack))) {
      throw new Error(`cdktf ${sub} ${word}: the sample synthesizes no such stack`);
    }
  }
  for (const name of Object.keys(env)) {
    if (name.startsWith("RCC_") && !readByRcc(name)) throw new Error(`${name}: rcc's sources never read it`);
  }
}

function globPattern(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
}

const SOURCES = ["main.ts", "cli", "model", "stacks", "constructs", "plan", "policy", "reports"];

/** Whether the variable's name appears in rcc's TypeScript sources (a renamed variable fails the docs). */
function readByRcc(name: string): boolean {
  const files = (entry: string): string[] => {
    const full = path.join(ROOT, entry);
    if (fs.statSync(full).isFile()) return entry.endsWith(".ts") ? [full] : [];
    return fs.readdirSync(full).flatMap((child) => files(path.join(entry, child)));
  };
  const word = new RegExp(`\\b${name}\\b`);
  return SOURCES.flatMap(files).some((file) => word.test(fs.readFileSync(file, "utf8")));
}
