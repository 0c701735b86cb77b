import { member, MEMBER, withBalancer } from "./lb";
import { findings, put, tenant } from "./tenant";

describe("SEP-007: no external load balancer forwards to internal members", () => {
  it("flags a member in the internal subnet, by reference or by a literal address", () => {
    const json = withBalancer(tenant(), "external");
    put(json, MEMBER, "by-subnet", member("internal", "10.27.0.10"));
    put(json, MEMBER, "by-address", member(undefined, "10.27.0.11"));
    expect(findings(json, "SEP-007").map((f) => [f.address, f.message])).toEqual([
      [`${MEMBER}.by-address`, expect.stringContaining("whose address 10.27.0.11 is in internal subnet")],
      [`${MEMBER}.by-subnet`, expect.stringContaining("forwards to internal pool member")],
    ]);
  });

  it("accepts external members", () => {
    const json = put(withBalancer(tenant(), "external"), MEMBER, "web", member("external", "10.127.0.10"));
    expect(findings(json, "SEP-007")).toEqual([]);
  });
});
