import { auditRules } from "../../../policy/audit";
import { resolve } from "../../../policy/separation/terraform";
import { Json, sampleAudit } from "./audit-fixture";

const { auditAfter, resource, addressOf, stacks, center } = sampleAudit();
const messages = (findings: ReturnType<typeof auditAfter>) => findings.map((f) => `${f.stack} ${f.message}`);
const nothing = () => undefined;

describe("the rule pack", () => {
  it("has stable, unique ids, each with a level, a rationale and a fix", () => {
    const rules = auditRules();
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^RCC-[A-Z]+-\d{3}$/);
      expect(["error", "warning"]).toContain(rule.level);
      expect(rule.rationale.length).toBeGreaterThan(20);
      expect(rule.fix.length).toBeGreaterThan(20);
    }
    expect(rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(["RCC-NET-001", "RCC-SEP-001", "RCC-SEP-008", "RCC-TAG-001", "RCC-AUD-001"]),
    );
  });

  it("reads each stack with its provider and backend as written", () => {
    const core = stacks.find((s) => s.name === "core")!;
    expect(core.providers).toEqual({ openstack: [{ cloud: "daegu-rcc", region: "RegionOne" }] });
    expect(core.backend).toEqual({ local: { path: expect.stringMatching(/state\/core\.tfstate$/) } });
  });

  it("finds nothing in the sample: every rule holds on what rcc synthesizes", () => {
    expect(auditAfter("core", nothing)).toEqual([]);
  });
});

describe("network rules", () => {
  it("RCC-NET-001 fires on internet ingress to SSH or to every port, not on HTTPS", () => {
    const findings = auditAfter(
      "tenant-27110",
      (json) => {
        const rules = Object.values(json.resource.openstack_networking_secgroup_rule_v2) as Array<
          Record<string, unknown>
        >;
        const https = rules.filter((r) => r.remote_ip_prefix === "0.0.0.0/0" && r.direction === "ingress");
        Object.assign(https[0], { port_range_min: 22, port_range_max: 22 });
        delete https[1].port_range_min;
        delete https[1].port_range_max;
      },
      { rule: "RCC-NET-001" },
    );
    expect(messages(findings).sort()).toEqual([
      "tenant-27110 ingress from 0.0.0.0/0 to SSH (22)",
      "tenant-27110 ingress from 0.0.0.0/0 to SSH (22), Telnet (23), MS RPC (135), SNMP (161), SMB (445), RDP (3389), VNC (5900), WinRM (5985), WinRM over TLS (5986)",
    ]);
    expect(findings[0]).toMatchObject({ level: "error", municipality: "27110" });
  });

  it("RCC-NET-002 warns about a security group without a description", () => {
    const findings = auditAfter(
      "tenant-27110",
      (json) => delete resource(json, "openstack_networking_secgroup_v2", "27110-homepage").description,
      { rule: "RCC-NET-002" },
    );
    expect(findings).toEqual([
      expect.objectContaining({ level: "warning", message: "security group 27110-homepage has no description" }),
    ]);
  });

  it("RCC-NET-003 fires on a floating IP on a linkage port, not on an external one", () => {
    const fip = (json: Json, port: string) =>
      (json.resource.openstack_networking_floatingip_v2 = {
        ...json.resource.openstack_networking_floatingip_v2,
        fip: { pool: "public-internet", port_id: `\${${addressOf(json, "openstack_networking_port_v2", port)}.id}` },
      });
    const onRelay = auditAfter("tenant-27110", (json) => fip(json, "27110-linkage-relay-a"), { rule: "RCC-NET-003" });
    expect(messages(onRelay)).toEqual([
      expect.stringMatching(/^tenant-27110 floating IP on openstack_networking_port_v2\.\S+ in zone linkage$/),
    ]);
    const onExternal = auditAfter("systems-27170", (json) => fip(json, "27170-homepage-1"), {
      rule: "RCC-NET-003",
    });
    expect(onExternal).toEqual([]);
  });

  it("RCC-NET-003 and the separation proof accept the floating IP rcc gives an external built system", () => {
    const systems = stacks.find((s) => s.name === "systems-27170")!;
    const [ip] = systems.blocks.filter((b) => b.type === "openstack_networking_floatingip_v2");
    expect(resolve(systems, ip.body.port_id)?.body.name).toBe("27170-homepage-vip");
    expect(auditAfter("systems-27170", nothing, { rule: "RCC-NET-003" })).toEqual([]);
    expect(auditAfter("systems-27170", nothing, { rule: "RCC-SEP-003" })).toEqual([]);
  });

  it("RCC-NET-004 fires on an internal group that keeps Neutron's default egress", () => {
    const findings = auditAfter(
      "tenant-27110",
      (json) => (resource(json, "openstack_networking_secgroup_v2", "27110-payroll").delete_default_rules = false),
      { rule: "RCC-NET-004" },
    );
    expect(messages(findings)).toEqual([
      "tenant-27110 internal security group 27110-payroll keeps Neutron's allow-all egress rules",
    ]);
  });

  it("RCC-SEP-003 (the separation proof) fires on a floating IP on an internal port, beside the external one", () => {
    const findings = auditAfter(
      "systems-27170",
      (json) =>
        (json.resource.openstack_networking_floatingip_v2 = {
          ...json.resource.openstack_networking_floatingip_v2,
          fip: { port_id: `\${${addressOf(json, "openstack_networking_port_v2", "27170-resident-registry-1")}.id}` },
        }),
      { rule: "RCC-SEP-003" },
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      level: "error",
      stack: "systems-27170",
      address: "openstack_networking_floatingip_v2.fip",
    });
  });
});

