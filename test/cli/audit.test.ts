import * as fs from "node:fs";
import * as path from "node:path";
import { edit, JUNG_GU, sampleConfig, tempDir } from "../helpers/config";
import { rcc } from "../helpers/rcc";

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), "utf8");

/** Jung-gu's homepage opens SSH to the internet through its declared ingress: RCC-NET-001. */
function sshToTheInternet(): string {
  const dir = sampleConfig();
  edit(dir, JUNG_GU, [
    "ports: [80, 443], purpose: 구청 홈페이지 공개",
    "ports: [22, 443], purpose: 구청 홈페이지 공개",
  ]);
  return dir;
}

describe("rcc audit", () => {
  it("writes index.html, report.md and findings.json, and exits 0 when the audit passes", async () => {
    const out = path.join(tempDir(), "audit");
    const result = await rcc(["audit", "--out", out]);
    expect(result).toEqual({
      code: 0,
      out: `audit passed: wrote ${["index.html", "report.md", "findings.json"].map((f) => path.join(out, f)).join(", ")}`,
      err: "",
    });
    const findings = JSON.parse(read(out, "findings.json"));
    expect(findings).toMatchObject({
      region: "daegu",
      passed: true,
      findings: [{ rule: "RCC-RCH-006", suppressed: { file: "region.yaml" } }],
    });
    expect(findings.rules.map((r: { id: string }) => r.id)).toContain("RCC-NET-001");
    expect(read(out, "index.html")).toMatch(/^<!doctype html>/i);
    expect(read(out, "report.md")).toContain("대구광역시 서구");
  });

  it("gives identical files when run again on the same config", async () => {
    const [first, second] = [path.join(tempDir(), "a"), path.join(tempDir(), "b")];
    await rcc(["audit", "--out", first]);
    await rcc(["audit", "--out", second]);
    for (const file of ["index.html", "report.md", "findings.json"]) expect(read(second, file)).toBe(read(first, file));
  });

  it("still writes the report when an error is open, names it, and exits 1; synth refuses the same config", async () => {
    const dir = sshToTheInternet();
    const out = path.join(tempDir(), "audit");
    const result = await rcc(["audit", "--config", dir, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^audit FAILED: wrote /);
    expect(result.err).toMatch(
      /^error RCC-NET-001 tenant-27110 openstack_networking_secgroup_rule_v2\.\S+: ingress from 0\.0\.0\.0\/0 to SSH \(22\)$/m,
    );
    const findings = JSON.parse(read(out, "findings.json"));
    expect(findings.passed).toBe(false);
    expect(findings.findings.map((f: { rule: string }) => f.rule)).toContain("RCC-NET-001");
    expect(read(out, "report.md")).toContain("RCC-NET-001");

    const synthOut = path.join(tempDir(), "cdktf.out");
    const synth = await rcc(["synth", "--config", dir, "--out", synthOut]);
    expect(synth.code).toBe(1);
    expect(synth.err).toMatch(
      /rcc: audit: 2 error\(s\), 0 warning\(s\), 1 suppressed; the synthesized stacks were removed$/,
    );
    expect(fs.readdirSync(path.join(synthOut, "stacks"))).toEqual([]);
  });

  it("writes nothing for an invalid config", async () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["    grade: C", "    grade: X"]);
    const out = path.join(tempDir(), "audit");
    const result = await rcc(["audit", "--config", dir, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/no report was written$/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
