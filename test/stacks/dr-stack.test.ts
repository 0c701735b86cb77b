import { edit, JUNG_GU, REGION, sampleConfig } from "../helpers/config";
import { resourceNamed, resources, synth } from "../helpers/synth";

const out = synth();
const dr = out.stack("dr-27110");
const tenant = out.stack("tenant-27110");

describe("the standby tenant at the DR partner (dr-<code>)", () => {
  it("deploys with the partner's clouds.yaml entry and region, keeping its own state", () => {
    expect(dr.provider.openstack).toEqual([{ cloud: "busan-rcc", region: "RegionOne" }]);
    expect(dr.terraform.backend).toEqual({ local: { path: "../../../state/dr-27110.tfstate" } });
  });

  it("has a protected standby project in the partner's domain with the tenant's people and quotas", () => {
    expect(resourceNamed(dr, "openstack_identity_project_v3", "daegu-27110-jung-gu-dr")).toMatchObject({
      domain_id: "daegu-standby",
      lifecycle: { prevent_destroy: true },
    });
    expect(
      Object.values(dr.data!.openstack_identity_group_v3)
        .map((g) => g.name)
        .sort(),
    ).toEqual(["rcc-27110-admins", "rcc-27110-readers", "rcc-deployers"]);
    expect(resources(dr, "openstack_compute_quotaset_v2")[0]).toMatchObject({ cores: 80, instances: 20 });
  });

  it("keeps every address: the same subnets, on the partner's provider networks and zones", () => {
    for (const subnet of ["27110-internal-subnet", "27110-external-subnet", "27110-linkage-subnet"]) {
      expect(resourceNamed(dr, "openstack_networking_subnet_v2", subnet).cidr).toBe(
        resourceNamed(tenant, "openstack_networking_subnet_v2", subnet).cidr,
      );
    }
    expect(resourceNamed(dr, "openstack_networking_subnet_v2", "27110-internal-subnet").dns_nameservers).toEqual([
      "10.26.128.53",
    ]);
    expect(
      resourceNamed(dr, "openstack_networking_router_v2", "27110-internal-router").availability_zone_hints,
    ).toEqual(["net-az1"]);
    expect(
      Object.values(dr.data!.openstack_networking_network_v2)
        .map((n) => n.name)
        .sort(),
    ).toEqual(["busan-admin-backbone", "busan-public"]);
  });

  it("has the same security groups and rules as the primary, and a way to the partner's resolver", () => {
    const rules = (stack: typeof dr) =>
      resources(stack, "openstack_networking_secgroup_rule_v2")
        .map(
          (r) => `${r.direction} ${r.protocol}/${r.port_range_min} ${r.remote_ip_prefix ?? "group"} ${r.description}`,
        )
        .sort();
    // Jung-gu's internal systems: resident-registry, payroll, welfare-case.
    const toPartnerResolver =
      "egress udp/53 10.26.128.53/32 DNS resolver 10.26.128.53, handed out by the internal subnet";
    expect(rules(dr)).toEqual([...rules(tenant), ...Array(3).fill(toPartnerResolver)].sort());
  });

  it("hands its external subnets the standby's external resolvers, and none when it names none", () => {
    const external = (stack: typeof dr) =>
      resourceNamed(stack, "openstack_networking_subnet_v2", "27110-external-subnet").dns_nameservers;
    expect(external(dr)).toEqual(["168.126.63.1", "168.126.63.2"]);
    const dir = sampleConfig();
    edit(dir, REGION, [/^ {4}externalDnsNameservers: .*\n/m, ""]);
    expect(external(synth(dir).stack("dr-27110"))).toEqual([]);
  });

  it("receives the backup container sync: same name and key, with history, readable by the standby project, written by no one else", () => {
    const containers = resources(dr, "openstack_objectstorage_container_v1");
    const container = containers.find((c) => c.name === "daegu-27110-backup")!;
    expect(container).toMatchObject({
      container_sync_key: "${var.backup_sync_key}",
      versioning_legacy: { type: "history" },
      lifecycle: { prevent_destroy: true },
    });
    expect(containers.map((c) => c.name).sort()).toEqual(["daegu-27110-backup", "daegu-27110-backup-history"]);
    for (const c of containers) {
      expect(c.container_write).toBeUndefined();
      expect(c.container_sync_to).toBeUndefined();
    }
  });

  it("is not built without the partner's standby settings, or for a municipality with nothing under DR", () => {
    const noStandby = sampleConfig();
    edit(noStandby, REGION, [/^ {2}standby:[\s\S]*?(?=^ {2}containerSync)/m, ""]);
    expect(synth(noStandby).stacks.filter((s) => s.startsWith("dr-"))).toEqual([]);
    const noDr = sampleConfig();
    edit(
      noDr,
      JUNG_GU,
      [/^ {4}dr: \{ tier: (hot|warm|cold),/gm, "    dr: { tier: none,"],
      [/grade: [CS]\n/g, "grade: O\n"],
    );
    expect(synth(noDr).stacks).not.toContain("dr-27110");
  });
});
