import { loadCenter } from "../../model/load";
import { FINAL_BACKUP, REQUESTED, sampleConfig, SEO_GU, setLifecycle } from "../helpers/config";
import { resources, synth, Synthesized, TerraformJson } from "../helpers/synth";

const SEO_GU_STACKS = ["tenant-27170", "systems-27170", "dr-27170", "dr-systems-27170"];
const DATA_HOLDERS = [
  "openstack_identity_project_v3",
  "openstack_blockstorage_volume_v3",
  "openstack_objectstorage_container_v1",
];

interface Decommissioning {
  retention: string;
  destroyedOnNextDeploy: string[];
  keptUntilFinalBackup: string[];
}

const full = synth();

function addresses(json: TerraformJson): string[] {
  return Object.entries(json.resource ?? {})
    .flatMap(([type, named]) => Object.keys(named).map((name) => `${type}.${name}`))
    .sort();
}

const recordOf = (json: TerraformJson) =>
  (json as unknown as { "//": { decommissioning?: Decommissioning } })["//"].decommissioning;

function leaving(lifecycle: Record<string, unknown>): Synthesized {
  const dir = sampleConfig();
  setLifecycle(dir, SEO_GU, lifecycle);
  return synth(dir);
}

describe("a decommissioning municipality", () => {
  const decommissioning = leaving({ state: "decommissioning", decommissioning: REQUESTED });

  it("keeps its stacks, so the next deploy shows what it destroys", () => {
    expect(decommissioning.stacks).toEqual(full.stacks);
  });

  it.each(SEO_GU_STACKS)("keeps every data holder of %s, still protected from destroy", (stack) => {
    const before = full.stack(stack);
    const after = decommissioning.stack(stack);
    for (const type of DATA_HOLDERS) {
      expect(after.resource[type] ?? {}).toEqual(before.resource[type] ?? {});
      for (const body of resources(after, type)) expect(body.lifecycle).toEqual({ prevent_destroy: true });
    }
  });

  it("removes its services: instances, load balancers, networks, routers, security groups", () => {
    const types = SEO_GU_STACKS.flatMap((s) => Object.keys(decommissioning.stack(s).resource ?? {}));
    expect([...new Set(types)].sort()).toEqual([
      "openstack_blockstorage_volume_v3",
      "openstack_identity_project_v3",
      "openstack_identity_role_assignment_v3",
      "openstack_objectstorage_container_v1",
    ]);
  });

  it.each(SEO_GU_STACKS)("records in %s's comment exactly what the next deploy destroys and keeps", (stack) => {
    const record = recordOf(decommissioning.stack(stack))!;
    expect(record.retention).toBe("data");
    expect(record.keptUntilFinalBackup).toEqual(addresses(decommissioning.stack(stack)));
    expect([...record.destroyedOnNextDeploy, ...record.keptUntilFinalBackup].sort()).toEqual(
      addresses(full.stack(stack)),
    );
    expect(record.destroyedOnNextDeploy.length).toBeGreaterThan(0);
  });

  it("leaves every other stack byte-identical", () => {
    for (const stack of full.stacks.filter((s) => !SEO_GU_STACKS.includes(s))) {
      expect(decommissioning.raw(stack)).toBe(full.raw(stack));
    }
  });
});

describe("a decommissioning municipality whose final backup is approved", () => {
  const approved = leaving({ state: "decommissioning", decommissioning: REQUESTED, finalBackup: FINAL_BACKUP });

  it.each(SEO_GU_STACKS)("has nothing left in %s: the next deploy destroys all of it", (stack) => {
    const json = approved.stack(stack);
    expect(json.resource).toBeUndefined();
    expect(recordOf(json)).toEqual({
      retention: "nothing",
      destroyedOnNextDeploy: addresses(full.stack(stack)),
      keptUntilFinalBackup: [],
    });
  });
});

describe("a retired municipality", () => {
  const lifecycle = {
    state: "retired",
    decommissioning: REQUESTED,
    finalBackup: FINAL_BACKUP,
    retiredOn: "2026-12-01",
  };

  it("has no stacks; its file stays as the record", () => {
    const retired = leaving(lifecycle);
    expect(retired.stacks).toEqual(full.stacks.filter((s) => !SEO_GU_STACKS.includes(s)));
  });

  it("is a record in the model, not a tenant", () => {
    const dir = sampleConfig();
    setLifecycle(dir, SEO_GU, lifecycle);
    const { center } = loadCenter(dir);
    expect(center!.retired.map((m) => m.code)).toEqual(["27170"]);
    expect(center!.municipalities.map((m) => m.code)).not.toContain("27170");
  });
});
