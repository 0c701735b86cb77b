import { findings, tenant } from "./tenant";

describe("the baseline tenant used by the rule tests", () => {
  it("is separated: every rule passes it", () => {
    expect(findings(tenant())).toEqual([]);
  });
});
