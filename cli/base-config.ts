/**
 * `rcc diff --base`: a config directory as it is, or the config directory as it was at a git ref,
 * extracted with `git archive` into a scratch directory.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError } from "./options";

export interface BaseConfig {
  readonly dir: string;
  /** How the output names the base: the directory, or `HEAD (1a2b3c4)`. */
  readonly label: string;
  /** How problems name the base's files: the directory, or git's `HEAD:config/` for files at a ref. */
  readonly shownAs: string;
}

/**
 * `base` is a directory, or else a ref of the git repository holding `configDir`; a ref is
 * extracted under `scratch`. Anything else is a UsageError naming the value.
 */
export function resolveBaseConfig(base: string, configDir: string, scratch: string): BaseConfig {
  if (isDirectory(base)) return { dir: base, label: base, shownAs: base };
  const unusable = (why: string) => new UsageError(`--base ${base}: not a config directory, and ${why}`);
  const git = (...args: string[]) => runGit(configDir, args);
  if (!isDirectory(configDir) || git("rev-parse", "--show-toplevel") === undefined) {
    throw unusable(`${configDir} is not in a git repository to read a ref from`);
  }
  // --end-of-options: a value starting with "-" is a ref name, never an option to git.
  const commit = git("rev-parse", "--verify", "--quiet", "--end-of-options", `${base}^{commit}`);
  if (commit === undefined) throw unusable(`not a commit, branch or tag of the git repository holding ${configDir}`);
  // The config's path inside the repository, so `--config` works from any directory.
  const prefix = git("rev-parse", "--show-prefix") ?? "";
  const tree = `${commit}:${prefix}`;
  if (git("rev-parse", "--verify", "--quiet", `${tree}^{tree}`) === undefined) {
    throw unusable(`${prefix || "the repository root"} is not a directory at ${base}`);
  }
  const dir = path.join(scratch, "base-config");
  const archive = path.join(scratch, "base-config.tar");
  fs.mkdirSync(dir, { recursive: true });
  if (git("archive", "--format=tar", `--output=${archive}`, tree) === undefined) {
    throw new Error(`git archive ${tree} failed in ${configDir}`);
  }
  execFileSync("tar", ["-xf", archive, "-C", dir]);
  return { dir, label: `${base} (${commit.slice(0, 7)})`, shownAs: `${base}:${prefix}` };
}

function isDirectory(dir: string): boolean {
  return fs.existsSync(dir) && fs.statSync(dir).isDirectory();
}

/** Git's trimmed output, or undefined when git fails (not a repository, unknown ref, no git at all). */
function runGit(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}
