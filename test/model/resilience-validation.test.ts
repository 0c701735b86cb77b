import { loadCenter } from "../../model/load";
import { formatProblem } from "../../model/problems";
import { edit, JUNG_GU, REGION, sampleConfig } from "../helpers/config";

/** Problems after some edits of the sample, with the config dir left out. */
function problemsAfter(...edits: Array<[string, [string | RegExp, string]]>): string[] {
  const dir = sampleConfig();
  for (const [file, replacement] of edits) edit(dir, file, replacement);
  const { center, problems } = loadCenter(dir);
  expect(center).toBeUndefined();
  return problems.map((p) => formatProblem(p).replace(`${dir}/`, ""));
}

const PAYROLL_BACKUP = "backup: { schedule: daily, retentionDays: 365, rpoHours: 24 }";
const PAYROLL_DR = "dr: { tier: cold, rtoHours: 24, rpoHours: 24 }";

describe("recovery promises must add up", () => {
  it("refuses an RPO shorter than the backup interval without replication", () => {
    expect(
      problemsAfter([JUNG_GU, [PAYROLL_BACKUP, "backup: { schedule: daily, retentionDays: 365, rpoHours: 4 }"]]),
    ).toEqual([
      `${JUNG_GU}:76: systems[3].backup.rpoHours: an RPO of 4 h is shorter than the daily backup interval (24 h): ` +
        "back up more often or add backup.replication (volume, container-sync)",
    ]);
  });

  it("accepts it with replication, and a DR RPO is held to the same rule", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [
      PAYROLL_BACKUP,
      "backup: { schedule: daily, retentionDays: 365, rpoHours: 4, replication: [container-sync] }",
    ]);
    expect(loadCenter(dir).problems).toEqual([]);
    expect(problemsAfter([JUNG_GU, [PAYROLL_DR, "dr: { tier: cold, rtoHours: 24, rpoHours: 12 }"]])).toEqual([
      `${JUNG_GU}:77: systems[3].dr.rpoHours: an RPO of 12 h is shorter than the daily backup interval (24 h): ` +
        "back up more often or add backup.replication (volume, container-sync)",
    ]);
  });

  it("refuses an RPO under an hour without volume replication or container sync, even with hourly backups", () => {
    expect(
      problemsAfter([JUNG_GU, [PAYROLL_BACKUP, "backup: { schedule: hourly, retentionDays: 365, rpoHours: 0.5 }"]]),
    ).toEqual([
      `${JUNG_GU}:76: systems[3].backup.rpoHours: an RPO under an hour (0.5 h) needs replication: add backup.replication: [volume] or [container-sync]`,
    ]);
  });

  it("wants disaster recovery for grade-C and grade-S systems, not for grade O", () => {
    expect(problemsAfter([JUNG_GU, [PAYROLL_DR, "dr: { tier: none, rtoHours: 24, rpoHours: 24 }"]])).toEqual([
      `${JUNG_GU}:77: systems[3].dr.tier: a grade-S system needs disaster recovery: choose hot, warm or cold`,
    ]);
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [
      "dr: { tier: warm, rtoHours: 8, rpoHours: 24 }\n    recoveryOrder: 4",
      "dr: { tier: none, rtoHours: 8, rpoHours: 24 }\n    recoveryOrder: 4",
    ]);
    expect(loadCenter(dir).problems).toEqual([]);
  });

  it("refuses active-active in a region with one availability zone", () => {
    const problems = problemsAfter([REGION, ["availabilityZones: [az1, az2, az3]", "availabilityZones: [az1]"]]);
    expect(problems).toContain(
      `${JUNG_GU}:36: systems[0].availability.mode: active-active needs at least 2 availability zones; the region has az1`,
    );
    expect(problems.every((p) => p.includes("active-active needs at least 2 availability zones"))).toBe(true);
  });

  it("refuses a recovery order that brings a system back before one it depends on", () => {
    expect(problemsAfter([JUNG_GU, ["    recoveryOrder: 1\n", "    recoveryOrder: 2\n"]])).toEqual([
      `${JUNG_GU}:78: systems[3].recoveryOrder: payroll (order 2) depends on resident-registry (order 2), which must be recovered first: give payroll an order after 2`,
      `${JUNG_GU}:90: systems[4].recoveryOrder: welfare-case (order 2) depends on resident-registry (order 2), which must be recovered first: give welfare-case an order after 2`,
    ]);
  });
});

describe("redundancy that can be built", () => {
  it("wants at least two instances for active-standby and active-active", () => {
    expect(
      problemsAfter([
        JUNG_GU,
        [
          "availability: { mode: active-standby, instances: 2 }",
          "availability: { mode: active-standby, instances: 1 }",
        ],
      ]),
    ).toEqual([`${JUNG_GU}:62: systems[2].availability.instances: active-standby needs at least 2 instances; got 1`]);
  });

  it("wants the service of an active-active system the center builds, for its load balancer", () => {
    expect(
      problemsAfter([
        JUNG_GU,
        [
          "availability: { mode: active-active, instances: 2 }\n",
          "availability: { mode: active-active, instances: 2 }\n    build: { flavor: m1.small, image: rocky-9 }\n",
        ],
      ]),
    ).toEqual([
      `${JUNG_GU}:37: systems[0].build: an active-active system the center builds needs service: { protocol, port } for its load balancer`,
    ]);
  });

  it("refuses a hot active-active system when the partner has one availability zone for it", () => {
    const SEO_GU = "municipalities/27170-seo-gu.yaml";
    expect(
      problemsAfter(
        [SEO_GU, ["dr: { tier: warm, rtoHours: 8, rpoHours: 24 }", "dr: { tier: hot, rtoHours: 8, rpoHours: 24 }"]],
        [REGION, ["availabilityZones: [busan-az1, busan-az2]", "availabilityZones: [busan-az1]"]],
      ),
    ).toEqual([
      `${SEO_GU}:39: systems[0].dr.tier: a hot active-active system runs in full at the DR partner, which needs at least 2 availability zones; ` +
        "drPartner.standby.availabilityZones has busan-az1: choose warm, or add a zone there",
    ]);
  });
});
