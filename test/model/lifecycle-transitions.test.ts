import { lifecycleTransitions, Phase } from "../../model/lifecycle-transitions";
import { Municipality } from "../../model/center";
import { loadCenter } from "../../model/load";
import { FINAL_BACKUP, REQUESTED, SAMPLE_CONFIG } from "../helpers/config";

const seoGu = loadCenter(SAMPLE_CONFIG).center!.municipalities.find((m) => m.code === "27170")!;

/** Seo-gu's file in a phase; undefined for no file. */
function inPhase(phase: Phase): Municipality | undefined {
  switch (phase) {
    case "absent":
      return undefined;
    case "active":
      return seoGu;
    case "decommissioning":
      return { ...seoGu, lifecycle: { state: "decommissioning", decommissioning: REQUESTED } };
    case "final backup recorded":
      return {
        ...seoGu,
        lifecycle: { state: "decommissioning", decommissioning: REQUESTED, finalBackup: FINAL_BACKUP },
      };
    case "retired":
      return {
        ...seoGu,
        lifecycle: { state: "retired", decommissioning: REQUESTED, finalBackup: FINAL_BACKUP, retiredOn: "2026-12-01" },
      };
  }
}

function step(from: Phase, to: Phase): string {
  const [transition] = lifecycleTransitions(
    [inPhase(from)].flatMap((m) => m ?? []),
    [inPhase(to)].flatMap((m) => m ?? []),
  );
  return transition.refused ?? "allowed";
}

describe("lifecycle transitions between two configs", () => {
  it("allows one step forward at a time, each its own deploy", () => {
    expect(step("absent", "active")).toBe("allowed");
    expect(step("active", "decommissioning")).toBe("allowed");
    expect(step("decommissioning", "final backup recorded")).toBe("allowed");
    expect(step("final backup recorded", "retired")).toBe("allowed");
  });

  it("allows cancelling a decommissioning while the data is still kept", () => {
    expect(step("decommissioning", "active")).toBe("allowed");
  });

  it("refuses skipping a step", () => {
    expect(step("active", "retired")).toBe(
      "skips decommissioning, final backup recorded: each step is a deploy of its own",
    );
    expect(step("active", "final backup recorded")).toBe("skips decommissioning: each step is a deploy of its own");
    expect(step("decommissioning", "retired")).toBe("skips final backup recorded: each step is a deploy of its own");
  });

  it("refuses deleting a file, going back once data may be gone, and reviving a retired code", () => {
    expect(step("active", "absent")).toMatch(
      /^never delete a municipality file: set lifecycle.state to decommissioning/,
    );
    expect(step("retired", "absent")).toMatch(/is its record for the audit; keep it/);
    expect(step("final backup recorded", "decommissioning")).toMatch(/data holders may already be destroyed/);
    expect(step("retired", "active")).toMatch(/stays retired/);
    expect(step("absent", "retired")).toBe("a new municipality starts active");
  });

  it("lists only municipalities whose phase moves", () => {
    expect(lifecycleTransitions([seoGu], [seoGu])).toEqual([]);
    expect(lifecycleTransitions([seoGu], [{ ...seoGu, wave: 3 }])).toEqual([]);
  });
});
