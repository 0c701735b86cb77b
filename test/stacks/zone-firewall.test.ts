import { edit, JUNG_GU, REGION, sampleConfig } from "../helpers/config";
import { resourceNamed, resources, synth, TerraformJson } from "../helpers/synth";

const sample = synth();
const jungGu = sample.stack("tenant-27110");
const dongGu = sample.stack("tenant-27140");

/** The rules of a firewall policy in order, as `action source -> destination`, then ` protocol/port` unless any. */
function policyRules(stack: TerraformJson, policyName: string, show: "rule" | "name" = "rule"): string[] {
  const policy = resourceNamed(stack, "openstack_fw_policy_v2", policyName);
  const byRef = new Map(
    Object.entries(stack.resource.openstack_fw_rule_v2).map(([name, r]) => [`\${openstack_fw_rule_v2.${name}.id}`, r]),
  );
  return (policy.rules as string[]).map((ref) => {
    const r = byRef.get(ref)!;
    if (show === "name") return r.name as string;
    const packet = r.protocol === "any" ? "" : ` ${r.protocol}/${r.destination_port ?? "-"}`;
    return `${r.action} ${r.source_ip_address ?? "any"} -> ${r.destination_ip_address ?? "any"}${packet}`;
  });
}

/** Payroll (internal) of Jung-gu given one more ingress or egress declaration, as YAML flow text. */
function withPayrollRule(direction: "ingress" | "egress", rule: string): string {
  const dir = sampleConfig();
  const payroll = '      - { from: "zone:internal", protocol: tcp, ports: [443], purpose: 인사·급여 업무 화면 }';
  edit(dir, JUNG_GU, [
    payroll,
    direction === "ingress" ? `${payroll}\n      - ${rule}` : `${payroll}\n    egress:\n      - ${rule}`,
  ]);
  return dir;
}

