import * as fs from "node:fs";
import * as path from "node:path";
import { installOfflineProvider } from "../../plan/mirror";
import { runTerraform, terraformBinary } from "../../plan/terraform";
import { tempDir } from "../helpers/config";
import { PROVIDER_SCHEMA, REQUIRES_OPENSTACK } from "../helpers/provider";
import { rcc as rccWith } from "../helpers/rcc";

const rcc = (args: string[]) => rccWith(args, { RCC_PROVIDER_SCHEMA: PROVIDER_SCHEMA });

describe("rcc plan --offline", () => {
  it("validates and plans a stack with the real provider schema, writing plan.json and a marked text plan", async () => {
    const outdir = path.join(tempDir(), "cdktf.out");
    const result = await rcc(["plan", "--offline", "--out", outdir, "tenant-27110"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^OFFLINE PREVIEW, not a plan against the cloud: computed values are unknown/);
    const stackDir = path.join(outdir, "stacks", "tenant-27110");
    // Every synthesized resource is planned for creation.
    const synthesized = JSON.parse(fs.readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8"));
    const toAdd = Object.values(synthesized.resource as Record<string, object>).reduce(
      (n, byName) => n + Object.keys(byName).length,
      0,
    );
    expect(toAdd).toBeGreaterThan(50);
    expect(result.out).toMatch(
      new RegExp(
        `\\ntenant-27110: valid; plan: ${toAdd} to add, 0 to change, 0 to destroy \\(validate [\\d.]+ s, plan [\\d.]+ s\\)\\n`,
      ),
    );
    const plan = JSON.parse(fs.readFileSync(path.join(stackDir, "plan.json"), "utf8"));
    const project = plan.resource_changes.find((c: { type: string }) => c.type === "openstack_identity_project_v3");
    expect(project.change.actions).toEqual(["create"]);
    expect(project.change.after.name).toBe("daegu-27110-jung-gu");
    expect(project.change.after_unknown.id).toBe(true);
    const text = fs.readFileSync(path.join(stackDir, "plan.txt"), "utf8");
    expect(text).toMatch(/^OFFLINE PREVIEW/);
    expect(text).toContain(`Plan: ${toAdd} to add, 0 to change, 0 to destroy.`);
    expect(JSON.parse(fs.readFileSync(path.join(outdir, "plan-summary.json"), "utf8"))).toEqual({
      offline: true,
      notice: expect.stringMatching(/^OFFLINE PREVIEW/),
      stacks: { "tenant-27110": { status: "planned", toAdd, toChange: 0, toDestroy: 0 } },
    });
    // The offline backend override stays out of the folder cdktf deploy runs in.
    expect(fs.readdirSync(stackDir).filter((f) => f.endsWith(".tf.json"))).toEqual(["cdk.tf.json"]);
  });

  it("refuses to run without --offline and names unknown stacks", async () => {
    expect((await rcc(["plan"])).err).toMatch(/^rcc plan: only --offline is supported here/);
    const unknown = await rcc(["plan", "--offline", "--out", path.join(tempDir(), "o"), "tenant-99999"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^rcc plan: no stack tenant-99999; stacks: core, dr-27110, /);
  });
});

describe("terraform validate through the offline provider rejects what the real provider would", () => {
  const provider = installOfflineProvider(path.join(tempDir(), "offline"), PROVIDER_SCHEMA);
  const base = {
    terraform: REQUIRES_OPENSTACK,
  };

  async function validate(resource: Record<string, unknown>): Promise<string> {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({ ...base, resource }));
    const init = await runTerraform(
      terraformBinary(process.env),
      ["init", "-input=false", "-no-color"],
      dir,
      provider.env,
    );
    expect(init.code).toBe(0);
    const run = await runTerraform(terraformBinary(process.env), ["validate", "-no-color"], dir, provider.env);
    expect(run.code).toBe(1);
    return run.stderr;
  }

  it("a reference to an undeclared resource", async () => {
    const err = await validate({
      openstack_networking_subnet_v2: {
        s: { network_id: "${openstack_networking_network_v2.missing.id}", cidr: "10.0.0.0/24" },
      },
    });
    expect(err).toMatch(/Reference to undeclared resource/);
  });

  it("a missing required argument", async () => {
    expect(await validate({ openstack_networking_subnet_v2: { s: { cidr: "10.0.0.0/24" } } })).toMatch(
      /The argument "network_id" is required, but no definition was found/,
    );
  });

  it("a wrong type", async () => {
    expect(
      await validate({ openstack_networking_network_v2: { n: { name: "n", admin_state_up: { yes: 1 } } } }),
    ).toMatch(/Incorrect attribute value type/);
  });

  it("an unknown argument", async () => {
    expect(await validate({ openstack_networking_network_v2: { n: { name: "n", zone: "internal" } } })).toMatch(
      /Extraneous JSON object property[\s\S]*No argument or block type is named "zone"/,
    );
  });
});
