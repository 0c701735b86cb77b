import { loadCenter } from "../../model/load";
import { formatProblem } from "../../model/problems";
import { edit, FINAL_BACKUP, REGION, REQUESTED, sampleConfig, SEO_GU, setLifecycle } from "../helpers/config";

const SEO = `<config>/${SEO_GU}`;

/** What `rcc validate` prints for the sample with Seo-gu's lifecycle set so. */
function problemsWith(lifecycle: Record<string, unknown>): string[] {
  const dir = sampleConfig();
  setLifecycle(dir, SEO_GU, lifecycle);
  return loadCenter(dir).problems.map((p) => formatProblem(p).replace(dir, "<config>"));
}

describe("lifecycle guards", () => {
  it("accepts each state with the record that got it there", () => {
    expect(problemsWith({ state: "active" })).toEqual([]);
    expect(problemsWith({ state: "decommissioning", decommissioning: REQUESTED })).toEqual([]);
    expect(problemsWith({ state: "decommissioning", decommissioning: REQUESTED, finalBackup: FINAL_BACKUP })).toEqual(
      [],
    );
    const retired = { decommissioning: REQUESTED, finalBackup: FINAL_BACKUP, retiredOn: "2026-12-01" };
    expect(problemsWith({ state: "retired", ...retired })).toEqual([]);
  });

  it("refuses to decommission without the request", () => {
    expect(problemsWith({ state: "decommissioning" })).toEqual([
      `${SEO}:8: lifecycle.state: state decommissioning needs lifecycle.decommissioning (requestedOn, requestedBy, reason)`,
    ]);
  });

  it("refuses to retire before the data is exported and the day recorded", () => {
    expect(problemsWith({ state: "retired", decommissioning: REQUESTED })).toEqual([
      `${SEO}:8: lifecycle.state: state retired needs lifecycle.finalBackup (completedOn, location, approvedBy): data is never retired unexported`,
      `${SEO}:8: lifecycle.state: state retired needs lifecycle.retiredOn`,
    ]);
  });

  it("wants the approver of the final backup to be someone other than the requester", () => {
    const finalBackup = { ...FINAL_BACKUP, approvedBy: ` ${REQUESTED.requestedBy} ` };
    expect(problemsWith({ state: "decommissioning", decommissioning: REQUESTED, finalBackup })).toEqual([
      `${SEO}:16: lifecycle.finalBackup.approvedBy: must be someone other than decommissioning.requestedBy (four-eyes approval)`,
    ]);
  });

  it("wants dates to run forward", () => {
    const finalBackup = { ...FINAL_BACKUP, completedOn: "2026-10-01" };
    expect(
      problemsWith({ state: "retired", decommissioning: REQUESTED, finalBackup, retiredOn: "2026-09-30" }),
    ).toEqual([
      `${SEO}:14: lifecycle.finalBackup.completedOn: is before decommissioning.requestedOn (2026-11-01)`,
      `${SEO}:17: lifecycle.retiredOn: is before finalBackup.completedOn (2026-10-01)`,
    ]);
  });

  it("keeps the leaving records off an active municipality and retiredOn off one still leaving", () => {
    expect(problemsWith({ state: "active", decommissioning: REQUESTED })).toEqual([
      `${SEO}:9: lifecycle.decommissioning: only for a municipality that is leaving; remove it, or set lifecycle.state to decommissioning`,
    ]);
    expect(problemsWith({ state: "decommissioning", decommissioning: REQUESTED, retiredOn: "2026-12-01" })).toEqual([
      `${SEO}:13: lifecycle.retiredOn: only with state retired`,
    ]);
  });

  it("explains a state or a date it does not know", () => {
    const problems = problemsWith({ state: "closed", decommissioning: { ...REQUESTED, requestedOn: "2026-02-30" } });
    expect(problems).toEqual([
      expect.stringMatching(
        /^<config>\/municipalities\/27170-seo-gu\.yaml:8: lifecycle\.state: .*active, decommissioning, retired/,
      ),
      expect.stringMatching(/:10: lifecycle\.decommissioning\.requestedOn: .*YYYY-MM-DD/),
    ]);
  });

  it("frees a retired municipality's quotas: the center's capacity counts only those with infrastructure", () => {
    const dir = sampleConfig();
    edit(dir, REGION, [/^ {2}vcpus: \d+$/m, "  vcpus: 200"]);
    expect(loadCenter(dir).problems.map((p) => p.field)).toContain("capacity.vcpus");
    for (const file of ["27110-jung-gu", "27140-dong-gu", "27170-seo-gu", "27200-nam-gu", "27230-buk-gu"]) {
      setLifecycle(dir, `municipalities/${file}.yaml`, {
        state: "retired",
        decommissioning: REQUESTED,
        finalBackup: FINAL_BACKUP,
        retiredOn: "2026-12-01",
      });
    }
    expect(loadCenter(dir).problems.map((p) => p.field)).not.toContain("capacity.vcpus");
  });
});
