import { resourceNamed, resources, synth } from "../helpers/synth";

const core = synth().stack("core");

describe("the core stack", () => {
  it("creates the shared-services project, protected from destroy", () => {
    const project = resourceNamed(core, "openstack_identity_project_v3", "daegu-shared-services");
    expect(project.lifecycle).toEqual({ prevent_destroy: true });
  });

  it("looks up the external and administrative provider networks by name", () => {
    const lookups = Object.values(core.data!.openstack_networking_network_v2);
    expect(lookups).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "public-internet", external: true }),
        expect.objectContaining({ name: "admin-backbone" }),
      ]),
    );
  });

  it("puts shared services on the administrative backbone, in the region's shared range", () => {
    expect(resourceNamed(core, "openstack_networking_subnet_v2", "daegu-shared-subnet").cidr).toBe("10.26.0.0/24");
    const router = resourceNamed(core, "openstack_networking_router_v2", "daegu-shared-router");
    expect(router.external_network_id).toMatch(/provider-networks_administrative/);
  });

  it("gives each declared shared service a group open to tenants on its port only, Neutron's defaults removed", () => {
    const groups = resources(core, "openstack_networking_secgroup_v2");
    expect(groups.map((g) => g.name).sort()).toEqual([
      "daegu-backup",
      "daegu-bastion",
      "daegu-dns",
      "daegu-monitoring",
      "daegu-ntp",
    ]);
    for (const g of groups) expect(g).toMatchObject({ delete_default_rules: true, description: expect.any(String) });
    const rules = resources(core, "openstack_networking_secgroup_rule_v2");
    expect(rules.map((r) => `${r.direction} ${r.protocol}/${r.port_range_min} ${r.remote_ip_prefix}`).sort()).toEqual([
      "egress tcp/22 10.27.0.0/16",
      "egress tcp/9100 10.27.0.0/16",
      "ingress tcp/22 10.250.27.0/24",
      "ingress tcp/443 10.250.27.0/24",
      "ingress tcp/443 10.27.0.0/16",
      "ingress udp/123 10.27.0.0/16",
      "ingress udp/53 10.27.0.0/16",
    ]);
    for (const r of rules) expect(r.description).toEqual(expect.any(String));
  });

  it("knows nothing of the municipalities", () => {
    expect(JSON.stringify(core)).not.toMatch(/271[0-9]{2}|jung-gu/);
  });
});
