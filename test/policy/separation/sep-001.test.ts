import { findings, INTERFACE, NET, put, ref, ROUTER, SUBNET, tenant } from "./tenant";

describe("SEP-001: no internal subnet on a router whose gateway is the internet", () => {
  it("flags an internal subnet plugged into the internet router", () => {
    const json = put(tenant(), INTERFACE, "wrong", {
      router_id: ref(ROUTER, "external"),
      subnet_id: ref(SUBNET, "internal"),
    });
    expect(findings(json, "SEP-001")).toEqual([
      expect.objectContaining({
        address: `${INTERFACE}.wrong`,
        message: expect.stringMatching(
          /internal subnet openstack_networking_subnet_v2.internal .* is on router openstack_networking_router_v2.external whose gateway data.openstack_networking_network_v2.internet is the internet/,
        ),
      }),
    ]);
  });

  it("flags an internal router given an internet gateway, even with nothing plugged in", () => {
    const json = tenant();
    json.resource[ROUTER].internal.external_network_id = ref(`data.${NET}`, "internet");
    expect(findings(json, "SEP-001").map((f) => f.address)).toContain(`${ROUTER}.internal`);
  });

  it("accepts the internal subnet on the backbone router", () => {
    expect(findings(tenant(), "SEP-001")).toEqual([]);
  });
});