describe("compute, identity and storage rules", () => {
  it("RCC-CMP-001 fires on an instance admin password", () => {
    const findings = auditAfter(
      "systems-27170",
      (json) => (resource(json, "openstack_compute_instance_v2", "27170-payroll-1").admin_pass = "hunter2"),
      { rule: "RCC-CMP-001" },
    );
    expect(messages(findings)).toEqual(["systems-27170 instance 27170-payroll-1 sets admin_pass"]);
  });

  it("RCC-IAM-001 fires on credentials in the provider block, naming the argument but never its value", () => {
    const findings = auditAfter(
      "core",
      (json) => Object.assign(json.provider.openstack[0], { user_name: "admin", password: "s3cret" }),
      { rule: "RCC-IAM-001" },
    );
    expect(findings).toEqual([
      expect.objectContaining({ address: "provider.openstack[0]", message: "provider openstack sets password" }),
    ]);
    expect(JSON.stringify(findings)).not.toContain("s3cret");
  });

  it("RCC-OBJ-001 fires on a public container", () => {
    const findings = auditAfter(
      "tenant-27110",
      (json) =>
        (resource(json, "openstack_objectstorage_container_v1", "daegu-27110-backup").container_read =
          ".r:*,.rlistings"),
      { rule: "RCC-OBJ-001" },
    );
    expect(messages(findings)).toEqual([
      "tenant-27110 container daegu-27110-backup is readable by anyone (.r:*, .rlistings)",
    ]);
  });

  it("RCC-LCY-001 fires on a volume without prevent_destroy", () => {
    const findings = auditAfter(
      "systems-27170",
      (json) => delete resource(json, "openstack_blockstorage_volume_v3", "27170-payroll-1-data").lifecycle,
      { rule: "RCC-LCY-001" },
    );
    expect(messages(findings)).toEqual(["systems-27170 27170-payroll-1-data can be destroyed by a plan"]);
  });
});

describe("references", () => {
  it("RCC-REF-001 fires on a reference to a resource of another stack, not on the stack's own", () => {
    const findings = auditAfter(
      "systems-27170",
      (json) =>
        Object.assign(resource(json, "openstack_compute_instance_v2", "27170-payroll-1"), {
          user_data: "${openstack_identity_project_v3.tenant_project_F30C0087.id}",
          metadata: {
            port: `\${element(${addressOf(json, "openstack_networking_port_v2", "27170-payroll-1")}.all_fixed_ips, 0)}`,
          },
        }),
      { rule: "RCC-REF-001" },
    );
    expect(messages(findings)).toEqual([
      "systems-27170 refers to openstack_identity_project_v3.tenant_project_F30C0087, which is not in this stack",
    ]);
  });
});

describe("labels and grades", () => {
  it("RCC-TAG-001 fires on a resource without labels and on one labelled for another municipality", () => {
    const findings = auditAfter(
      "tenant-27110",
      (json) => {
        delete resource(json, "openstack_networking_network_v2", "27110-internal").tags;
        const external = resource(json, "openstack_networking_network_v2", "27110-external");
        external.tags = external.tags.map((t: string) => (t.startsWith("municipality=") ? "municipality=27140" : t));
      },
      { rule: "RCC-TAG-001" },
    );
    expect(messages(findings).sort()).toEqual([
      "tenant-27110 labelled municipality=27140 (expected 27110)",
      "tenant-27110 no label region, municipality, zone, grade, managed-by",
    ]);
  });

  it("RCC-GRD-001 fires on grade C in the external zone", () => {
    const findings = auditAfter(
      "tenant-27110",
      (json) => {
        const external = resource(json, "openstack_networking_network_v2", "27110-external");
        external.tags = external.tags.map((t: string) => (t.startsWith("grade=") ? "grade=C" : t));
      },
      { rule: "RCC-GRD-001" },
    );
    expect(messages(findings)).toEqual(["tenant-27110 serves grade C in the external zone"]);
  });
});

