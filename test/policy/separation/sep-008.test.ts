import { member, MEMBER, withBalancer } from "./lb";
import { findings, GROUP, NET, put, ref, ROUTER, RULE, SUBNET, tenant } from "./tenant";

const INSTANCE = "openstack_compute_instance_v2";

describe("SEP-008: the zones meet only in the linkage zone", () => {
  it("flags an instance with a NIC in each zone", () => {
    const json = put(tenant(), INSTANCE, "dual", {
      network: [{ uuid: ref(NET, "internal") }, { uuid: ref(NET, "external") }],
    });
    expect(findings(json, "SEP-008")).toEqual([
      expect.objectContaining({
        address: `${INSTANCE}.dual`,
        message: expect.stringContaining("a host in both zones bridges them"),
      }),
    ]);
  });

  it("flags a security-group rule naming the other zone's group or a private range over its subnet", () => {
    const json = put(tenant(), RULE, "app-from-web", {
      security_group_id: ref(GROUP, "app"),
      direction: "ingress",
      remote_group_id: ref(GROUP, "web"),
    });
    put(json, RULE, "web-to-admin", {
      security_group_id: ref(GROUP, "web"),
      direction: "egress",
      remote_ip_prefix: "10.0.0.0/8",
    });
    expect(findings(json, "SEP-008").map((f) => [f.address, f.message])).toEqual([
      [
        `${RULE}.app-from-web`,
        expect.stringContaining("names external security group openstack_networking_secgroup_v2.web"),
      ],
      [`${RULE}.web-to-admin`, expect.stringContaining("admits 10.0.0.0/8, which covers internal subnet")],
    ]);
  });

  it("accepts the relay's group as the remote, and the internet for external groups", () => {
    expect(findings(tenant(), "SEP-008")).toEqual([]);
  });

  it("flags routes towards the other zone on a router or an internal or external subnet", () => {
    const json = put(tenant(), "openstack_networking_router_route_v2", "shortcut", {
      router_id: ref(ROUTER, "external"),
      destination_cidr: "10.27.0.0/16",
      next_hop: "10.227.0.1",
    });
    put(json, "openstack_networking_router_routes_v2", "many", {
      router_id: ref(ROUTER, "internal"),
      routes: [{ destination_cidr: "10.127.0.0/25", next_hop: "10.227.0.2" }],
    });
    put(json, "openstack_networking_subnet_route_v2", "host", {
      subnet_id: ref(SUBNET, "internal"),
      destination_cidr: "10.127.0.0/24",
      next_hop: "10.27.0.254",
    });
    expect(findings(json, "SEP-008").map((f) => f.address)).toEqual([
      "openstack_networking_router_route_v2.shortcut",
      "openstack_networking_router_routes_v2.many",
      "openstack_networking_subnet_route_v2.host",
    ]);
  });

  it("accepts the linkage subnet's route to the external range", () => {
    const json = put(tenant(), "openstack_networking_subnet_route_v2", "relay-return", {
      subnet_id: ref(SUBNET, "linkage"),
      destination_cidr: "10.127.0.0/24",
      next_hop: "10.227.0.2",
    });
    expect(findings(json, "SEP-008")).toEqual([]);
  });

  it("flags an internal load balancer with external members", () => {
    const json = put(withBalancer(tenant(), "internal"), MEMBER, "web", member("external", "10.127.0.10"));
    expect(findings(json, "SEP-008")).toEqual([
      expect.objectContaining({
        address: `${MEMBER}.web`,
        message: expect.stringContaining("forwards to external pool member"),
      }),
    ]);
  });
});
