import { findings, INTERFACE, put, ref, ROUTER, SUBNET, tenant } from "./tenant";

describe("SEP-002: no router joins the internal and external zones", () => {
  it("flags a router with an internal and an external interface", () => {
    const json = put(tenant(), ROUTER, "bridge", { name: "bridge" });
    put(json, INTERFACE, "bridge-in", { router_id: ref(ROUTER, "bridge"), subnet_id: ref(SUBNET, "internal") });
    put(json, INTERFACE, "bridge-out", { router_id: ref(ROUTER, "bridge"), subnet_id: ref(SUBNET, "external") });
    expect(findings(json, "SEP-002")).toEqual([
      expect.objectContaining({
        address: `${ROUTER}.bridge`,
        message: expect.stringContaining("joins internal subnet"),
      }),
    ]);
  });

  it("accepts routers joining a zone to the linkage zone", () => {
    expect(findings(tenant(), "SEP-002")).toEqual([]);
  });
});