describe("resilience rules", () => {
  it("RCC-BAK-001 fires on a missing or unversioned backup container and on a volume outside every system", () => {
    const missing = auditAfter("tenant-27110", (json) => delete json.resource.openstack_objectstorage_container_v1, {
      rule: "RCC-BAK-001",
    });
    expect(messages(missing)).toEqual(["tenant-27110 no backup container daegu-27110-backup"]);
    const unversioned = auditAfter(
      "tenant-27110",
      (json) => delete resource(json, "openstack_objectstorage_container_v1", "daegu-27110-backup").versioning_legacy,
      { rule: "RCC-BAK-001" },
    );
    expect(messages(unversioned)).toEqual(["tenant-27110 backup container daegu-27110-backup is not versioned"]);
    const syncsNothing = auditAfter(
      "tenant-27110",
      (json) => {
        const container = resource(json, "openstack_objectstorage_container_v1", "daegu-27110-backup");
        delete container.versioning_legacy;
        container.versioning = true;
      },
      { rule: "RCC-BAK-001" },
    );
    expect(messages(syncsNothing)).toEqual([
      "tenant-27110 backup container daegu-27110-backup uses object versioning, whose objects container sync skips: nothing reaches the partner",
    ]);
    const stray = auditAfter(
      "systems-27170",
      (json) =>
        (resource(json, "openstack_blockstorage_volume_v3", "27170-payroll-1-data").name = "27170-scratch-1-data"),
      { rule: "RCC-BAK-001" },
    );
    expect(messages(stray)).toEqual([
      "systems-27170 volume 27170-scratch-1-data belongs to no system with a backup plan",
    ]);
  });

  it("RCC-DR-001 fires for a graded system missing from its standby tenant", () => {
    const findings = auditAfter(
      "dr-27110",
      (json) => delete resource(json, "openstack_networking_secgroup_v2", "27110-payroll").name,
      { rule: "RCC-DR-001" },
    );
    expect(findings).toEqual([
      expect.objectContaining({
        stack: "dr-27110",
        address: "systems.payroll",
        message: "grade-S payroll has no security group in dr-27110",
      }),
    ]);
  });

  it("RCC-DR-002 warns once per municipality whose graded systems have no standby tenant", () => {
    const { runAudit } = jest.requireActual("../../../policy/audit");
    const withoutStandby = { ...center, region: { ...center.region, drPartner: undefined } };
    const findings = runAudit({ center: withoutStandby, stacks: stacks.filter((s) => !s.name.startsWith("dr-")) });
    const graded = center.municipalities.find((m) => m.code === "27110")!.systems.filter((s) => s.grade !== "O");
    expect(findings.filter((f: { rule: string }) => f.rule === "RCC-DR-002")).toHaveLength(
      center.municipalities.length,
    );
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: "RCC-DR-002",
        level: "warning",
        stack: "dr-27110",
        message: `no standby tenant (dr-27110) for ${graded.map((s) => s.name).join(", ")}: the region has no drPartner.standby`,
      }),
    );
  });

  it("RCC-HA-001 fires on redundant instances in one zone or off their anti-affinity group", () => {
    const findings = auditAfter(
      "systems-27170",
      (json) => {
        resource(json, "openstack_compute_instance_v2", "27170-homepage-2").availability_zone = "az1";
        delete resource(json, "openstack_compute_instance_v2", "27170-resident-registry-2").scheduler_hints;
      },
      { rule: "RCC-HA-001" },
    );
    expect(findings.map((f) => f.message).sort()).toEqual([
      "and its peers all run in az1",
      "is on no anti-affinity server group",
    ]);
  });

  it("RCC-CAP-001 fires when the synthesized quotas exceed capacity x overcommit", () => {
    const findings = auditAfter(
      "tenant-27110",
      (json) => ((Object.values(json.resource.openstack_compute_quotaset_v2)[0] as { cores: number }).cores = 100000),
      { rule: "RCC-CAP-001" },
    );
    expect(findings).toEqual([
      expect.objectContaining({
        stack: "config",
        address: "capacity.vcpus",
        message: expect.stringMatching(/^tenant quotas total \d+ vCPU, more than capacity x overcommit = \d+$/),
      }),
    ]);
  });
});
