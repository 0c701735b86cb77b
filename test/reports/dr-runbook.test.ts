import * as fs from "node:fs";
import * as path from "node:path";
import { synth } from "../helpers/synth";

const out = synth();
const runbook = JSON.parse(fs.readFileSync(path.join(out.outdir, "dr-runbook.json"), "utf8"));
const markdown = fs.readFileSync(path.join(out.outdir, "dr-runbook.md"), "utf8");

describe("the recovery runbook beside stacks/", () => {
  it("lists every system in recovery order, each after what it depends on", () => {
    expect(runbook.systems).toHaveLength(45);
    const orders = runbook.systems.map((s: { order: number }) => s.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const position = new Map(
      runbook.systems.map((s: { municipality: string; system: string }, i: number) => [
        `${s.municipality}/${s.system}`,
        i,
      ]),
    );
    for (const s of runbook.systems) {
      for (const dependency of s.dependsOn) {
        expect(position.get(`${s.municipality}/${dependency}`)).toBeLessThan(
          position.get(`${s.municipality}/${s.system}`) as number,
        );
      }
    }
  });

  it("gives targets, tier and what the partner already has", () => {
    expect(runbook.partner).toEqual({ name: "busan", cloud: "busan-rcc", region: "RegionOne", standby: true });
    expect(runbook.systems[0]).toEqual({
      order: 1,
      municipality: "27110",
      system: "resident-registry",
      grade: "C",
      zone: "internal",
      tier: "hot",
      rtoHours: 2,
      rpoHours: 1,
      dependsOn: [],
      atPartner: [
        "standby project daegu-27110-jung-gu-dr with the tenant's quotas",
        "internal network with the same addresses (10.27.0.0/20)",
        "security group 27110-resident-registry",
        "backup container daegu-27110-backup (container sync)",
      ],
      recovery: "rebuild it in daegu-27110-jung-gu-dr and restore its data from backup container daegu-27110-backup",
    });
  });

  it("names the capacity already running for hot and warm built systems, and how to take them over", () => {
    const system = (name: string) =>
      runbook.systems.find(
        (s: { municipality: string; system: string }) => s.municipality === "27170" && s.system === name,
      );
    expect(system("resident-registry").atPartner).toContain(
      "2 of 2 m1.xlarge instances running (stack dr-systems-27170), with a VIP; volumes data 500 GiB each",
    );
    expect(system("resident-registry").recovery).toBe(
      "bring its data up to date (volume replication, or restore its data from backup container daegu-27170-backup), then switch clients over",
    );
    expect(system("homepage").atPartner).toContain(
      "1 of 2 m1.medium instances running (stack dr-systems-27170), behind a load balancer",
    );
    expect(system("homepage").recovery).toMatch(
      /^set dr.tier to hot and deploy dr-systems-27170 to run all 2 instances; /,
    );
    expect(system("payroll").atPartner.join("; ")).not.toContain("instances running");
  });

  it("says so in Markdown, one row per system", () => {
    expect(markdown).toMatch(/^# Recovery runbook: daegu\n/);
    expect(markdown).toContain(
      "| 1 | 27110 | resident-registry | C | hot | 2 h | 1 h | - | standby project daegu-27110-jung-gu-dr",
    );
    expect(markdown.split("\n").filter((line) => /^\| \d+ \|/.test(line))).toHaveLength(45);
  });
});
