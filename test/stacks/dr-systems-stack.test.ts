import * as fs from "node:fs";
import * as path from "node:path";
import { edit, REGION, sampleConfig } from "../helpers/config";
import { resourceNamed, resources, synth } from "../helpers/synth";

const SEO_GU = "municipalities/27170-seo-gu.yaml";
const out = synth();
const standby = out.stack("dr-systems-27170");
const names = (type: string, stack = standby) => resources(stack, type).map((r) => r.name as string);

describe("capacity pre-provisioned at the DR partner (dr-systems-<code>)", () => {
  it("exists for municipalities with hot or warm built systems, and deploys after their standby tenant", () => {
    expect(out.stacks.filter((s) => s.startsWith("dr-systems-"))).toEqual(["dr-systems-27170"]);
    const manifest = JSON.parse(fs.readFileSync(path.join(out.outdir, "manifest.json"), "utf8"));
    expect(manifest.stacks["dr-systems-27170"].dependencies).toEqual(["dr-27170"]);
    expect(standby.terraform.backend).toEqual({ local: { path: "../../../state/dr-systems-27170.tfstate" } });
  });

  it("scopes its provider to the standby project at the partner, with no credentials", () => {
    expect(standby.provider.openstack).toEqual([
      {
        cloud: "",
        region: "RegionOne",
        tenant_name: "daegu-27170-seo-gu-dr",
        project_domain_id: "daegu-standby",
      },
    ]);
  });

  it("runs a hot system in full over the partner's zones, with its VIP and replicated data volumes", () => {
    expect(names("openstack_compute_instance_v2").filter((n) => n.includes("resident-registry"))).toEqual([
      "27170-resident-registry-1",
      "27170-resident-registry-2",
    ]);
    expect(resourceNamed(standby, "openstack_compute_instance_v2", "27170-resident-registry-2").availability_zone).toBe(
      "busan-az2",
    );
    expect(names("openstack_networking_port_v2")).toContain("27170-resident-registry-vip");
    const volume = resourceNamed(standby, "openstack_blockstorage_volume_v3", "27170-resident-registry-1-data");
    expect(volume).toMatchObject({
      size: 500,
      volume_type: "ceph-ssd-replicated",
      lifecycle: { prevent_destroy: true },
    });
    expect(volume.availability_zone).toBeUndefined();
  });

  it("runs a warm system with one instance on the full system's server group and load balancer", () => {
    expect(names("openstack_compute_instance_v2").filter((n) => n.includes("homepage"))).toEqual(["27170-homepage-1"]);
    expect(resourceNamed(standby, "openstack_compute_servergroup_v2", "27170-homepage").policies).toEqual([
      "soft-anti-affinity",
    ]);
    expect(names("openstack_lb_loadbalancer_v2")).toEqual(["27170-homepage"]);
    // One member in each of its two pools (80 and 443).
    expect(resources(standby, "openstack_lb_member_v2")).toHaveLength(2);
  });

  it("publishes a system that takes ingress from the internet through a floating IP from the partner's internet network", () => {
    const vip = Object.entries(standby.resource.openstack_networking_port_v2).find(
      ([, port]) => port.name === "27170-homepage-vip",
    )![0];
    expect(resources(standby, "openstack_networking_floatingip_v2")).toEqual([
      expect.objectContaining({
        pool: "busan-public",
        port_id: `\${openstack_networking_port_v2.${vip}.id}`,
        tags: expect.arrayContaining(["system=homepage", "zone=external"]),
      }),
    ]);
  });

  it("listens on 80 and 443 there too, with the standing instance a member of both pools on the pool's port", () => {
    const listeners = resources(standby, "openstack_lb_listener_v2").map((l) => [l.protocol_port, l.protocol]);
    expect(listeners.sort()).toEqual([
      [443, "HTTPS"],
      [80, "TCP"],
    ]);
    expect(
      resources(standby, "openstack_lb_member_v2")
        .map((m) => m.protocol_port)
        .sort(),
    ).toEqual([443, 80]);
  });

  it("only adds resources when a warm system is declared hot on failover: nothing it runs is replaced", () => {
    const dir = sampleConfig();
    edit(dir, SEO_GU, [
      "dr: { tier: warm, rtoHours: 8, rpoHours: 24 }",
      "dr: { tier: hot, rtoHours: 8, rpoHours: 24 }",
    ]);
    const hot = synth(dir).stack("dr-systems-27170");
    for (const [type, warmResources] of Object.entries(standby.resource)) {
      for (const [id, body] of Object.entries(warmResources)) expect(hot.resource[type][id]).toEqual(body);
    }
    expect(names("openstack_compute_instance_v2", hot).filter((n) => n.includes("homepage"))).toEqual([
      "27170-homepage-1",
      "27170-homepage-2",
    ]);
  });

  it("pre-provisions nothing for cold systems", () => {
    expect(names("openstack_compute_instance_v2").some((n) => n.includes("payroll"))).toBe(false);
    expect(names("openstack_blockstorage_volume_v3").some((n) => n.includes("payroll"))).toBe(false);
  });

  it("uses the partner's own volume type when the region names one", () => {
    const dir = sampleConfig();
    edit(dir, REGION, [
      "    domainId: daegu-standby\n",
      "    domainId: daegu-standby\n    volumeType: busan-rbd-mirrored\n",
    ]);
    const stack = synth(dir).stack("dr-systems-27170");
    expect(resourceNamed(stack, "openstack_blockstorage_volume_v3", "27170-resident-registry-2-data").volume_type).toBe(
      "busan-rbd-mirrored",
    );
  });

  it("goes away when no built system is hot or warm", () => {
    const dir = sampleConfig();
    edit(
      dir,
      SEO_GU,
      ["dr: { tier: warm, rtoHours: 8, rpoHours: 24 }", "dr: { tier: cold, rtoHours: 8, rpoHours: 24 }"],
      ["dr: { tier: hot, rtoHours: 2, rpoHours: 1 }", "dr: { tier: cold, rtoHours: 2, rpoHours: 1 }"],
    );
    expect(synth(dir).stacks.filter((s) => s.startsWith("dr-systems-"))).toEqual([]);
  });
});
