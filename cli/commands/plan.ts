import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PLAN_JSON, PLAN_SUMMARY_FILE, stackDir } from "../../contract/outputs";
import { installOfflineProvider } from "../../plan/mirror";
import { OFFLINE_NOTICE, planStack, planSummary, StackPlan } from "../../plan/offline-plan";
import { runTerraform, terraformBinary } from "../../plan/terraform";
import { UsageError } from "../../synthesis/settings";
import { Command, stringOption } from "./command";
import { synthesizeFromOptions } from "./synth";

const SHARED_SCHEMA = path.resolve(__dirname, "../../../shared/provider-schemas/openstack-3.4.0.json");

export const planCommand: Command = {
  name: "plan",
  summary: "Synthesize, then terraform init/validate/plan every stack offline against the provider schema",
  usage: "rcc plan --offline [--config DIR] [--wave N] [--out DIR] [--provider-schema FILE] [stack...]",
  options: {
    offline: { type: "boolean" },
    config: { type: "string" },
    wave: { type: "string" },
    out: { type: "string" },
    "provider-schema": { type: "string" },
  },
  positionals: true,
  async run(values, io, stacks) {
    if (!values.offline) {
      throw new UsageError(
        "only --offline is supported here; for a plan against the cloud run `npx cdktf diff <stack>`",
      );
    }
    const schemaFile = providerSchemaFile(stringOption(values["provider-schema"]), io.env);
    const { outdir, stacks: synthesized } = synthesizeFromOptions(values, io);
    if (!synthesized) return 1;
    const unknown = stacks.filter((s) => !synthesized.includes(s));
    if (unknown.length > 0) throw new UsageError(`no stack ${unknown.join(", ")}; stacks: ${synthesized.join(", ")}`);
    const selected = stacks.length > 0 ? stacks : synthesized;

    const binary = terraformBinary(io.env);
    await runTerraform(binary, ["version"], outdir, {}).catch(() => {
      throw new UsageError(
        `cannot run "${binary}": install Terraform >= 1.11 (or set RCC_TERRAFORM to OpenTofu's tofu)`,
      );
    });
    const provider = installOfflineProvider(path.join(outdir, "offline-provider"), schemaFile);
    io.out(OFFLINE_NOTICE);
    const started = Date.now();
    const plans = await inParallel(selected, os.availableParallelism(), (stack) =>
      planStack(stackDir(outdir, stack), provider, binary),
    );
    for (const p of plans) io.out(describe(p));
    fs.writeFileSync(path.join(outdir, PLAN_SUMMARY_FILE), planSummary(plans));
    const failed = plans.filter((p) => p.failure);
    for (const p of failed) io.err(`\n${p.stack}: terraform ${p.failure!.step} failed:\n${p.failure!.output}`);
    const total = plans.reduce((n, p) => n + p.toAdd, 0);
    io.out(
      `${plans.length - failed.length}/${plans.length} stacks valid and planned, ${total} resources to add, ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s; plans in ${path.join(stackDir(outdir, "<stack>"), PLAN_JSON)}`,
    );
    return failed.length > 0 ? 1 : 0;
  },
};

function providerSchemaFile(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const file = flag ?? env.RCC_PROVIDER_SCHEMA ?? (fs.existsSync(SHARED_SCHEMA) ? SHARED_SCHEMA : undefined);
  if (!file) {
    throw new UsageError(
      "no provider schema: pass --provider-schema FILE or set RCC_PROVIDER_SCHEMA to the output of " +
        "`terraform providers schema -json` from a machine where the OpenStack provider 3.4.0 is installed",
    );
  }
  if (!fs.existsSync(file)) throw new UsageError(`provider schema ${file} does not exist`);
  return file;
}

function describe(p: StackPlan): string {
  const time = `validate ${p.seconds.validate.toFixed(1)} s, plan ${p.seconds.plan.toFixed(1)} s`;
  if (p.failure) return `${p.stack}: FAILED at terraform ${p.failure.step}`;
  return `${p.stack}: valid; plan: ${p.toAdd} to add, ${p.toChange} to change, ${p.toDestroy} to destroy (${time})`;
}

async function inParallel<T, U>(items: readonly T[], limit: number, f: (item: T) => Promise<U>): Promise<U[]> {
  const results: U[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await f(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
