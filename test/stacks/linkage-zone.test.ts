import { edit, JUNG_GU, sampleConfig } from "../helpers/config";
import { resourceNamed, resources, synth } from "../helpers/synth";

const jungGu = synth().stack("tenant-27110");
const ref = (type: string, name: string) => {
  const [logical] = Object.entries(jungGu.resource[type]).find(([, r]) => r.name === name)!;
  return `\${${type}.${logical}.id}`;
};

describe("the linkage zone (망연계 구간)", () => {
  it("is its own network and subnet, from the municipality's linkage range, labelled zone=linkage", () => {
    const network = resourceNamed(jungGu, "openstack_networking_network_v2", "27110-linkage");
    expect(network).toMatchObject({ shared: false, port_security_enabled: true });
    expect(network.tags).toContain("zone=linkage");
    const subnet = resourceNamed(jungGu, "openstack_networking_subnet_v2", "27110-linkage-subnet");
    expect(subnet).toMatchObject({
      cidr: "10.227.0.0/27",
      gateway_ip: "10.227.0.1",
      allocation_pool: [{ start: "10.227.0.16", end: "10.227.0.30" }],
    });
  });

  it("is reached by each zone router directly, and neither router gets a route to the other zone", () => {
    const subnet = ref("openstack_networking_subnet_v2", "27110-linkage-subnet");
    const legs = resources(jungGu, "openstack_networking_router_interface_v2").filter(
      (i) => i.subnet_id === subnet || i.port_id === ref("openstack_networking_port_v2", "27110-linkage-external-leg"),
    );
    expect(legs.map((l) => l.router_id).sort()).toEqual(
      [
        ref("openstack_networking_router_v2", "27110-internal-router"),
        ref("openstack_networking_router_v2", "27110-external-router"),
      ].sort(),
    );
    expect(resourceNamed(jungGu, "openstack_networking_port_v2", "27110-linkage-external-leg")).toMatchObject({
      fixed_ip: [{ ip_address: "10.227.0.2", subnet_id: subnet }],
      no_security_groups: true,
    });
    expect(jungGu.resource.openstack_networking_router_route_v2).toBeUndefined();
    expect(resources(jungGu, "openstack_networking_subnet_route_v2")).toEqual([
      expect.objectContaining({ subnet_id: subnet, destination_cidr: "10.127.0.0/24", next_hop: "10.227.0.2" }),
    ]);
  });

  it("has two relay ports with port security on, guarded by the relay group that admits the declared flow only", () => {
    const relayGroup = ref("openstack_networking_secgroup_v2", "27110-linkage-relay");
    for (const [relay, address] of [
      ["a", "10.227.0.10"],
      ["b", "10.227.0.11"],
    ]) {
      expect(resourceNamed(jungGu, "openstack_networking_port_v2", `27110-linkage-relay-${relay}`)).toMatchObject({
        port_security_enabled: true,
        security_group_ids: [relayGroup],
        fixed_ip: [expect.objectContaining({ ip_address: address })],
      });
    }
    const relayRules = resources(jungGu, "openstack_networking_secgroup_rule_v2").filter(
      (r) => r.security_group_id === relayGroup,
    );
    expect(relayRules.map((r) => [r.direction, r.port_range_min, r.remote_group_id]).sort()).toEqual([
      ["egress", 8443, ref("openstack_networking_secgroup_v2", "27110-resident-registry")],
      ["ingress", 8443, ref("openstack_networking_secgroup_v2", "27110-civil-portal")],
    ]);
  });

  it("is not built for a municipality that declares no flows", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [/^linkage:[\s\S]*$/m, ""]);
    const stack = synth(dir).stack("tenant-27110");
    const names = Object.values(stack.resource)
      .flatMap((byName) => Object.values(byName))
      .map((r) => r.name);
    expect(names.filter((n) => typeof n === "string" && n.includes("linkage"))).toEqual([]);
  });
});

describe("the linkage zone's firewall (FWaaS v2, on the internal router's linkage leg)", () => {
  const rulesOf = (policy: string) => {
    const byRef = new Map(
      Object.entries(jungGu.resource.openstack_fw_rule_v2).map(([name, r]) => [
        `\${openstack_fw_rule_v2.${name}.id}`,
        r,
      ]),
    );
    return (resourceNamed(jungGu, "openstack_fw_policy_v2", policy).rules as string[]).map((ref) => {
      const r = byRef.get(ref)!;
      return `${r.action} ${r.source_ip_address ?? "any"} -> ${r.destination_ip_address ?? "any"} ${r.protocol}/${r.destination_port ?? "-"}`;
    });
  };

  it("guards the internal router's leg on the linkage subnet, not the external router's", () => {
    const group = resourceNamed(jungGu, "openstack_fw_group_v2", "27110-linkage-firewall");
    expect(group.ports).toEqual([
      expect.stringMatching(/^\$\{openstack_networking_router_interface_v2\.linkage_internal-leg_\w+\.port_id\}$/),
    ]);
    expect(group.depends_on).toEqual(
      expect.arrayContaining([expect.stringMatching(/^openstack_fw_group_v2\.internal-network_firewall_group_/)]),
    );
  });

  it("lets each relay reach the internal systems of its flows on their ports, and nothing else leave or enter", () => {
    expect(rulesOf("27110-linkage-firewall-from-zone")).toEqual([
      "allow 10.227.0.10/32 -> 10.27.0.0/20 tcp/8443",
      "allow 10.227.0.11/32 -> 10.27.0.0/20 tcp/8443",
      "deny any -> any any/-",
    ]);
    expect(rulesOf("27110-linkage-firewall-to-zone")).toEqual(["deny any -> any any/-"]);
  });

  it("lets the internal zone reach each relay on the port of an internal-to-external flow", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [
      "      purpose: 민원 신청 시 주민정보 확인 (연계 API)",
      "      purpose: 민원 신청 시 주민정보 확인 (연계 API)\n    - name: notice-push\n      source: resident-registry\n      destination: civil-portal\n      protocol: tcp\n      port: 9443\n      direction: internal-to-external\n      purpose: 알림 발송",
    ]);
    const stack = synth(dir).stack("tenant-27110");
    const group = resources(stack, "openstack_fw_rule_v2").filter((r) =>
      String(r.name).startsWith("27110-linkage-firewall-to-zone"),
    );
    expect(
      group
        .map(
          (r) =>
            `${r.action} ${r.source_ip_address ?? "any"} -> ${r.destination_ip_address ?? "any"} ${r.protocol}/${r.destination_port ?? "-"}`,
        )
        .sort(),
    ).toEqual([
      "allow 10.27.0.0/20 -> 10.227.0.10/32 tcp/9443",
      "allow 10.27.0.0/20 -> 10.227.0.11/32 tcp/9443",
      "deny any -> any any/-",
    ]);
  });
});
