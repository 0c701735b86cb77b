import { edit, JUNG_GU, REGION, sampleConfig } from "../helpers/config";
import { resourceNamed, resources, synth, TerraformJson } from "../helpers/synth";

const jungGu = synth().stack("tenant-27110");

/** The rules of a firewall policy in order, as `action source -> destination`. */
function policyRules(stack: TerraformJson, policyName: string): string[] {
  const policy = resourceNamed(stack, "openstack_fw_policy_v2", policyName);
  const byRef = new Map(
    Object.entries(stack.resource.openstack_fw_rule_v2).map(([name, r]) => [`\${openstack_fw_rule_v2.${name}.id}`, r]),
  );
  return (policy.rules as string[]).map((ref) => {
    const r = byRef.get(ref)!;
    return `${r.action} ${r.source_ip_address ?? "any"} -> ${r.destination_ip_address ?? "any"}`;
  });
}

describe("zone firewalls (FWaaS v2) where the region enables them", () => {
  it("guards each zone router's interface port with a firewall group", () => {
    const groups = resources(jungGu, "openstack_fw_group_v2");
    expect(groups.map((g) => g.name).sort()).toEqual(["27110-external-firewall", "27110-internal-firewall"]);
    const internal = resourceNamed(jungGu, "openstack_fw_group_v2", "27110-internal-firewall");
    expect(internal.ports).toEqual([
      expect.stringMatching(
        /^\$\{openstack_networking_router_interface_v2\.internal-network_interface_\w+\.port_id\}$/,
      ),
    ]);
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
