import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { BUILT_TOOLS_DIR } from "../contract/outputs";
import { GoProgram } from "./go-build";
import { PROJECT_DIR } from "./project-dir";

export interface TerraformRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

/**
 * OpenTofu, which `npm run terraform` builds when the machine has no Terraform: the Go module
 * proxy serves its source, and it builds from there (Terraform's own module does not: its go.mod
 * replaces packages with folders that the module's archive leaves out).
 */
export const OPENTOFU: Omit<GoProgram, "output"> = {
  module: "github.com/opentofu/opentofu",
  version: "v1.10.10",
  mainPackage: "./cmd/tofu",
};

/** Where `npm run terraform` puts OpenTofu, under the project directory. */
export const builtTofu = (projectDir: string) => path.resolve(projectDir, BUILT_TOOLS_DIR, "tofu");

/**
 * The Terraform (or OpenTofu) binary: RCC_TERRAFORM (else `terraform`) when the PATH has it,
 * else the OpenTofu that `npm run terraform` built into `.build/bin/`.
 */
export function terraformBinary(env: NodeJS.ProcessEnv, projectDir = PROJECT_DIR): string {
  const wanted = wantedTerraform(env);
  if (onPath(wanted, env)) return wanted;
  const tofu = builtTofu(projectDir);
  return (wanted === "terraform" || wanted === "tofu") && fs.existsSync(tofu) ? tofu : wanted;
}

/** What the user asked for: RCC_TERRAFORM, else `terraform`. */
export const wantedTerraform = (env: NodeJS.ProcessEnv) => env.RCC_TERRAFORM || "terraform";

/** Whether a program of that name is on the environment's PATH, as the shell would find it. */
export function onPath(program: string, env: NodeJS.ProcessEnv): boolean {
  if (program.includes("/")) return isExecutable(program);
  return (env.PATH ?? "").split(path.delimiter).some((dir) => dir !== "" && isExecutable(path.join(dir, program)));
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export function runTerraform(
  binary: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<TerraformRun> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      }),
    );
  });
}
