import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

/** A Go program built from its module's source on the Go module proxy, with no other registry. */
export interface GoProgram {
  readonly module: string;
  readonly version: string;
  /** The main package inside the module: "." or "./cmd/tofu". */
  readonly mainPackage: string;
  readonly output: string;
}

export interface GoBuildResult {
  readonly built: boolean;
  readonly seconds: number;
}

/** What a binary was built from; it is kept only when all of this still matches. */
interface BuildStamp {
  readonly module: string;
  readonly version: string;
  readonly go: string;
  readonly sha256: string;
}

const stampFile = (output: string) => `${output}.stamp.json`;

/**
 * Builds the program inside its downloaded module, as the module's own main build does: its
 * go.mod's replace directives apply there, which `go install module@version` refuses. Skipped
 * when the binary was built from the same module, version and Go and has not changed since.
 */
export function buildGoProgram(program: GoProgram, env: NodeJS.ProcessEnv = process.env): GoBuildResult {
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  const wanted = { module: program.module, version: program.version, go: go(["env", "GOVERSION"], env).trim() };
  if (stampMatches(program.output, wanted)) return { built: false, seconds: seconds() };

  const download = JSON.parse(go(["mod", "download", "-json", `${program.module}@${program.version}`], env)) as {
    Dir?: string;
    Error?: string;
  };
  if (!download.Dir) throw new Error(`cannot download ${program.module}@${program.version}: ${download.Error}`);
  fs.mkdirSync(path.dirname(program.output), { recursive: true });
  const partial = `${program.output}.partial`;
  go(["build", "-trimpath", "-o", partial, program.mainPackage], env, download.Dir, "inherit");
  fs.renameSync(partial, program.output);
  const stamp: BuildStamp = { ...wanted, sha256: sha256(program.output) };
  fs.writeFileSync(stampFile(program.output), `${JSON.stringify(stamp, null, 2)}\n`);
  return { built: true, seconds: seconds() };
}

function stampMatches(output: string, wanted: Omit<BuildStamp, "sha256">): boolean {
  if (!fs.existsSync(output)) return false;
  let stamp: Partial<BuildStamp>;
  try {
    stamp = JSON.parse(fs.readFileSync(stampFile(output), "utf8")) as Partial<BuildStamp>;
  } catch {
    return false;
  }
  return (
    stamp.module === wanted.module &&
    stamp.version === wanted.version &&
    stamp.go === wanted.go &&
    stamp.sha256 === sha256(output)
  );
}

function go(args: string[], env: NodeJS.ProcessEnv, cwd?: string, stdout: "pipe" | "inherit" = "pipe"): string {
  const result = spawnSync("go", args, { env, cwd, stdio: ["ignore", stdout, "inherit"], encoding: "utf8" });
  if (result.error) throw new Error(`cannot run go: ${result.error.message} (install Go 1.24 or later)`);
  if (result.status !== 0) throw new Error(`go ${args.join(" ")} failed with exit code ${result.status}`);
  return result.stdout ?? "";
}

function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}
