import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PLAN_JSON, PLAN_SUMMARY_FILE, stackDir } from "../../contract/outputs";
import { installOfflineProvider, PROVIDER_VERSION, ProviderMirror } from "../../plan/mirror";
import { inParallel } from "../../plan/in-parallel";
import { realProvider } from "../../plan/real-provider";
import { OFFLINE_NOTICE, planStack, planSummary, StackPlan } from "../../plan/offline-plan";
import { runTerraform, terraformBinary } from "../../plan/terraform";
import { UsageError } from "../../synthesis/settings";
import { Command, stringOption } from "./command";
import { synthesizeFromOptions } from "./synth";

const SHARED_SCHEMA = path.resolve(__dirname, "../../../shared/provider-schemas/openstack-3.4.0.json");

export const planCommand: Command = {
  name: "plan",
  summary:
    "Synthesize, then terraform init/validate/plan every stack offline against the provider schema " +
    "(--provider real: init and validate with the real provider built by `npm run provider`)",
  usage:
    "rcc plan --offline [--provider offline|real] [--config DIR] [--wave N] [--out DIR] [--provider-schema FILE] [stack...]",
  options: {
    offline: { type: "boolean" },
    config: { type: "string" },
    wave: { type: "string" },
    out: { type: "string" },
    "provider-schema": { type: "string" },
    provider: { type: "string" },
  },
  positionals: true,
  async run(values, io, stacks) {
    if (!values.offline) {
      throw new UsageError(
        "only --offline is supported here; for a plan against the cloud run `npx cdktf diff <stack>`",
      );
    }
    const real = realProviderWanted(stringOption(values.provider));
    const schemaFile = real ? undefined : providerSchemaFile(stringOption(values["provider-schema"]), io.env);
    const { outdir, stacks: synthesized } = synthesizeFromOptions(values, io);
    if (!synthesized) return 1;
    const unknown = stacks.filter((s) => !synthesized.includes(s));
    if (unknown.length > 0) throw new UsageError(`no stack ${unknown.join(", ")}; stacks: ${synthesized.join(", ")}`);
    const selected = stacks.length > 0 ? stacks : synthesized;

    const binary = terraformBinary(io.env);
    await runTerraform(binary, ["version"], outdir, {}).catch(() => {
      throw new UsageError(
        `cannot run "${binary}": install Terraform >= 1.11 (or set RCC_TERRAFORM to OpenTofu's tofu), ` +
          "or run `npm run terraform` to build OpenTofu from the Go module proxy",
      );
    });
    const provider = real
      ? builtRealProvider()
      : installOfflineProvider(path.join(outdir, "offline-provider"), schemaFile!);
    io.out(real ? REAL_NOTICE : OFFLINE_NOTICE);
    const started = Date.now();
    const plans = await inParallel(selected, os.availableParallelism(), (stack) =>
      planStack(stackDir(outdir, stack), provider, binary, real),
    );
    for (const p of plans) io.out(describe(p, real));
    const failed = plans.filter((p) => p.failure);
    for (const p of failed) io.err(`\n${p.stack}: terraform ${p.failure!.step} failed:\n${p.failure!.output}`);
    if (real) {
      io.out(
        `${plans.length - failed.length}/${plans.length} stacks valid with the real provider ${PROVIDER_VERSION}, in ${elapsed(started)} s`,
      );
      return failed.length > 0 ? 1 : 0;
    }
    fs.writeFileSync(path.join(outdir, PLAN_SUMMARY_FILE), planSummary(plans));
    const total = plans.reduce((n, p) => n + p.toAdd, 0);
    io.out(
      `${plans.length - failed.length}/${plans.length} stacks valid and planned, ${total} resources to add, ` +
        `in ${elapsed(started)} s; plans in ${path.join(stackDir(outdir, "<stack>"), PLAN_JSON)}`,
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

const REAL_NOTICE =
  `VALIDATE ONLY, with the real OpenStack provider ${PROVIDER_VERSION}: its own validation functions run; ` +
  "nothing is planned, since the real provider plans only against a cloud.";

function realProviderWanted(flag: string | undefined): boolean {
  if (flag === undefined || flag === "offline") return false;
  if (flag === "real") return true;
  throw new UsageError(`--provider ${flag}: use offline (the schema-only plugin, the default) or real`);
}

function builtRealProvider(): ProviderMirror {
  const provider = realProvider();
  if (!provider) {
    throw new UsageError(
      `the real OpenStack provider ${PROVIDER_VERSION} is not built: run \`npm run provider\` (needs Go 1.24 or later)`,
    );
  }
  return provider;
}

const elapsed = (started: number) => ((Date.now() - started) / 1000).toFixed(1);

function describe(p: StackPlan, validateOnly: boolean): string {
  const time = `validate ${p.seconds.validate.toFixed(1)} s, plan ${p.seconds.plan.toFixed(1)} s`;
  if (p.failure) return `${p.stack}: FAILED at terraform ${p.failure.step}`;
  if (validateOnly) return `${p.stack}: valid (validate ${p.seconds.validate.toFixed(1)} s)`;
  return `${p.stack}: valid; plan: ${p.toAdd} to add, ${p.toChange} to change, ${p.toDestroy} to destroy (${time})`;
}
