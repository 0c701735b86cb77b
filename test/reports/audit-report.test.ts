import * as path from "node:path";
import { Construct } from "constructs";
import { NetworkingSecgroupRuleV2 } from "../../.gen/providers/openstack/networking-secgroup-rule-v2";
import { NetworkingSecgroupV2 } from "../../.gen/providers/openstack/networking-secgroup-v2";
import { synthesizeForReview } from "../../synthesis/synthesize";
import { auditReport } from "../../reports/audit/build";
import { leavingTable, lifecycleTable, reachabilityTable } from "../../reports/audit/tables";
import { MunicipalityReport } from "../../reports/audit/types";
import { checkIntent } from "../../policy/reach";
import { modelOf } from "../../policy/audit/reachability";
import { FINAL_BACKUP, REQUESTED, SAMPLE_CONFIG, sampleConfig, SEO_GU, setLifecycle, tempDir } from "../helpers/config";

function sampleReport(extend?: (app: Construct) => void) {
  const synthesis = synthesizeForReview({ configDir: SAMPLE_CONFIG, outdir: path.join(tempDir(), "out"), extend });
  if ("problems" in synthesis) throw new Error("sample config invalid");
  return auditReport(synthesis);
}

const report = sampleReport();
const seoGu = report.municipalities.find((m) => m.code === "27170")!;

describe("the audit report of the sample", () => {
  it("passes, with every rule listed and nothing open", () => {
    expect(report.passed).toBe(true);
    // One finding, accepted in the region file: the partner has no zone firewalls.
    expect(report.findings.map((f) => [f.rule, f.suppressed?.file])).toEqual([["RCC-RCH-006", "region.yaml"]]);
    expect(report.rules.length).toBeGreaterThanOrEqual(24);
    expect(report.source.stacks).toHaveLength(21);
    expect(report.separation.holds).toBe(true);
  });

  it("lists every service the internet reaches: which system, where, which port, through what", () => {
    expect(
      seoGu.exposure.map((e) => `${e.system} ${e.protocol}/${e.ports} ${e.from} | ${e.address} | ${e.through}`),
    ).toEqual([
      "civil-portal tcp/443 0.0.0.0/0 | 10.127.2.0/24 (the system's ports) | security group 27170-civil-portal via router 27170-external-router",
      "homepage tcp/80 0.0.0.0/0 | load balancer VIP in 10.127.2.0/24 | load balancer 27170-homepage (listener 80), security group 27170-homepage",
      "homepage tcp/80, 443 0.0.0.0/0 | floating IP openstack_networking_floatingip_v2.homepage_floating-ip_F1CCD796 | floating IP on the VIP of load balancer 27170-homepage",
      "homepage tcp/443 0.0.0.0/0 | load balancer VIP in 10.127.2.0/24 | load balancer 27170-homepage (listener 443), security group 27170-homepage",
    ]);
    for (const m of report.municipalities) {
      expect(m.exposure.every((e) => e.zone === "external")).toBe(true);
    }
  });

  it("draws the topology from the synthesized routers: the internal zone's gateway is not the internet", () => {
    const zones = Object.fromEntries(seoGu.topology.zones.map((z) => [z.zone, z]));
    expect(zones.internal).toMatchObject({
      cidr: "10.27.32.0/20",
      router: { name: "27170-internal-router", gateway: "admin-backbone" },
    });
    expect(zones.external.router).toEqual({ name: "27170-external-router", gateway: "public-internet (internet)" });
    expect(zones.linkage.router).toBeNull();
    expect(zones.external.systems).toContainEqual({ name: "homepage", grade: "O", exposed: true });
    expect(zones.internal.systems.every((s) => !s.exposed)).toBe(true);
    expect(seoGu.topology.flows).toEqual([
      { from: "civil-portal", to: "resident-registry", protocol: "tcp", ports: "8443" },
    ]);
  });

  it("gives the separation verdict with its evidence", () => {
    expect(seoGu.separation.holds).toBe(true);
    expect(seoGu.separation.evidence).toEqual(
      expect.arrayContaining([
        "tenant-27170: router 27170-internal-router serves internal, linkage; gateway on admin-backbone (not the internet)",
        "floating IPs: 1 in all, 0 on an internal port",
      ]),
    );
    expect(seoGu.separation.evidence.join("\n")).toMatch(
      /internal security group\(s\), \d+ without Neutron's default rules; \d+ rule\(s\), 0 naming an internet address/,
    );
  });

  it("says separation does not hold, and why, when a crossing outside the linkage zone appears", () => {
    // A site extension letting Seo-gu's external range reach its resident registry directly: RCC-SEP-008.
    const broken = sampleReport((app) => {
      const groups = app.node.findChild("tenant-27170").node.findChild("security-groups");
      const group = groups.node.findChild("resident-registry");
      new NetworkingSecgroupRuleV2(group, "from-external", {
        securityGroupId: (group.node.findChild("group") as NetworkingSecgroupV2).id,
        direction: "ingress",
        ethertype: "IPv4",
        protocol: "tcp",
        portRangeMin: 5432,
        portRangeMax: 5432,
        remoteIpPrefix: "10.127.2.0/24",
      });
    });
    const seo = broken.municipalities.find((m) => m.code === "27170")!;
    expect(seo.separation.holds).toBe(false);
    expect(seo.separation.evidence.at(-1)).toMatch(
      /^separation does NOT hold: 1 open finding\(s\) of RCC-SEP-008 \(see Findings\); besides, 1 declared flow\(s\)/,
    );
    expect(seo.separation.evidence.join("\n")).not.toContain("zones meet only in the linkage zone");
    const jung = broken.municipalities.find((m) => m.code === "27110")!;
    expect(jung.separation.evidence.at(-1)).toMatch(/^zones meet only in the linkage zone/);
  });

  it("sets each system's backup and DR targets beside the mechanism that meets them", () => {
    const registry = seoGu.resilience.find((s) => s.system === "resident-registry")!;
    expect(registry).toMatchObject({ grade: "C", dr: { tier: "hot", rtoHours: 2, rpoHours: 1 }, recoveryOrder: 1 });
    expect(registry.mechanism).toBe(
      "hourly backup; volume replication; container-sync replication; hot standby at busan: 2 of 2 instance(s) running",
    );
  });

  it("compares quotas with capacity and shares the center's cost in proportion to them", () => {
    const vcpu = report.capacity.find((c) => c.resource === "vCPU")!;
    expect(vcpu.allocated).toBe(vcpu.perMunicipality.reduce((sum, p) => sum + p.value, 0));
    expect(vcpu.limit).toBe(Math.floor(vcpu.capacity * vcpu.overcommit));
    const costs = report.costs!;
    expect(costs.currency).toBe("KRW");
    const line = (code: string) => costs.lines.find((l) => l.code === code)!;
    // 북구 has twice 중구's quotas, so twice its resources and its part of the shared services.
    expect(line("27230").resources).toBe(2 * line("27110").resources);
    expect(line("27110").resources).toBe(80 * 15000 + 320 * 4000 + 8000 * 120);
    const shares = costs.lines.reduce((sum, l) => sum + l.share, 0);
    expect(shares).toBeCloseTo(1, 3);
    expect(Math.abs(costs.lines.reduce((sum, l) => sum + l.total, 0) - costs.total)).toBeLessThanOrEqual(
      costs.lines.length,
    );
  });

  it("groups municipalities by migration wave", () => {
    expect(report.waves.map((w) => [w.wave, w.municipalities.map((m) => m.code)])).toEqual([
      [1, ["27110", "27140", "27720"]],
      [2, ["27170", "27200", "27230"]],
      [3, ["27260", "27290", "27710"]],
    ]);
  });

  it("is deterministic: the same config gives the same report", () => {
    expect(JSON.stringify(sampleReport())).toBe(JSON.stringify(report));
  });
});

