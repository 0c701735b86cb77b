import * as fs from "node:fs";
import * as path from "node:path";
import { NetworkingSecgroupV2 } from "../../../.gen/providers/openstack/networking-secgroup-v2";
import { synthesize } from "../../../synthesis/synthesize";
import { Center } from "../../../model/center";
import { loadCenter } from "../../../model/load";
import { formatProblem } from "../../../model/problems";
import { AuditFinding, auditPasses } from "../../../policy/audit";
import { edit, JUNG_GU, sampleConfig, tempDir } from "../../helpers/config";
import { Json, sampleAudit } from "./audit-fixture";

const { auditAfter, resource } = sampleAudit();

/** Jung-gu's homepage group loses its description (RCC-NET-002) and SSH opens to the internet (RCC-NET-001). */
function breakJungGu(json: Json) {
  delete resource(json, "openstack_networking_secgroup_v2", "27110-homepage").description;
  const rules = Object.values(json.resource.openstack_networking_secgroup_rule_v2) as Array<Record<string, unknown>>;
  const https = rules.find((r) => r.remote_ip_prefix === "0.0.0.0/0" && r.direction === "ingress")!;
  json.resource.openstack_networking_secgroup_rule_v2["homepage-ssh"] = {
    ...https,
    port_range_min: 22,
    port_range_max: 22,
  };
}

const suppress =
  (...suppressions: Array<Record<string, string>>) =>
  (center: Center): Center => ({
    ...center,
    municipalities: center.municipalities.map((m) =>
      m.code === "27110" ? { ...m, suppressions: suppressions as never } : m,
    ),
  });

/** Findings but the sample's own accepted one (its region file suppresses RCC-RCH-006 at the partner). */
const open = (findings: readonly AuditFinding[]) => findings.filter((f) => f.suppressed?.file !== "region.yaml");

const APPROVED = { reason: "legacy homepage, replaced in wave 2", approvedBy: "CISO Kim (SEC-2026-114)" };

describe("suppressions", () => {
  it("keeps a suppressed finding in the results with its reason, approver and file, and lets the synth pass", () => {
    const findings = auditAfter("tenant-27110", breakJungGu, {
      config: suppress({ rule: "RCC-NET-001", ...APPROVED }, { rule: "RCC-NET-002", ...APPROVED }),
    });
    expect(findings.map((f) => f.rule)).toEqual(["RCC-NET-001", "RCC-NET-002"]);
    expect(findings[0].suppressed).toEqual({
      file: "municipalities/27110-jung-gu.yaml",
      scope: "municipality",
      ...APPROVED,
    });
    expect(auditPasses(findings)).toBe(true);
  });

  it("narrowed to a stack or a resource, covers only that", () => {
    const open = auditAfter("tenant-27110", breakJungGu, { rule: "RCC-NET-001" });
    const findings = auditAfter("tenant-27110", breakJungGu, {
      config: suppress({ rule: "RCC-NET-001", stack: "tenant-27110", resource: "elsewhere", ...APPROVED }),
    });
    expect(findings.find((f) => f.rule === "RCC-NET-001")!.suppressed).toBeUndefined();
    expect(auditPasses(findings)).toBe(false);
    const exact = auditAfter("tenant-27110", breakJungGu, {
      config: suppress({ rule: "RCC-NET-001", stack: "tenant-27110", resource: open[0].address, ...APPROVED }),
    });
    expect(exact.find((f) => f.rule === "RCC-NET-001")!.suppressed?.scope).toBe(open[0].address);
  });

  it("warns (RCC-AUD-001) about a suppression that matches no finding", () => {
    const findings = auditAfter("core", () => undefined, { config: suppress({ rule: "RCC-OBJ-001", ...APPROVED }) });
    expect(findings).toEqual([
      {
        rule: "RCC-AUD-001",
        level: "warning",
        stack: "config",
        address: "municipalities/27110-jung-gu.yaml: suppressions[0]",
        municipality: "27110",
        message: "suppression of RCC-OBJ-001 matches no finding",
      },
    ]);
    expect(auditPasses(findings)).toBe(true);
  });

  it("must carry a reason of at least 10 characters and who approved it", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [/\ncontacts:/, '\nsuppressions:\n  - { rule: RCC-NET-002, reason: "legacy" }\ncontacts:']);
    const problems = loadCenter(dir).problems.map((p) => formatProblem(p).replace(`${dir}/`, ""));
    expect(problems).toEqual([
      "municipalities/27110-jung-gu.yaml:9: suppressions[0].approvedBy: required field is missing (Who approved it (name, role or ticket))",
      'municipalities/27110-jung-gu.yaml:9: suppressions[0].reason: must have at least 10 characters; got "legacy"',
    ]);
  });
});

describe("the audit in synthesis", () => {
  /** A site extension adding a security group with no description to Jung-gu's tenant (RCC-NET-002, a warning). */
  const extend = (app: import("constructs").Construct) =>
    new NetworkingSecgroupV2(app.node.findChild("tenant-27110") as never, "site-group", {
      name: "27110-site-extension",
      deleteDefaultRules: true,
    });

  it("passes with a warning open: warnings are printed and never fail the synthesis", () => {
    const warned = synthesize({ configDir: sampleConfig(), outdir: path.join(tempDir(), "out"), extend });
    expect(warned.stacks).toBeDefined();
    expect(open(warned.findings).map((f) => `${f.level} ${f.rule} ${f.message}`)).toEqual([
      "warning RCC-NET-002 security group 27110-site-extension has no description",
    ]);
  });

  it("removes the stacks when an error is open, and keeps them when it is suppressed", () => {
    const addPassword = (app: import("constructs").Construct) => {
      const stack = app.node.findChild("systems-27170");
      const instance = stack.node.findChild("payroll").node.findChild("instance-1") as unknown as {
        addOverride(path: string, value: unknown): void;
      };
      instance.addOverride("admin_pass", "hunter2");
    };
    const failed = path.join(tempDir(), "out");
    const result = synthesize({ configDir: sampleConfig(), outdir: failed, extend: addPassword });
    expect(result.stacks).toBeUndefined();
    expect(open(result.findings).map((f) => f.rule)).toEqual(["RCC-CMP-001"]);
    expect(fs.readdirSync(path.join(failed, "stacks"))).toEqual([]);

    const dir = sampleConfig();
    edit(dir, "municipalities/27170-seo-gu.yaml", [
      /\ncontacts:/,
      '\nsuppressions:\n  - { rule: RCC-CMP-001, stack: systems-27170, reason: "vendor image needs it until 2027-03", approvedBy: "CISO" }\ncontacts:',
    ]);
    const accepted = synthesize({ configDir: dir, outdir: path.join(tempDir(), "out"), extend: addPassword });
    expect(accepted.stacks).toBeDefined();
    expect(open(accepted.findings)[0].suppressed).toMatchObject({ scope: "systems-27170", approvedBy: "CISO" });
  });
});
