import { parseAddress, referencedAddress, referencesIn } from "../../contract/terraform-addresses";

describe("Terraform addresses", () => {
  it("parses resource and data-source addresses, and nothing else", () => {
    expect(parseAddress("openstack_networking_port_v2.vip")).toEqual({
      mode: "resource",
      type: "openstack_networking_port_v2",
      name: "vip",
    });
    expect(parseAddress("data.openstack_networking_network_v2.internal-network")).toEqual({
      mode: "data",
      type: "openstack_networking_network_v2",
      name: "internal-network",
    });
    expect(parseAddress("openstack_networking_port_v2")).toBeUndefined();
    expect(parseAddress("a.b.c")).toBeUndefined();
  });

  it("resolves a value that is one whole reference, and not an expression or a literal", () => {
    expect(referencedAddress("${openstack_networking_network_v2.net.id}")).toBe("openstack_networking_network_v2.net");
    expect(referencedAddress("${data.openstack_identity_role_v3.r.id}")).toBe("data.openstack_identity_role_v3.r");
    expect(referencedAddress("${openstack_networking_port_v2.p[0].id}")).toBe("openstack_networking_port_v2.p");
    expect(referencedAddress("${element(openstack_networking_port_v2.p.all_fixed_ips, 0)}")).toBeUndefined();
    expect(referencedAddress("4a1c-literal-id")).toBeUndefined();
    expect(referencedAddress(42)).toBeUndefined();
  });

  it("finds every reference inside expressions, attribute chains read as their resource only", () => {
    const body = {
      network_id: "${openstack_networking_network_v2.net.id}",
      address: "${element(openstack_networking_port_v2.vip.all_fixed_ips, 0)}",
      group: "${data.openstack_networking_secgroup_v2.web-group.id}",
      depends_on: ["openstack_compute_instance_v2.first"],
    };
    expect([...referencesIn(body)].sort()).toEqual([
      "data.openstack_networking_secgroup_v2.web-group",
      "openstack_compute_instance_v2.first",
      "openstack_networking_network_v2.net",
      "openstack_networking_port_v2.vip",
    ]);
  });

  it("finds no reference in variables, literal text, escaped expressions or the // comment", () => {
    const body = {
      key: "${var.backup_sync_key}",
      each: "${each.value.name} ${count.index} ${local.x.y} ${path.module}",
      text: "see openstack_networking_port_v2.vip in the runbook",
      escaped: "$${openstack_networking_port_v2.vip.id}",
      "//": { note: "${openstack_networking_port_v2.vip.id}" },
    };
    expect([...referencesIn(body)]).toEqual([]);
  });

  it("reads references of any provider's types, not only OpenStack's", () => {
    expect([...referencesIn({ x: "${null_resource.wait.id}-${random_id.suffix.hex}" })].sort()).toEqual([
      "null_resource.wait",
      "random_id.suffix",
    ]);
  });
});
