import { findings, NET, PORT, put, ref, tenant } from "./tenant";

const FIP = "openstack_networking_floatingip_v2";

describe("SEP-003: no floating IP on an internal port or instance", () => {
  it("flags a floating IP on a port of the internal network", () => {
    const json = put(tenant(), PORT, "db", { network_id: ref(NET, "internal") });
    put(json, FIP, "db", { pool: "public", port_id: ref(PORT, "db") });
    expect(findings(json, "SEP-003")).toEqual([
      expect.objectContaining({
        address: `${FIP}.db`,
        message: expect.stringContaining(
          "puts internal port openstack_networking_port_v2.db in network openstack_networking_network_v2.internal",
        ),
      }),
    ]);
  });

  it("flags an association made separately, and one through the instance", () => {
    const json = put(tenant(), PORT, "db", { network_id: ref(NET, "internal") });
    put(json, "openstack_networking_floatingip_associate_v2", "db", {
      floating_ip: "203.0.113.9",
      port_id: ref(PORT, "db"),
    });
    put(json, "openstack_compute_instance_v2", "vm", { network: [{ uuid: ref(NET, "internal") }] });
    put(json, "openstack_compute_floatingip_associate_v2", "vm", {
      floating_ip: "203.0.113.10",
      instance_id: ref("openstack_compute_instance_v2", "vm"),
    });
    expect(findings(json, "SEP-003").map((f) => f.address)).toEqual([
      "openstack_compute_floatingip_associate_v2.vm",
      "openstack_networking_floatingip_associate_v2.db",
    ]);
  });

  it("accepts a floating IP on an external port", () => {
    const json = put(tenant(), PORT, "web", { network_id: ref(NET, "external") });
    put(json, FIP, "web", { pool: "public", port_id: ref(PORT, "web") });
    expect(findings(json, "SEP-003")).toEqual([]);
  });
});