describe("zone firewalls (FWaaS v2) where the region enables them", () => {
  it("guards each zone router's interface port with a firewall group (and the linkage leg, in the linkage zone's tests)", () => {
    const groups = resources(jungGu, "openstack_fw_group_v2");
    expect(groups.map((g) => g.name).sort()).toEqual([
      "27110-external-firewall",
      "27110-internal-firewall",
      "27110-linkage-firewall",
    ]);
    const internal = resourceNamed(jungGu, "openstack_fw_group_v2", "27110-internal-firewall");
    expect(internal.ports).toEqual([
      expect.stringMatching(
        /^\$\{openstack_networking_router_interface_v2\.internal-network_interface_\w+\.port_id\}$/,
      ),
    ]);
  });

  it("filters what enters a zone with the ingress policy and what leaves it with the egress one, as neutron-fwaas does", () => {
    // The iptables driver applies `ingress` to packets the router sends out of the port (`-o`):
    // the test cloud's packets dropped every declared flow while rcc read it the other way.
    const policyId = (name: string) => {
      const [key] = Object.entries(jungGu.resource.openstack_fw_policy_v2).find(([, p]) => p.name === name)!;
      return `\${openstack_fw_policy_v2.${key}.id}`;
    };
    const internal = resourceNamed(jungGu, "openstack_fw_group_v2", "27110-internal-firewall");
    expect(internal.ingress_firewall_policy_id).toBe(policyId("27110-internal-firewall-to-zone"));
    expect(internal.egress_firewall_policy_id).toBe(policyId("27110-internal-firewall-from-zone"));
  });

  it("creates a project's firewall groups one after another: FWaaS fails two first groups at once", () => {
    const [internalKey] = Object.entries(jungGu.resource.openstack_fw_group_v2).find(
      ([, g]) => g.name === "27110-internal-firewall",
    )!;
    const external = resourceNamed(jungGu, "openstack_fw_group_v2", "27110-external-firewall");
    expect(external.depends_on).toEqual([`openstack_fw_group_v2.${internalKey}`]);
    expect(resourceNamed(jungGu, "openstack_fw_group_v2", "27110-internal-firewall").depends_on).toBeUndefined();
  });

  it("lets the internal zone talk only to shared services, operators and its linkage relays, denying the rest", () => {
    expect(policyRules(jungGu, "27110-internal-firewall-from-zone")).toEqual([
      "allow 10.27.0.0/20 -> 10.26.0.0/24",
      "allow 10.27.0.0/20 -> 10.250.27.0/24",
      "allow 10.27.0.0/20 -> 10.227.0.0/27",
      "deny any -> any",
    ]);
    expect(policyRules(jungGu, "27110-internal-firewall-to-zone")).toEqual([
      "allow 10.26.0.0/24 -> 10.27.0.0/20",
      "allow 10.250.27.0/24 -> 10.27.0.0/20",
      "allow 10.227.0.0/27 -> 10.27.0.0/20",
      "deny any -> any",
    ]);
  });

  it("opens nothing to the linkage range of a municipality that declares no flows", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [/^linkage:[\s\S]*$/m, ""]);
    const stack = synth(dir).stack("tenant-27110");
    expect(policyRules(stack, "27110-internal-firewall-to-zone").join("\n")).not.toContain("10.227.");
  });

  it("keeps the external zone and the administrative pool apart in both directions", () => {
    expect(policyRules(jungGu, "27110-external-firewall-from-zone")).toEqual([
      "deny 10.127.0.0/24 -> 10.27.0.0/16",
      "allow 10.127.0.0/24 -> any",
      "deny any -> any",
    ]);
    expect(policyRules(jungGu, "27110-external-firewall-to-zone")).toEqual([
      "deny 10.27.0.0/16 -> 10.127.0.0/24",
      "allow any -> 10.127.0.0/24",
      "deny any -> any",
    ]);
  });

  it("lets a CIDR an internal system declares in, on its protocol and port, before the deny", () => {
    expect(policyRules(dongGu, "27140-internal-firewall-to-zone")).toEqual([
      "allow 10.26.0.0/24 -> 10.27.16.0/20",
      "allow 10.250.27.0/24 -> 10.27.16.0/20",
      "allow 10.227.0.32/27 -> 10.27.16.0/20",
      "allow 172.27.0.0/16 -> 10.27.16.0/20 tcp/8883",
      "deny any -> any",
    ]);
    const rule = resourceNamed(
      dongGu,
      "openstack_fw_rule_v2",
      "27140-internal-firewall-to-zone-allow-172-27-0-0-16-to-10-27-16-0-20-tcp-8883",
    );
    expect(rule).toMatchObject({ action: "allow", protocol: "tcp", destination_port: "8883", ip_version: 4 });
    expect(rule.description).toBe("water-telemetry from 172.27.0.0/16: 상수도 원격검침 단말 (MQTT/TLS)");
  });

  it("keeps the names of the rules it had, so adding a declared rule replaces none", () => {
    const policy = "27140-internal-firewall-to-zone";
    expect(policyRules(dongGu, policy, "name")).toEqual([
      `${policy}-allow-10-26-0-0-24-to-10-27-16-0-20`,
      `${policy}-allow-10-250-27-0-24-to-10-27-16-0-20`,
      `${policy}-allow-10-227-0-32-27-to-10-27-16-0-20`,
      `${policy}-allow-172-27-0-0-16-to-10-27-16-0-20-tcp-8883`,
      `${policy}-deny-any-to-any`,
    ]);
    // Terraform addresses too: the rules Dong-gu had keep theirs.
    const addresses = Object.keys(dongGu.resource.openstack_fw_rule_v2).filter((a) => a.includes("firewall_to-zone"));
    expect(addresses.filter((a) => a.startsWith("internal-")).sort()).toEqual([
      "internal-network_firewall_to-zone-allow-10-227-0-32-27-to-10-27-16-0-20_3B7883CC",
      "internal-network_firewall_to-zone-allow-10-250-27-0-24-to-10-27-16-0-20_74FB9F42",
      "internal-network_firewall_to-zone-allow-10-26-0-0-24-to-10-27-16-0-20_FBB404F4",
      "internal-network_firewall_to-zone-allow-172-27-0-0-16-to-10-27-16-0-20-tcp-8883_27E25609",
      "internal-network_firewall_to-zone-deny-any-to-any_8FF8BBC2",
    ]);
  });

  it("lets an internal system reach a CIDR it declares egress to, one rule per port, in config order", () => {
    const dir = withPayrollRule(
      "egress",
      "{ to: 10.30.0.0/16, protocol: tcp, ports: [1521, 1522], purpose: 국가 인사 시스템 연계 }",
    );
    expect(policyRules(synth(dir).stack("tenant-27110"), "27110-internal-firewall-from-zone")).toEqual([
      "allow 10.27.0.0/20 -> 10.26.0.0/24",
      "allow 10.27.0.0/20 -> 10.250.27.0/24",
      "allow 10.27.0.0/20 -> 10.227.0.0/27",
      "allow 10.27.0.0/20 -> 10.30.0.0/16 tcp/1521",
      "allow 10.27.0.0/20 -> 10.30.0.0/16 tcp/1522",
      "deny any -> any",
    ]);
  });

  it("adds no rule for a declared CIDR inside the zone's own subnet, which never crosses the router", () => {
    const dir = withPayrollRule(
      "ingress",
      "{ from: 10.27.1.0/24, protocol: tcp, ports: [8080], purpose: 같은 망 안의 업무 단말 }",
    );
    const stack = synth(dir).stack("tenant-27110");
    expect(policyRules(stack, "27110-internal-firewall-to-zone")).toEqual(
      policyRules(jungGu, "27110-internal-firewall-to-zone"),
    );
  });

  it("passes what external systems declare with the external zone's policy as it is", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [
      "      - { from: internet, protocol: tcp, ports: [80, 443], purpose: 구청 홈페이지 공개 }",
      "      - { from: internet, protocol: tcp, ports: [80, 443], purpose: 구청 홈페이지 공개 }\n" +
        "      - { from: 203.0.113.0/24, protocol: tcp, ports: [8080], purpose: 협력기관 관리 화면 }\n" +
        "    egress:\n      - { to: 198.51.100.0/24, protocol: udp, ports: [514], purpose: 외부 로그 수집 }",
    ]);
    const stack = synth(dir).stack("tenant-27110");
    for (const policy of ["27110-external-firewall-from-zone", "27110-external-firewall-to-zone"]) {
      expect(policyRules(stack, policy)).toEqual(policyRules(jungGu, policy));
    }
  });

  it("lets the internal zone reach a resolver its subnet hands out beyond the shared pool, on udp/53", () => {
    const dir = sampleConfig();
    edit(dir, REGION, ["dnsNameservers: [10.26.0.53, 10.26.0.54]", "dnsNameservers: [10.26.0.53, 10.26.1.53]"]);
    expect(policyRules(synth(dir).stack("tenant-27110"), "27110-internal-firewall-from-zone")).toEqual([
      "allow 10.27.0.0/20 -> 10.26.0.0/24",
      "allow 10.27.0.0/20 -> 10.250.27.0/24",
      "allow 10.27.0.0/20 -> 10.227.0.0/27",
      "allow 10.27.0.0/20 -> 10.26.1.53/32 udp/53",
      "deny any -> any",
    ]);
  });

  it("creates no firewall resources where the region has no FWaaS", () => {
    const dir = sampleConfig();
    edit(dir, REGION, [/^fwaas: true.*\n/m, ""]);
    const stack = synth(dir).stack("tenant-27110");
    expect(Object.keys(stack.resource).filter((type) => type.startsWith("openstack_fw_"))).toEqual([]);
  });

  it("keeps one rule for an operator range listed twice, where it failed synthesis", () => {
    const dir = sampleConfig();
    edit(dir, REGION, ["operatorCidrs: [10.250.27.0/24]", "operatorCidrs: [10.250.27.0/24, 10.250.27.0/24]"]);
    const stack = synth(dir).stack("tenant-27110");
    expect(policyRules(stack, "27110-internal-firewall-from-zone")).toEqual([
      "allow 10.27.0.0/20 -> 10.26.0.0/24",
      "allow 10.27.0.0/20 -> 10.250.27.0/24",
      "allow 10.27.0.0/20 -> 10.227.0.0/27",
      "deny any -> any",
    ]);
  });
});
