import { findings, NET, PORT, put, ref, tenant } from "./tenant";

describe("SEP-004: internal ports keep port security and accept no outside addresses", () => {
  it("flags an internal port with port security off (the string form too)", () => {
    const json = put(tenant(), PORT, "open", { network_id: ref(NET, "internal"), port_security_enabled: "false" });
    expect(findings(json, "SEP-004")).toEqual([
      expect.objectContaining({ address: `${PORT}.open`, message: expect.stringContaining("port security disabled") }),
    ]);
  });

  it("flags allowed address pairs covering the internet or an external subnet, as a list or a single block", () => {
    const json = put(tenant(), PORT, "any", {
      network_id: ref(NET, "internal"),
      allowed_address_pairs: [{ ip_address: "0.0.0.0/0" }],
    });
    put(json, PORT, "dmz", { network_id: ref(NET, "internal"), allowed_address_pairs: { ip_address: "10.127.0.5" } });
    expect(findings(json, "SEP-004").map((f) => f.message)).toEqual([
      expect.stringContaining("accepts address pair 0.0.0.0/0, an internet address"),
      expect.stringContaining(
        "accepts address pair 10.127.0.5, overlapping external subnet openstack_networking_subnet_v2.external",
      ),
    ]);
  });

  it("accepts a VRRP virtual IP inside the internal range, and port security off in the external zone", () => {
    const json = put(tenant(), PORT, "vip", {
      network_id: ref(NET, "internal"),
      allowed_address_pairs: [{ ip_address: "10.27.0.100" }],
    });
    put(json, PORT, "appliance", { network_id: ref(NET, "external"), port_security_enabled: false });
    expect(findings(json, "SEP-004")).toEqual([]);
  });
});
