import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { CORE_STACK, parseStackName } from "../contract/stack-names";
import { stackDir } from "../contract/outputs";
import { inParallel } from "../plan/in-parallel";
import { PROJECT_DIR } from "../plan/project-dir";
import { realProvider } from "../plan/real-provider";
import { terraformBinary } from "../plan/terraform";
import { CommandRun, runCommand } from "./command";
import { E2E_CONFIG_DIR, E2E_DIR, E2E_OUTDIR, TEST_CLOUDS_YAML } from "./paths";

/** A value for the one secret a deploy reads from the environment; the test cloud's only. */
const TEST_SYNC_KEY = "e2e-container-sync-key";

/** What terraform and cdktf get: the real provider from its mirror, the test cloud, no telemetry. */
export function deployEnv(): NodeJS.ProcessEnv {
  const provider = realProvider();
  if (!provider) throw new Error("the real provider is not built: run `npm run provider`");
  const binary = terraformBinary(process.env);
  return {
    ...process.env,
    ...provider.env,
    OS_CLIENT_CONFIG_FILE: TEST_CLOUDS_YAML,
    TF_VAR_backup_sync_key: TEST_SYNC_KEY,
    RCC_CONFIG_DIR: E2E_CONFIG_DIR,
    CHECKPOINT_DISABLE: "1",
    DISABLE_VERSION_CHECK: "1",
    // cdktf prints plain lines, not a redrawn progress display, into the logs.
    CI: "true",
    ...(binary === "terraform" ? {} : { TERRAFORM_BINARY_NAME: binary }),
  };
}

/** The test cloud's deployer entries: the center's, and the partner's where it has its own. */
const DEPLOYERS = { systems: "daegu-rcc-deployer", "dr-systems": "busan-rcc-deployer" } as const;

/**
 * The environment a stack deploys with: for the stacks scoped to a tenant's project, the
 * deployer's OS_* variables as an operator's openrc sets them (docs/operations.md), read here
 * from the test cloud's own clouds.yaml.
 */
export function stackEnv(stack: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kind = parseStackName(stack)?.kind;
  if (kind !== "systems" && kind !== "dr-systems") return env;
  const clouds = (
    parse(fs.readFileSync(TEST_CLOUDS_YAML, "utf8")) as { clouds: Record<string, { auth: Record<string, string> }> }
  ).clouds;
  const auth = (clouds[DEPLOYERS[kind]] ?? clouds[DEPLOYERS.systems]).auth;
  return {
    ...env,
    OS_AUTH_URL: auth.auth_url,
    OS_USERNAME: auth.username,
    OS_PASSWORD: auth.password,
    OS_USER_DOMAIN_ID: auth.user_domain_id ?? "default",
    OS_IDENTITY_API_VERSION: "3",
  };
}

/**
 * The README's deploy order as waves of stacks that may deploy together: core, then every
 * tenant, then the systems in the tenants and the standby tenants at the partner, then the
 * systems running there. No stack reads another's state (systems find networks by name), so
 * only this order matters.
 */
export function deployWaves(stacks: readonly string[]): string[][] {
  const kind = (name: string) => parseStackName(name)?.kind;
  const waves = [
    stacks.filter((s) => s === CORE_STACK),
    stacks.filter((s) => kind(s) === "tenant"),
    stacks.filter((s) => kind(s) === "systems" || kind(s) === "dr"),
    stacks.filter((s) => kind(s) === "dr-systems"),
  ];
  const placed = new Set(waves.flat());
  const unplaced = stacks.filter((s) => !placed.has(s));
  if (unplaced.length > 0) throw new Error(`no deploy wave for stack(s) ${unplaced.join(", ")}`);
  return waves.filter((wave) => wave.length > 0);
}

export interface StackRun extends CommandRun {
  readonly stack: string;
}

const logOf = (stack: string, step: string) => path.join(E2E_DIR, "logs", `${stack}.${step}.log`);

/**
 * `npx cdktf deploy|destroy <stack>` as the README gives it, on what the e2e synthesized: no
 * synthesis of its own, no provider lock (it would ask the registry), and the waves order the
 * stacks instead of cdktf.
 */
export function cdktfStack(
  verb: "deploy" | "destroy",
  stack: string,
  env: NodeJS.ProcessEnv,
  step: string = verb,
): Promise<StackRun> {
  const args = ["cdktf", verb, stack, "--skip-synth", "--output", E2E_OUTDIR, "--auto-approve"];
  args.push("--skip-provider-lock", "--ignore-missing-stack-dependencies", "--no-color");
  return runCommand("npx", args, { cwd: PROJECT_DIR, env: stackEnv(stack, env), log: logOf(stack, step) }).then(
    (run) => ({ ...run, stack }),
  );
}

export const deployStack = (stack: string, env: NodeJS.ProcessEnv, step?: string) =>
  cdktfStack("deploy", stack, env, step);

/** `terraform plan -detailed-exitcode` in the stack's folder: exit 0 means no change, 2 changes. */
export function planStack(stack: string, env: NodeJS.ProcessEnv, step = "plan"): Promise<StackRun> {
  const args = ["plan", "-detailed-exitcode", "-input=false", "-no-color"];
  return runCommand(terraformBinary(env), args, {
    cwd: stackDir(E2E_OUTDIR, stack),
    env: stackEnv(stack, env),
    log: logOf(stack, step),
  }).then((run) => ({ ...run, stack }));
}

/** Each wave's stacks at most `parallelism` at a time, a wave only after the one before it. */
export async function byWaves(
  waves: readonly string[][],
  parallelism: number,
  f: (stack: string) => Promise<StackRun>,
): Promise<StackRun[]> {
  const runs: StackRun[] = [];
  for (const wave of waves) {
    const results = await inParallel(wave, parallelism, f);
    runs.push(...results);
    if (results.some((r) => r.code !== 0)) break;
  }
  return runs;
}
