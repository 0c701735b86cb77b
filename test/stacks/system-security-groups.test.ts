import { edit, JUNG_GU, REGION, sampleConfig } from "../helpers/config";
import { resourceNamed, resources, synth, TerraformJson } from "../helpers/synth";

const sample = synth();
const jungGu = sample.stack("tenant-27110");

/** A group's rules as `direction protocol/port remote`, the remote a CIDR or `sg:<group name>`. */
function rulesOf(stack: TerraformJson, groupName: string): string[] {
  const groups = stack.resource.openstack_networking_secgroup_v2;
  const refOf = (logical: string) => `\${openstack_networking_secgroup_v2.${logical}.id}`;
  const byRef = new Map(Object.entries(groups).map(([logical, g]) => [refOf(logical), g.name as string]));
  const [logical] = Object.entries(groups).find(([, g]) => g.name === groupName)!;
  return resources(stack, "openstack_networking_secgroup_rule_v2")
    .filter((r) => r.security_group_id === refOf(logical))
    .map((r) => {
      const remote = (r.remote_ip_prefix as string | undefined) ?? `sg:${byRef.get(r.remote_group_id as string)}`;
      return `${r.direction} ${r.protocol}/${r.port_range_min ?? "-"} ${remote}`;
    })
    .sort();
}

describe("per-system security groups", () => {
  it("gives every system its own group, labelled with its zone and grade, Neutron's defaults removed", () => {
    const registry = resourceNamed(jungGu, "openstack_networking_secgroup_v2", "27110-resident-registry");
    expect(registry).toMatchObject({ delete_default_rules: true });
    expect(registry.tags).toEqual(expect.arrayContaining(["zone=internal", "grade=C"]));
    const names = resources(jungGu, "openstack_networking_secgroup_v2").map((g) => g.name);
    expect(names.sort()).toEqual([
      "27110-civil-portal",
      "27110-homepage",
      "27110-linkage-relay",
      "27110-payroll",
      "27110-resident-registry",
      "27110-welfare-case",
    ]);
  });

  it("opens an internal system to declared peers, shared services and the relay only, with no internet egress", () => {
    expect(rulesOf(jungGu, "27110-resident-registry")).toEqual([
      "egress tcp/443 10.26.0.0/24",
      "egress udp/123 10.26.0.0/24",
      "egress udp/53 10.26.0.0/24",
      "ingress tcp/22 10.26.0.0/24",
      "ingress tcp/5432 sg:27110-payroll",
      "ingress tcp/5432 sg:27110-welfare-case",
      "ingress tcp/8443 sg:27110-linkage-relay",
      "ingress tcp/9100 10.26.0.0/24",
    ]);
  });

  it("gives the client side of a declared system-to-system rule its egress, so the dependency works both ways", () => {
    expect(rulesOf(jungGu, "27110-payroll")).toContain("egress tcp/5432 sg:27110-resident-registry");
  });

  it("lets external systems take internet traffic on their declared ports, and open only declared egress", () => {
    expect(rulesOf(jungGu, "27110-homepage")).toEqual([
      "egress udp/53 168.126.63.1/32",
      "egress udp/53 168.126.63.2/32",
      "ingress tcp/443 0.0.0.0/0",
      "ingress tcp/80 0.0.0.0/0",
    ]);
    expect(rulesOf(jungGu, "27110-civil-portal")).toEqual([
      "egress tcp/443 0.0.0.0/0",
      "egress tcp/8443 sg:27110-linkage-relay",
      "egress udp/53 168.126.63.1/32",
      "egress udp/53 168.126.63.2/32",
      "ingress tcp/443 0.0.0.0/0",
    ]);
  });

  it("turns a zone peer into the municipality's own range in that zone", () => {
    expect(rulesOf(jungGu, "27110-payroll")).toContain("ingress tcp/443 10.27.0.0/20");
  });

  it("never gives an internal system's group a rule to or from 0.0.0.0/0, whatever it declares", () => {
    const internal = resources(jungGu, "openstack_networking_secgroup_v2")
      .filter((g) => (g.tags as string[]).includes("zone=internal"))
      .map((g) => g.name as string);
    expect(internal).toHaveLength(3);
    for (const name of internal) expect(rulesOf(jungGu, name).join("\n")).not.toContain("0.0.0.0/0");
  });

  it("describes every rule with the purpose declared in config", () => {
    const rule = resources(jungGu, "openstack_networking_secgroup_rule_v2").find(
      (r) => r.port_range_min === 5432 && r.direction === "ingress",
    );
    expect(rule?.description).toBe("급여 계산용 주민정보 조회");
  });

  it("adds a system's own egress declaration as written", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [
      '      - { from: "zone:internal", protocol: tcp, ports: [443], purpose: 인사·급여 업무 화면 }',
      '      - { from: "zone:internal", protocol: tcp, ports: [443], purpose: 인사·급여 업무 화면 }\n' +
        "    egress:\n      - { to: 10.30.0.0/16, protocol: tcp, ports: [1521], purpose: 국가 인사 시스템 연계 }",
    ]);
    expect(rulesOf(synth(dir).stack("tenant-27110"), "27110-payroll")).toContain("egress tcp/1521 10.30.0.0/16");
  });
});