/** A matrix's cell: what the row reaches the column on, as the report prints it. */
function cell(m: MunicipalityReport, from: string, to: string): string {
  const table = reachabilityTable(m);
  const row = table.rows.find((r) => r[0] === from);
  const column = table.headers.indexOf(to);
  if (!row || column < 1) throw new Error(`no cell ${from} → ${to} in ${m.code}'s matrix`);
  return row[column];
}

describe("the audit report's reachability section", () => {
  const dongGu = report.municipalities.find((m) => m.code === "27140")!;

  it("counts the declared flows the intent check traces and those delivered: all of them in the sample", () => {
    const synthesis = synthesizeForReview({ configDir: SAMPLE_CONFIG, outdir: path.join(tempDir(), "out") });
    if ("problems" in synthesis) throw new Error("sample config invalid");
    const traced = checkIntent(synthesis.center, modelOf(synthesis), new Set(synthesis.stacks.map((s) => s.name)));
    expect(report.reachability.intent).toEqual({
      holds: true,
      flows: traced.length,
      delivered: traced.length,
      broken: [],
    });
    expect(traced.length).toBeGreaterThan(100);
  });

  it("names each broken flow, where the config declares it and the hop that drops it", () => {
    // A site extension dropping the relay's rule for 동구's declared linkage flow portal-registry-check.
    const broken = sampleReport((app) => {
      const relay = app.node
        .findChild("tenant-27140")
        .node.findChild("security-groups")
        .node.findChild("linkage-relay");
      const rule = relay.node.children.find((c) => c.node.id.startsWith("ingress-tcp-8443-sg-civil-portal"))!;
      relay.node.tryRemoveChild(rule.node.id);
    });
    const { intent } = broken.reachability;
    expect(intent.holds).toBe(false);
    expect(intent.flows).toBe(report.reachability.intent.flows);
    expect(intent.delivered).toBe(intent.flows - intent.broken.length);
    expect(intent.broken.length).toBeGreaterThan(0);
    for (const flow of intent.broken) {
      expect(flow).toMatchObject({
        name: expect.stringMatching(
          /^27140 linkage portal-registry-check, leg 1: civil-portal to relay [ab] tcp\/8443$/,
        ),
        municipality: "27140",
        declaredAt: expect.stringMatching(/27140-dong-gu\.yaml:\d+ linkage\.flows\[0\]$/),
        stack: "tenant-27140",
        address: expect.stringMatching(/^openstack_networking_secgroup_v2\.security-groups_linkage-relay_/),
        hop: "no ingress rule of 27140-linkage-relay allows it",
      });
    }
    // The matrix says the same: the relay is no longer reached from civil-portal.
    expect(
      cell(
        broken.municipalities.find((m) => m.code === "27140")!,
        "civil-portal",
        "linkage-relay",
      ),
    ).toBe("—");
  });

  it("gives 동구's matrix: civil-portal reaches the linkage relay on tcp/8443, the internet never the resident registry", () => {
    expect(cell(dongGu, "civil-portal", "linkage-relay")).toBe("tcp/8443");
    expect(cell(dongGu, "linkage-relay", "resident-registry")).toBe("tcp/8443");
    expect(cell(dongGu, "internet", "resident-registry")).toBe("—");
    expect(cell(dongGu, "internet", "civil-portal")).toBe("tcp/443");
    expect(cell(dongGu, "civil-portal", "resident-registry")).toBe("—");
    expect(cell(dongGu, "civil-portal", "civil-portal")).toBe("");
    // Rows and columns: its systems, its relay and zones, then the internet, the backbone and the shared services.
    expect(reachabilityTable(dongGu).headers).toEqual([
      "from ↓ to →",
      ...dongGu.resilience.map((s) => s.system),
      "linkage-relay",
      "internal zone",
      "external zone",
      "internet",
      "backbone",
      "shared:bastion",
      "shared:monitoring",
      "shared:backup",
      "shared:dns",
      "shared:ntp",
    ]);
  });

  it("reaches nothing internal from the internet in any municipality", () => {
    for (const m of report.municipalities) {
      const internal = m.topology.zones.find((z) => z.zone === "internal")!.systems.map((s) => s.name);
      for (const system of [...internal, "internal zone", "linkage-relay"])
        expect(cell(m, "internet", system)).toBe("—");
      expect(m.reachability.untraced).toBe(0);
      expect(m.reachability.parties.every((p) => p.unresolved === null)).toBe(true);
    }
  });
});

