import { expectedChanges, planCounts } from "../../e2e/expected-changes";
import { deployWaves } from "../../e2e/stacks";

describe("what the e2e expects of a plan", () => {
  const rule = { direction: "ingress", port_range_min: 443, "//": { metadata: { path: "a" } } };

  it("counts added, changed and removed resources, ignoring rcc's `//` notes", () => {
    const before = { r: { a: rule, b: rule, c: rule } };
    const after = {
      r: { a: { ...rule, "//": { metadata: { path: "moved" } } }, b: { ...rule, port_range_min: 8443 }, d: rule },
    };
    expect(expectedChanges(before, after)).toEqual({ add: 1, change: 1, destroy: 1 });
    expect(expectedChanges(before, before)).toEqual({ add: 0, change: 0, destroy: 0 });
  });

  it("reads Terraform's own count from a plan, and none from output that has no plan", () => {
    expect(planCounts("...\nPlan: 1 to add, 2 to change, 0 to destroy.\n")).toEqual({ add: 1, change: 2, destroy: 0 });
    expect(planCounts("No changes. Your infrastructure matches the configuration.\n")).toEqual({
      add: 0,
      change: 0,
      destroy: 0,
    });
    expect(planCounts("Error: Invalid provider configuration")).toBeUndefined();
  });
});

describe("the e2e's deploy order", () => {
  it("is the README's: core, tenants, then systems with the standby tenants, then the partner's systems", () => {
    const stacks = ["dr-systems-27170", "tenant-27110", "dr-27110", "core", "systems-27170", "tenant-27170"];
    expect(deployWaves(stacks)).toEqual([
      ["core"],
      ["tenant-27110", "tenant-27170"],
      ["dr-27110", "systems-27170"],
      ["dr-systems-27170"],
    ]);
  });

  it("refuses a stack it has no wave for, rather than deploying it out of order", () => {
    expect(() => deployWaves(["core", "linkage-27110"])).toThrow("no deploy wave for stack(s) linkage-27110");
  });
});
