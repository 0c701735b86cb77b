import * as fs from "node:fs";
import * as path from "node:path";
import { loadCenter } from "../../model/load";
import { edit, sampleConfig } from "../helpers/config";
import { resourceNamed, resources, synth, TerraformJson } from "../helpers/synth";

const SEO_GU = "municipalities/27170-seo-gu.yaml";
const out = synth();
const seoGu = out.stack("systems-27170");
const named = (type: string, name: string) => resourceNamed(seoGu, type, name);
const logical = (stack: TerraformJson, type: string, name: string) =>
  Object.entries(stack.resource[type]).find(([, r]) => r.name === name)![0];
const ref = (type: string, name: string, attr = "id") => `\${${type}.${logical(seoGu, type, name)}.${attr}}`;

describe("the systems stack (systems the center builds)", () => {
  it("exists only for municipalities with built systems, and deploys after their tenant stack", () => {
    expect(out.stacks.filter((s) => s.startsWith("systems-"))).toEqual(["systems-27170"]);
    const manifest = JSON.parse(fs.readFileSync(path.join(out.outdir, "manifest.json"), "utf8"));
    expect(manifest.stacks["systems-27170"].dependencies).toEqual(["tenant-27170"]);
  });

  it("scopes its provider to the tenant's project, with no credentials, so instances and volumes land there", () => {
    // The provider takes no project beside a clouds.yaml entry: the deployer's OS_* environment
    // authenticates, and an empty cloud keeps an OS_CLOUD there from taking over.
    expect(seoGu.provider.openstack).toEqual([
      {
        cloud: "",
        region: "RegionOne",
        tenant_name: "daegu-27170-seo-gu",
        project_domain_id: "default",
      },
    ]);
  });

  it("spreads an active-active system over the zones on a soft anti-affinity group, behind a load balancer", () => {
    expect(named("openstack_compute_servergroup_v2", "27170-homepage").policies).toEqual(["soft-anti-affinity"]);
    const instances = [1, 2].map((n) => named("openstack_compute_instance_v2", `27170-homepage-${n}`));
    expect(instances.map((i) => i.availability_zone)).toEqual(["az1", "az2"]);
    for (const instance of instances) {
      expect(instance).toMatchObject({
        flavor_name: "m1.medium",
        image_name: "rocky-9",
        scheduler_hints: [{ group: ref("openstack_compute_servergroup_v2", "27170-homepage") }],
      });
    }
    // The VIP is rcc's own port on the zone's subnet, named and labelled; Octavia's security group on it is left alone.
    const balancer = named("openstack_lb_loadbalancer_v2", "27170-homepage");
    expect(balancer.vip_port_id).toBe(ref("openstack_networking_port_v2", "27170-homepage-vip"));
    expect(balancer.vip_subnet_id).toBe("${data.openstack_networking_subnet_v2.external-subnet.id}");
    expect(balancer.vip_address).toBe(
      `\${element(${ref("openstack_networking_port_v2", "27170-homepage-vip", "all_fixed_ips").slice(2, -1)}, 0)}`,
    );
    expect(named("openstack_networking_port_v2", "27170-homepage-vip")).toMatchObject({
      fixed_ip: [{ subnet_id: "${data.openstack_networking_subnet_v2.external-subnet.id}" }],
      tags: expect.arrayContaining(["system=homepage", "zone=external"]),
      lifecycle: { ignore_changes: ["security_group_ids"] },
    });
    expect(named("openstack_lb_listener_v2", "27170-homepage-443")).toMatchObject({
      protocol: "HTTPS",
      protocol_port: 443,
    });
    expect(named("openstack_lb_monitor_v2", "27170-homepage")).toMatchObject({
      type: "HTTPS",
      url_path: "/",
      max_retries: 3,
    });
    const members = resources(seoGu, "openstack_lb_member_v2").filter(
      (m) => m.pool_id === ref("openstack_lb_pool_v2", "27170-homepage"),
    );
    expect(members.map((m) => m.address).sort()).toEqual(
      [1, 2].map(
        (n) =>
          `\${element(${ref("openstack_networking_port_v2", `27170-homepage-${n}`, "all_fixed_ips").slice(2, -1)}, 0)}`,
      ),
    );
  });

  it("gives an active-standby pair a VIP both may carry, and replicated data volumes in Cinder's default zone", () => {
    const vip = named("openstack_networking_port_v2", "27170-resident-registry-vip");
    expect(vip.port_security_enabled).toBe(true);
    for (const n of [1, 2]) {
      expect(named("openstack_networking_port_v2", `27170-resident-registry-${n}`).allowed_address_pairs).toEqual([
        {
          ip_address: `\${element(${ref("openstack_networking_port_v2", "27170-resident-registry-vip", "all_fixed_ips").slice(2, -1)}, 0)}`,
        },
      ]);
    }
    const volume = named("openstack_blockstorage_volume_v3", "27170-resident-registry-2-data");
    expect(volume).toMatchObject({
      size: 500,
      volume_type: "ceph-ssd-replicated",
      lifecycle: { prevent_destroy: true },
    });
    // The sample's Cinder has one zone for all (Ceph): the region lists no Cinder zone.
    expect(volume.availability_zone).toBeUndefined();
    expect(resources(seoGu, "openstack_compute_volume_attach_v2")).toContainEqual(
      expect.objectContaining({
        instance_id: ref("openstack_compute_instance_v2", "27170-resident-registry-2"),
        volume_id: ref("openstack_blockstorage_volume_v3", "27170-resident-registry-2-data"),
      }),
    );
  });

  it("builds a single system without a server group, on the standard volume type when DR does not need replication", () => {
    const groups = resources(seoGu, "openstack_compute_servergroup_v2").map((g) => g.name);
    expect(groups).not.toContain("27170-payroll");
    expect(named("openstack_blockstorage_volume_v3", "27170-payroll-1-data").volume_type).toBe("ceph-ssd");
  });

  it("uses hard anti-affinity when a system asks for it", () => {
    const dir = sampleConfig();
    edit(dir, SEO_GU, [
      "availability: { mode: active-standby, instances: 2 }\n    build:",
      "availability: { mode: active-standby, instances: 2, antiAffinity: hard }\n    build:",
    ]);
    const stack = synth(dir).stack("systems-27170");
    expect(resourceNamed(stack, "openstack_compute_servergroup_v2", "27170-resident-registry").policies).toEqual([
      "anti-affinity",
    ]);
  });

  it("opens the members to their load balancer on every port it listens on, and the pair to VRRP between themselves", () => {
    const tenant = out.stack("tenant-27170");
    const rules = resources(tenant, "openstack_networking_secgroup_rule_v2");
    const homepage = `\${openstack_networking_secgroup_v2.${logical(tenant, "openstack_networking_secgroup_v2", "27170-homepage")}.id}`;
    const registry = `\${openstack_networking_secgroup_v2.${logical(tenant, "openstack_networking_secgroup_v2", "27170-resident-registry")}.id}`;
    for (const port of [80, 443]) {
      expect(rules).toContainEqual(
        expect.objectContaining({
          security_group_id: homepage,
          direction: "ingress",
          protocol: "tcp",
          port_range_min: port,
          port_range_max: port,
          remote_ip_prefix: "10.127.2.0/24",
        }),
      );
    }
    expect(rules).toContainEqual(
      expect.objectContaining({
        security_group_id: registry,
        direction: "ingress",
        protocol: "vrrp",
        remote_group_id: registry,
      }),
    );
  });

  it("listens on every TCP port the ingress declares: the service port as before, each other over TCP", () => {
    const listeners = resources(seoGu, "openstack_lb_listener_v2");
    expect(listeners.map((l) => [l.name, l.protocol, l.protocol_port]).sort()).toEqual([
      ["27170-homepage-443", "HTTPS", 443],
      ["27170-homepage-80", "TCP", 80],
    ]);
    const pool80 = named("openstack_lb_pool_v2", "27170-homepage-80");
    expect(pool80).toMatchObject({
      protocol: "TCP",
      listener_id: ref("openstack_lb_listener_v2", "27170-homepage-80"),
    });
    expect(named("openstack_lb_monitor_v2", "27170-homepage-80")).toMatchObject({
      type: "TCP",
      pool_id: ref("openstack_lb_pool_v2", "27170-homepage-80"),
    });
    expect(named("openstack_lb_monitor_v2", "27170-homepage-80").url_path).toBeUndefined();
    // Each instance is a member of both pools, on the pool's own port.
    const members = resources(seoGu, "openstack_lb_member_v2");
    const poolPorts = members.map((m) => [m.pool_id, m.protocol_port, m.address]);
    for (const n of [1, 2]) {
      const address = `\${element(${ref("openstack_networking_port_v2", `27170-homepage-${n}`, "all_fixed_ips").slice(2, -1)}, 0)}`;
      expect(poolPorts).toContainEqual([ref("openstack_lb_pool_v2", "27170-homepage"), 443, address]);
      expect(poolPorts).toContainEqual([ref("openstack_lb_pool_v2", "27170-homepage-80"), 80, address]);
    }
    expect(members).toHaveLength(4);
  });

  it("keeps the construct ids of the service port's listener, pool, monitor and members, so nothing deployed is replaced", () => {
    const ids = (type: string) => Object.keys(seoGu.resource[type]).sort();
    expect(ids("openstack_lb_listener_v2")).toEqual(["homepage_listener-80_2E052860", "homepage_listener_3AF87FC2"]);
    expect(ids("openstack_lb_pool_v2")).toEqual(["homepage_pool-80_088DEF41", "homepage_pool_C8440BC1"]);
    expect(ids("openstack_lb_monitor_v2")).toEqual(["homepage_health-80_CECF7489", "homepage_health_67996982"]);
    expect(ids("openstack_lb_member_v2")).toEqual([
      "homepage_member-1_A1E885EF",
      "homepage_member-2_BEF40898",
      "homepage_member-80-1_0F5B4B87",
      "homepage_member-80-2_56A5FD25",
    ]);
    expect(seoGu.resource.openstack_lb_listener_v2["homepage_listener_3AF87FC2"]).toMatchObject({
      name: "27170-homepage-443",
      protocol: "HTTPS",
    });
    // Open to the internet, as before: no allowed CIDRs.
    expect(seoGu.resource.openstack_lb_listener_v2["homepage_listener_3AF87FC2"].allowed_cidrs).toBeUndefined();
  });

  it("lets a published system's listener admit only what its port declares, where that is not the internet", () => {
    const dir = sampleConfig();
    edit(dir, SEO_GU, [
      "ports: [80, 443], purpose: 구청 홈페이지 공개 }",
      'ports: [80, 443], purpose: 구청 홈페이지 공개 }\n      - { from: "zone:external", protocol: tcp, ports: [8080], purpose: 관리 화면 }',
    ]);
    const stack = synth(dir).stack("systems-27170");
    const allowed = (port: number) =>
      resourceNamed(stack, "openstack_lb_listener_v2", `27170-homepage-${port}`).allowed_cidrs;
    // The floating IP brings the internet to the VIP on every listener port: 8080 is the zone's only.
    expect(allowed(8080)).toEqual(["10.127.2.0/24"]);
    expect(allowed(80)).toBeUndefined();
    expect(allowed(443)).toBeUndefined();
  });

  it("only adds a listener, pool, monitor and members when the ingress declares another port", () => {
    const dir = sampleConfig();
    edit(dir, SEO_GU, [
      "ports: [80, 443], purpose: 구청 홈페이지 공개",
      "ports: [80, 443, 8080], purpose: 구청 홈페이지 공개",
    ]);
    const more = synth(dir).stack("systems-27170");
    for (const [type, before] of Object.entries(seoGu.resource)) {
      for (const [id, body] of Object.entries(before)) expect(more.resource[type][id]).toEqual(body);
    }
    expect(resourceNamed(more, "openstack_lb_listener_v2", "27170-homepage-8080")).toMatchObject({
      protocol: "TCP",
      protocol_port: 8080,
    });
    expect(resources(more, "openstack_lb_member_v2")).toHaveLength(6);
  });

  it("publishes a built system that takes ingress from the internet through a floating IP on its load balancer's VIP", () => {
    const ips = resources(seoGu, "openstack_networking_floatingip_v2");
    expect(ips).toEqual([
      expect.objectContaining({
        pool: "public-internet",
        port_id: ref("openstack_networking_port_v2", "27170-homepage-vip"),
        description: "Internet address of 27170-homepage's load balancer",
        tags: expect.arrayContaining(["system=homepage", "zone=external", "grade=O", "municipality=27170"]),
      }),
    ]);
  });

  it("puts the floating IP on the VIP of an active-standby pair, and on the instance of a single system", () => {
    const civilPortal = (availability: string) => {
      const dir = sampleConfig();
      edit(dir, SEO_GU, [
        "    availability: { mode: active-active, instances: 2 }\n    backup: { schedule: daily, retentionDays: 30, rpoHours: 24 }",
        `    availability: ${availability}\n    build: { flavor: m1.medium, image: rocky-9 }\n    backup: { schedule: daily, retentionDays: 30, rpoHours: 24 }`,
      ]);
      const stack = synth(dir).stack("systems-27170");
      const id = (name: string) =>
        `\${openstack_networking_port_v2.${logical(stack, "openstack_networking_port_v2", name)}.id}`;
      const ips = resources(stack, "openstack_networking_floatingip_v2").filter((ip) =>
        (ip.tags as string[]).includes("system=civil-portal"),
      );
      return { ips: ips.map((ip) => ip.port_id), id };
    };
    const pair = civilPortal("{ mode: active-standby, instances: 2 }");
    expect(pair.ips).toEqual([pair.id("27170-civil-portal-vip")]);
    const single = civilPortal("{ mode: single, instances: 1 }");
    expect(single.ips).toEqual([single.id("27170-civil-portal-1")]);
  });

  it("gives no floating IP to a built system that takes no ingress from the internet", () => {
    const targets = resources(seoGu, "openstack_networking_floatingip_v2").map((ip) => ip.port_id);
    expect(targets).not.toContain(ref("openstack_networking_port_v2", "27170-resident-registry-vip"));
    expect(targets).not.toContain(ref("openstack_networking_port_v2", "27170-payroll-1"));
  });

  it("refuses a floating IP quota lower than what the published built systems need, at quotas.floatingIps", () => {
    const dir = sampleConfig();
    edit(dir, SEO_GU, ["  floatingIps: 4", "  floatingIps: 0"]);
    const line = fs
      .readFileSync(path.join(dir, SEO_GU), "utf8")
      .split("\n")
      .findIndex((l) => l === "  floatingIps: 0");
    expect(loadCenter(dir).problems).toEqual([
      {
        file: expect.stringMatching(/municipalities\/27170-seo-gu\.yaml$/),
        line: line + 1,
        field: "quotas.floatingIps",
        message: "0 is too low: the built systems published to the internet (homepage) need 1 floating IP(s)",
      },
    ]);
  });

  it("labels every resource with the system's zone and grade", () => {
    expect(named("openstack_compute_instance_v2", "27170-resident-registry-1").tags).toEqual(
      expect.arrayContaining(["zone=internal", "grade=C", "municipality=27170"]),
    );
  });

  it("puts each volume in the Cinder zone named like its instance's, where the region lists one", () => {
    const dir = sampleConfig();
    edit(dir, "region.yaml", [
      "networkAvailabilityZones:",
      "volumeAvailabilityZones: [az1, az3]\nnetworkAvailabilityZones:",
    ]);
    const stack = synth(dir).stack("systems-27170");
    const zoneOf = (name: string) => resourceNamed(stack, "openstack_blockstorage_volume_v3", name).availability_zone;
    // Instance 1 runs in az1, instance 2 in az2 (which Cinder does not have: its default zone).
    expect(zoneOf("27170-resident-registry-1-data")).toBe("az1");
    expect(zoneOf("27170-resident-registry-2-data")).toBeUndefined();
    expect(resourceNamed(stack, "openstack_compute_instance_v2", "27170-resident-registry-2").availability_zone).toBe(
      "az2",
    );
  });
});
