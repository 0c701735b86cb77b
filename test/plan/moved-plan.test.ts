import * as fs from "node:fs";
import * as path from "node:path";
import { installOfflineProvider, PROVIDER_SOURCE } from "../../plan/mirror";
import { runTerraform, terraformBinary } from "../../plan/terraform";
import { Move } from "../../contract/moves";
import { withMoves } from "../../stacks/moves";
import { tempDir } from "../helpers/config";
import { PROVIDER_SCHEMA, REQUIRES_OPENSTACK } from "../helpers/provider";
import { resources, synth } from "../helpers/synth";

const OLD = "openstack_identity_project_v3.tenant_project_OLD12345";

/** A resource's attributes as a state holds them: every attribute of its schema, null when not set. */
function stateOf(type: string, values: Record<string, unknown>): Record<string, unknown> {
  const schema = JSON.parse(fs.readFileSync(PROVIDER_SCHEMA, "utf8"));
  const attributes = Object.values(schema.provider_schemas)[0] as {
    resource_schemas: Record<string, { block: { attributes: Record<string, unknown> } }>;
  };
  return Object.fromEntries(
    Object.keys(attributes.resource_schemas[type].block.attributes).map((key) => [key, values[key] ?? null]),
  );
}

/**
 * Jung-gu's project as rcc synthesizes it, in a state that knows it under an older address: what a
 * center sees after upgrading rcc to a version that renamed the construct.
 */
async function planAfterRename(moves: Move[]) {
  const tenant = synth().stack("tenant-27110");
  const [name] = Object.keys(tenant.resource.openstack_identity_project_v3);
  const body = resources(tenant, "openstack_identity_project_v3")[0];
  const dir = tempDir();
  const config = {
    terraform: REQUIRES_OPENSTACK,
    provider: { openstack: [{}] },
    resource: { openstack_identity_project_v3: { [name]: body } },
  };
  fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(withMoves("tenant-27110", config, moves)));
  const [type, oldName] = OLD.split(".");
  const state = {
    version: 4,
    terraform_version: "1.11.0",
    serial: 1,
    lineage: "6d1f6e0c-0000-4000-8000-000000000000",
    outputs: {},
    resources: [
      {
        mode: "managed",
        type,
        name: oldName,
        provider: `provider["${PROVIDER_SOURCE}"]`,
        instances: [{ schema_version: 0, attributes: stateOf(type, { ...body, id: "f3a1" }) }],
      },
    ],
  };
  fs.writeFileSync(path.join(dir, "terraform.tfstate"), JSON.stringify(state));
  const provider = installOfflineProvider(path.join(dir, ".offline"), PROVIDER_SCHEMA);
  const terraform = (args: string[]) =>
    runTerraform(terraformBinary(process.env), [...args, "-no-color"], dir, provider.env);
  expect((await terraform(["init", "-input=false"])).code).toBe(0);
  const plan = await terraform(["plan", "-input=false", "-refresh=false", "-out=plan.bin"]);
  const shown = await terraform(["show", "-json", "plan.bin"]);
  return { to: `${type}.${name}`, text: plan.stdout + plan.stderr, json: JSON.parse(shown.stdout) };
}

describe("a renamed resource with a recorded move", () => {
  it("plans a move, not a destroy and a create", async () => {
    const to = synth().stack("tenant-27110");
    const [name] = Object.keys(to.resource.openstack_identity_project_v3);
    const move: Move = { stacks: "tenant-*", from: OLD, to: `openstack_identity_project_v3.${name}`, why: "renamed" };
    const { json, text } = await planAfterRename([move]);
    const changes = json.resource_changes as Array<{
      address: string;
      previous_address?: string;
      change: { actions: string[] };
    }>;
    expect(changes.map((c) => [c.address, c.previous_address])).toEqual([[move.to, OLD]]);
    expect(changes[0].change.actions).not.toContain("create");
    expect(changes[0].change.actions).not.toContain("delete");
    expect(text).toContain(`# ${OLD} has moved to ${move.to}`);
  }, 60_000);

  it("without the move, the same upgrade would destroy the project and create it again", async () => {
    const { json, to } = await planAfterRename([]);
    const actions = Object.fromEntries(
      json.resource_changes.map((c: { address: string; change: { actions: string[] } }) => [
        c.address,
        c.change.actions,
      ]),
    );
    expect(actions).toEqual({ [OLD]: ["delete"], [to]: ["create"] });
  }, 60_000);
});
