import * as fs from "node:fs";
import * as path from "node:path";
import { edit, REGION, sampleConfig } from "../helpers/config";
import { resources, synth } from "../helpers/synth";

const out = synth();
const jungGu = out.stack("tenant-27110");

describe("a tenant's backup container", () => {
  const containers = resources(jungGu, "openstack_objectstorage_container_v1");
  const container = containers.find((c) => c.name === "daegu-27110-backup")!;
  const history = containers.find((c) => c.name === "daegu-27110-backup-history")!;

  it("keeps previous copies in a history container beside it, both protected from destroy", () => {
    const [historyRef] = Object.entries(jungGu.resource.openstack_objectstorage_container_v1).find(
      ([, c]) => c === history,
    )!;
    expect(container).toMatchObject({
      name: "daegu-27110-backup",
      versioning_legacy: { type: "history", location: `\${openstack_objectstorage_container_v1.${historyRef}.name}` },
      force_destroy: false,
      lifecycle: { prevent_destroy: true },
    });
    // Container sync skips every object of a container with Swift's object versioning.
    expect(container.versioning).toBeUndefined();
    expect(history).toMatchObject({ force_destroy: false, lifecycle: { prevent_destroy: true } });
    expect(history.container_sync_to).toBeUndefined();
  });

  it("gives the history container the same ACLs, since Swift writes the previous copies as the writer", () => {
    expect(history.container_write).toBe(container.container_write);
    expect(history.container_read).toBe(container.container_read);
  });

  it("is written only by the center's backup identity and read by the tenant's project", () => {
    const users = jungGu.data!.openstack_identity_user_v3;
    const projects = jungGu.data!.openstack_identity_project_v3;
    const [userRef] = Object.entries(users).find(([, u]) => u.name === "backup-agent")!;
    const [projectRef] = Object.entries(projects).find(([, p]) => p.name === "daegu-backup")!;
    expect(container.container_write).toBe(
      `\${data.openstack_identity_project_v3.${projectRef}.id}:\${data.openstack_identity_user_v3.${userRef}.id}`,
    );
    expect(container.container_read).toMatch(/^\$\{openstack_identity_project_v3\.tenant_project_\w+\.id\}:\*$/);
  });

  it("syncs to the DR partner with a key from a sensitive variable, never a literal", () => {
    expect(container.container_sync_to).toBe(
      "//rcc/busan-swift/AUTH_5f1c0d9e2b7a4c3e9d8f7a6b5c4d3e2f/daegu-27110-backup",
    );
    expect(container.container_sync_key).toBe("${var.backup_sync_key}");
    expect(jungGu).toMatchObject({ variable: { backup_sync_key: { type: "string", sensitive: true } } });
  });

  it("has no sync, and asks for no key, when the region has no container-sync partner", () => {
    const dir = sampleConfig();
    edit(dir, REGION, [/^ {2}containerSync: .*\n/m, ""]);
    const stack = synth(dir).stack("tenant-27110");
    const unsynced = resources(stack, "openstack_objectstorage_container_v1").find(
      (c) => c.name === "daegu-27110-backup",
    )!;
    expect(unsynced.container_sync_to).toBeUndefined();
    expect(unsynced.container_sync_key).toBeUndefined();
    expect((stack as { variable?: unknown }).variable).toBeUndefined();
  });
});

describe("the backup plan beside stacks/", () => {
  const plan = JSON.parse(fs.readFileSync(path.join(out.outdir, "backup-plan.json"), "utf8"));

  it("lists every system with its schedule, retention, RPO, replication and target container", () => {
    expect(plan).toMatchObject({
      region: "daegu",
      writer: { project: "daegu-backup", user: "backup-agent" },
      syncedTo: "busan",
    });
    expect(plan.systems).toHaveLength(45);
    expect(
      plan.systems.find(
        (s: { municipality: string; system: string }) => s.municipality === "27110" && s.system === "resident-registry",
      ),
    ).toEqual({
      municipality: "27110",
      system: "resident-registry",
      grade: "C",
      zone: "internal",
      what:
        "instances tagged system=resident-registry and volumes with metadata system=resident-registry in project " +
        "daegu-27110-jung-gu; rcc does not build this system: label its instances and volumes so",
      selector: {
        project: "daegu-27110-jung-gu",
        instanceTag: "system=resident-registry",
        volumeMetadata: { system: "resident-registry" },
      },
      schedule: "hourly",
      intervalHours: 1,
      retentionDays: 90,
      rpoHours: 1,
      replication: ["volume", "container-sync"],
      target: { container: "daegu-27110-backup", prefix: "resident-registry/" },
    });
  });

  it("finds a built system by the labels rcc writes on its instances and volumes", () => {
    const plan = JSON.parse(fs.readFileSync(path.join(out.outdir, "backup-plan.json"), "utf8"));
    const payroll = plan.systems.find(
      (s: { municipality: string; system: string }) => s.municipality === "27170" && s.system === "payroll",
    );
    expect(payroll.what).toMatch(/; rcc builds them \(stack systems-27170\) with these labels$/);
    const stack = out.stack("systems-27170");
    const instances = Object.values(stack.resource.openstack_compute_instance_v2).filter((i) =>
      String(i.name).startsWith("27170-payroll-"),
    );
    const volumes = Object.values(stack.resource.openstack_blockstorage_volume_v3).filter((v) =>
      String(v.name).startsWith("27170-payroll-"),
    );
    expect(instances.length).toBeGreaterThan(0);
    expect(volumes.length).toBeGreaterThan(0);
    for (const instance of instances) expect(instance.tags).toContain(payroll.selector.instanceTag);
    for (const volume of volumes) expect(volume.metadata).toMatchObject(payroll.selector.volumeMetadata);
  });

  it("covers only the municipalities of the selected wave", () => {
    const wave1 = synth(undefined, { wave: 1 });
    const systems = JSON.parse(fs.readFileSync(path.join(wave1.outdir, "backup-plan.json"), "utf8")).systems;
    expect([...new Set(systems.map((s: { municipality: string }) => s.municipality))]).toEqual([
      "27110",
      "27140",
      "27720",
    ]);
  });
});