/** The names of a stack's groups in one zone. */
function groupsIn(stack: TerraformJson, zone: "internal" | "external"): string[] {
  return resources(stack, "openstack_networking_secgroup_v2")
    .filter((g) => (g.tags as string[]).includes(`zone=${zone}`))
    .map((g) => g.name as string)
    .sort();
}

describe("security groups and the resolvers their zone's subnet hands out", () => {
  const tenant = sample.stack("tenant-27170");
  const dr = sample.stack("dr-27170");

  it("let the standby's internal systems ask the partner's resolver, which the shared pool's rule does not cover", () => {
    expect(groupsIn(dr, "internal")).toEqual(["27170-payroll", "27170-resident-registry", "27170-welfare-case"]);
    for (const group of groupsIn(dr, "internal")) {
      expect({ group, rules: rulesOf(dr, group) }).toEqual({
        group,
        rules: [...rulesOf(tenant, group), "egress udp/53 10.26.128.53/32"].sort(),
      });
    }
  });

  it("leave the center's internal groups as they were: the shared dns service's rule covers its resolvers", () => {
    for (const group of groupsIn(tenant, "internal")) {
      expect({ group, dns: rulesOf(tenant, group).filter((r) => r.includes("/53 ")) }).toEqual({
        group,
        dns: ["egress udp/53 10.26.0.0/24"],
      });
    }
  });

  it("let external systems ask the external resolvers, at the center and the standby alike", () => {
    for (const stack of [tenant, dr]) {
      for (const group of groupsIn(stack, "external")) {
        expect(rulesOf(stack, group)).toEqual(
          expect.arrayContaining(["egress udp/53 168.126.63.1/32", "egress udp/53 168.126.63.2/32"]),
        );
      }
    }
  });

  it("add no resolver rule where a declared rule already covers the resolver", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [
      "      - { to: internet, protocol: tcp, ports: [443], purpose: 본인확인기관 연동 }",
      "      - { to: internet, protocol: tcp, ports: [443], purpose: 본인확인기관 연동 }\n" +
        "      - { to: internet, protocol: udp, ports: [53], purpose: 외부 이름 해석 }",
    ]);
    const stack = synth(dir).stack("tenant-27110");
    expect(rulesOf(stack, "27110-civil-portal").filter((r) => r.includes("/53 "))).toEqual(["egress udp/53 0.0.0.0/0"]);
    expect(rulesOf(stack, "27110-homepage")).toEqual(rulesOf(jungGu, "27110-homepage"));
  });

  it("add none where the subnet hands out no resolver", () => {
    const dir = sampleConfig();
    edit(dir, REGION, [/^externalDnsNameservers: .*\n/m, ""]);
    const stack = synth(dir).stack("tenant-27110");
    expect(rulesOf(stack, "27110-homepage")).toEqual(["ingress tcp/443 0.0.0.0/0", "ingress tcp/80 0.0.0.0/0"]);
  });
});
