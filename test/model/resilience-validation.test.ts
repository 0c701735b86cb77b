import { loadCenter } from "../../model/load";
import { edit, JUNG_GU, sampleConfig } from "../helpers/config";

// Refused recovery promises have their fixtures under test/fixtures/invalid/resilience/.
const PAYROLL_BACKUP = "backup: { schedule: daily, retentionDays: 365, rpoHours: 24 }";

describe("recovery promises that add up", () => {
  it("accept an RPO shorter than the backup interval when the data is replicated", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [
      PAYROLL_BACKUP,
      "backup: { schedule: daily, retentionDays: 365, rpoHours: 4, replication: [container-sync] }",
    ]);
    expect(loadCenter(dir).problems).toEqual([]);
  });

  it("need no disaster recovery for a grade-O system", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [
      "dr: { tier: warm, rtoHours: 8, rpoHours: 24 }\n    recoveryOrder: 4",
      "dr: { tier: none, rtoHours: 8, rpoHours: 24 }\n    recoveryOrder: 4",
    ]);
    expect(loadCenter(dir).problems).toEqual([]);
  });
});
