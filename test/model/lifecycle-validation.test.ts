import { loadCenter } from "../../model/load";
import { formatProblem } from "../../model/problems";
import { edit, FINAL_BACKUP, REGION, REQUESTED, sampleConfig, SEO_GU, setLifecycle } from "../helpers/config";

/** What `rcc validate` prints for the sample with Seo-gu's lifecycle set so. */
function problemsWith(lifecycle: Record<string, unknown>): string[] {
  const dir = sampleConfig();
  setLifecycle(dir, SEO_GU, lifecycle);
  return loadCenter(dir).problems.map((p) => formatProblem(p).replace(dir, "<config>"));
}

// Refused lifecycles have their fixtures under test/fixtures/invalid/lifecycle/.
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
