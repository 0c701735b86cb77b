import * as fs from "node:fs";
import * as path from "node:path";
import { edit, REGION, sampleConfig } from "../helpers/config";
import { resources, synth } from "../helpers/synth";

const out = synth();
const jungGu = out.stack("tenant-27110");

describe("a tenant's backup container", () => {
  const [container] = resources(jungGu, "openstack_objectstorage_container_v1");

  it("is versioned and protected from destroy", () => {
    expect(container).toMatchObject({
      name: "daegu-27110-backup",
      versioning: true,
      force_destroy: false,
      lifecycle: { prevent_destroy: true },
    });
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
    const [unsynced] = resources(stack, "openstack_objectstorage_container_v1");
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
      what: "instances and volumes labelled system=resident-registry in project daegu-27110-jung-gu",
      schedule: "hourly",
      intervalHours: 1,
      retentionDays: 90,
      rpoHours: 1,
      replication: ["volume", "container-sync"],
      target: { container: "daegu-27110-backup", prefix: "resident-registry/" },
    });
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
