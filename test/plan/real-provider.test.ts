import * as fs from "node:fs";
import * as path from "node:path";
import { STACK_FILE } from "../../contract/outputs";
import { installOfflineProvider, PROVIDER_EXECUTABLE } from "../../plan/mirror";
import { planStack } from "../../plan/offline-plan";
import { buildRealProvider, realProvider } from "../../plan/real-provider";
import { terraformBinary } from "../../plan/terraform";
import { tempDir } from "../helpers/config";
import { PROVIDER_SCHEMA, REQUIRES_OPENSTACK } from "../helpers/provider";
import { rcc } from "../helpers/rcc";

/** A stack the schema accepts but the provider's own validation refuses: no such direction. */
function stackWithBadDirection(): string {
  const dir = path.join(tempDir(), "stack");
  fs.mkdirSync(dir);
  const stack = {
    terraform: REQUIRES_OPENSTACK,
    provider: { openstack: [{}] },
    resource: {
      openstack_networking_secgroup_rule_v2: {
        sideways: { direction: "sideways", ethertype: "IPv4", security_group_id: "sg" },
      },
    },
  };
  fs.writeFileSync(path.join(dir, STACK_FILE), JSON.stringify(stack));
  return dir;
}

/** A `go` that "builds" by writing a file, counting its builds, so the skip logic is tested without Go. */
function fakeGo(): { env: NodeJS.ProcessEnv; builds: () => number } {
  const bin = tempDir();
  const count = path.join(bin, "builds");
  fs.writeFileSync(
    path.join(bin, "go"),
    [
      "#!/bin/sh",
      'case "$1" in',
      "  env) echo go1.99.0 ;;",
      `  mod) echo '{"Dir": "${bin}"}' ;;`,
      `  build) echo build >> ${count}; printf "binary %s" "$(date +%s%N)" > "$4" ;;`,
      "esac",
      "",
    ].join("\n"),
    { mode: 0o755 },
  );
  const builds = () => (fs.existsSync(count) ? fs.readFileSync(count, "utf8").split("\n").length - 1 : 0);
  return { env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }, builds };
}

describe("the real OpenStack provider (npm run provider)", () => {
  it("is built once into a filesystem mirror with a CLI config, and kept while module, version, Go and binary match", () => {
    const project = tempDir();
    const go = fakeGo();
    expect(realProvider(project)).toBeUndefined();
    const first = buildRealProvider(project, go.env);
    expect(first.built).toBe(true);
    expect(first.executable).toMatch(
      /\.build\/provider\/mirror\/registry\.terraform\.io\/terraform-provider-openstack\/openstack\/3\.4\.0\/\w+_\w+\/terraform-provider-openstack_v3\.4\.0$/,
    );
    expect(fs.readFileSync(first.cliConfigFile, "utf8")).toContain(
      `path    = ${JSON.stringify(path.join(project, ".build/provider/mirror"))}`,
    );
    // OpenTofu asks for the same provider on its own registry's hostname.
    const forOpenTofu = first.executable.replace("registry.terraform.io", "registry.opentofu.org");
    expect(fs.readlinkSync(forOpenTofu)).toBe(first.executable);
    expect(fs.readFileSync(first.cliConfigFile, "utf8")).toContain(
      'include = ["registry.terraform.io/terraform-provider-openstack/openstack", "registry.opentofu.org/terraform-provider-openstack/openstack"]',
    );
    expect(buildRealProvider(project, go.env).built).toBe(false);
    expect(go.builds()).toBe(1);
    expect(realProvider(project)?.env.TF_CLI_CONFIG_FILE).toBe(first.cliConfigFile);

    fs.appendFileSync(first.executable, "changed");
    expect(buildRealProvider(project, go.env).built).toBe(true);
    expect(go.builds()).toBe(2);
  });

  it("runs the provider's own validation functions, which the schema-only plugin cannot", async () => {
    const provider = realProvider();
    if (!provider) throw new Error("the real provider is not built: run `npm run provider` (npm test's pretest does)");
    const offline = installOfflineProvider(path.join(tempDir(), "offline-provider"), PROVIDER_SCHEMA);
    const dir = stackWithBadDirection();
    expect((await planStack(dir, offline, terraformBinary(process.env), true)).failure).toBeUndefined();
    const real = await planStack(dir, provider, terraformBinary(process.env), true);
    expect(real.failure?.step).toBe("validate");
    expect(real.failure?.output).toContain('unknown "sideways" direction for openstack_networking_secgroup_rule_v2');
  });

  it("validates every stack of a synthesized config with `rcc plan --offline --provider real`", async () => {
    const outdir = path.join(tempDir(), "cdktf.out");
    const result = await rcc(["plan", "--offline", "--provider", "real", "--out", outdir, "tenant-27110", "core"]);
    expect(result.err).toBe("");
    expect(result.out).toMatch(/^VALIDATE ONLY, with the real OpenStack provider 3\.4\.0/);
    expect(result.out).toMatch(/\ntenant-27110: valid \(validate [\d.]+ s\)\ncore: valid \(validate [\d.]+ s\)\n/);
    expect(result.out).toMatch(/\n2\/2 stacks valid with the real provider 3\.4\.0, in [\d.]+ s$/);
    expect(result.code).toBe(0);
    expect(fs.existsSync(path.join(outdir, "plan-summary.json"))).toBe(false);
  });

  it("refuses a provider it does not know, naming the ones it does", async () => {
    const result = await rcc(["plan", "--offline", "--provider", "registry"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("--provider registry: use offline (the schema-only plugin, the default) or real");
  });
});

// The executable name is the mirror's contract with Terraform.
test("the mirror names the provider as Terraform's unpacked layout requires", () => {
  expect(PROVIDER_EXECUTABLE).toBe("terraform-provider-openstack_v3.4.0");
});
