/**
 * `rcc diff --base`: a config directory as it is, or the config directory as it was at a git ref,
 * extracted with `git archive` into a scratch directory.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError } from "../synthesis/settings";

export interface BaseConfig {
  readonly dir: string;
  /** How the output names the base: the directory, or `HEAD (1a2b3c4)`. */
  readonly label: string;
  /** For a ref, how git names the config's files there (`HEAD:config/`), so problems point at them, not at scratch. */
  readonly atRef?: string;
}

/**
 * `base` is a directory, or else a ref of the git repository holding `configDir`; a ref is
 * extracted under `scratch`. Anything else is a UsageError naming the value.
 */
export function resolveBaseConfig(base: string, configDir: string, scratch: string): BaseConfig {
  if (isDirectory(base)) return { dir: base, label: base };
  const unusable = (why: string) => new UsageError(`--base ${base}: not a config directory, and ${why}`);
  const git = (...args: string[]) => runGit(configDir, args);
  const top = isDirectory(configDir) ? git("rev-parse", "--show-toplevel") : undefined;
  if (top === undefined) throw unusable(`${configDir} is not in a git repository to read a ref from`);
  // --end-of-options: a value starting with "-" is a ref name, never an option to git.
  const commit = git("rev-parse", "--verify", "--quiet", "--end-of-options", `${base}^{commit}`);
  if (commit === undefined) throw unusable(`not a commit, branch or tag of the git repository holding ${configDir}`);
  // The config's path inside the repository, so `--config` works from any directory.
  const prefix = git("rev-parse", "--show-prefix") ?? "";
  const tree = `${commit}:${prefix}`;
  if (git("cat-file", "-t", tree) !== "tree") {
    throw unusable(`${prefix || "the repository root"} is not a directory at ${base}`);
  }
  const dir = path.join(scratch, "base-config");
  const archive = path.join(scratch, "base-config.tar");
  fs.mkdirSync(dir, { recursive: true });
  // From the top: git archive refuses to run in an untracked working directory.
  if (runGit(top, ["archive", "--format=tar", `--output=${archive}`, tree]) === undefined) {
    throw new Error(`git archive ${tree} failed in ${configDir}`);
  }
  execFileSync("tar", ["-xf", archive, "-C", dir]);
  const short = commit.slice(0, 7);
  return { dir, label: commit.startsWith(base) ? short : `${base} (${short})`, atRef: `${base}:${prefix}` };
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