describe("the audit report's lifecycle section", () => {
  const dir = sampleConfig();
  setLifecycle(dir, SEO_GU, { state: "decommissioning", decommissioning: REQUESTED });
  const retired = { state: "retired", decommissioning: REQUESTED, finalBackup: FINAL_BACKUP, retiredOn: "2026-12-01" };
  setLifecycle(dir, "municipalities/27720-gunwi-gun.yaml", retired);
  const synthesis = synthesizeForReview({ configDir: dir, outdir: path.join(tempDir(), "out") });
  if ("problems" in synthesis) throw new Error("config invalid");
  const leavingReport = auditReport(synthesis);

  it("lists the municipalities in each lifecycle state, retired ones included", () => {
    expect(lifecycleTable(leavingReport).rows.map(([state, count]) => [state, count])).toEqual([
      ["active", "7"],
      ["decommissioning", "1"],
      ["retired", "1"],
    ]);
    expect(lifecycleTable(report).rows.map(([state, count]) => [state, count])).toEqual([
      ["active", "9"],
      ["decommissioning", "0"],
      ["retired", "0"],
    ]);
  });

  it("gives each leaving municipality's record and what the next deploy destroys and keeps", () => {
    const seo = synthesis.stacks.filter((s) => s.name.endsWith("-27170"));
    const count = (key: "destroyedOnNextDeploy" | "keptUntilFinalBackup") =>
      seo.reduce((n, s) => n + s.decommissioning![key].length, 0);
    expect(leavingTable(leavingReport).rows).toEqual([
      [
        "대구광역시 서구 (27170)",
        "decommissioning",
        "2026-11-01 by 서구 정보통신과장: 행정구역 통합으로 중구에 편입",
        "not yet: data holders are kept",
        "",
        `destroys ${count("destroyedOnNextDeploy")} resource(s), keeps ${count("keptUntilFinalBackup")} until the final backup`,
      ],
      [
        "대구광역시 군위군 (27720)",
        "retired",
        "2026-11-01 by 서구 정보통신과장: 행정구역 통합으로 중구에 편입",
        "2026-11-20, kept at archive daegu-final/27170, approved by 대구시 정보화담당관",
        "2026-12-01",
        "",
      ],
    ]);
    expect(count("destroyedOnNextDeploy")).toBeGreaterThan(100);
  });

  it("passes the audit: rules about service (backup, DR, redundancy) apply to municipalities in service", () => {
    expect(leavingReport.findings.filter((f) => !f.suppressed)).toEqual([]);
    expect(leavingReport.municipalities.map((m) => m.code)).not.toContain("27720");
  });
});
