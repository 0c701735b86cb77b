import { TerraformStack, Testing } from "cdktf";
import { BlockstorageQuotasetV3 } from "../../.gen/providers/openstack/blockstorage-quotaset-v3";
import { ComputeQuotasetV2 } from "../../.gen/providers/openstack/compute-quotaset-v2";
import { NetworkingQuotaV2 } from "../../.gen/providers/openstack/networking-quota-v2";
import { IdentityProjectV3 } from "../../.gen/providers/openstack/identity-project-v3";
import { NetworkingRouterV2 } from "../../.gen/providers/openstack/networking-router-v2";
import { NetworkingSubnetV2 } from "../../.gen/providers/openstack/networking-subnet-v2";
import { loadCenter } from "../../model/load";
import { TenantStack } from "../../stacks/tenant-stack";
import { edit, SAMPLE_CONFIG, sampleConfig } from "../helpers/config";
import { resourceNamed, resources, synth } from "../helpers/synth";

/** Generated resources list every argument they accept, set or not, from this (protected) method. */
type WithAttributes = { synthesizeAttributes(): Record<string, unknown> };

const sample = synth();
const jungGu = sample.stack("tenant-27110");

describe("a municipality's tenant stack", () => {
  it("creates a Keystone project named with the region, code and name, protected from destroy", () => {
    const center = loadCenter(SAMPLE_CONFIG).center!;
    const stack = new TenantStack(Testing.app(), {
      region: center.region,
      municipality: center.municipalities[0],
      state: { projectDir: "/p", outdir: "/p/cdktf.out" },
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(IdentityProjectV3, {
      name: "daegu-27110-jung-gu",
      domain_id: "default",
      enabled: true,
      lifecycle: { prevent_destroy: true },
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(NetworkingSubnetV2, { cidr: "10.27.0.0/20" });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(NetworkingRouterV2, { name: "27110-internal-router" });
  });

  it("describes the project with the display name so operators recognise it", () => {
    const project = resourceNamed(jungGu, "openstack_identity_project_v3", "daegu-27110-jung-gu");
    expect(project.description).toBe(
      "대구광역시 중구 (27110) tenant of 대구광역시 지역 클라우드 센터 (D-Cloud), managed by rcc",
    );
  });

  it("gives the admin and deployer groups the member role and the read-only group the reader role, never Keystone admin", () => {
    const groups = Object.values(jungGu.data!.openstack_identity_group_v3).map((g) => g.name);
    const roles = Object.values(jungGu.data!.openstack_identity_role_v3).map((r) => r.name);
    expect(groups.sort()).toEqual(["rcc-27110-admins", "rcc-27110-readers", "rcc-deployers"]);
    expect(roles.sort()).toEqual(["member", "reader"]);
    const assignments = resources(jungGu, "openstack_identity_role_assignment_v3");
    expect(assignments).toHaveLength(3);
    for (const a of assignments)
      expect(a.project_id).toMatch(/^\$\{openstack_identity_project_v3\.tenant_project_\w+\.id\}$/);
  });

  it("gives the deployer group Octavia's load-balancer role only where it builds load balancers", () => {
    const roles = (code: string) =>
      Object.values(sample.stack(`tenant-${code}`).data!.openstack_identity_role_v3)
        .map((r) => r.name)
        .sort();
    // 27170 builds an active-active system behind a load balancer; 27110 builds nothing.
    expect(roles("27170")).toEqual(["load-balancer_member", "member", "reader"]);
    expect(roles("27110")).toEqual(["member", "reader"]);
    expect(resources(sample.stack("tenant-27170"), "openstack_identity_role_assignment_v3")).toHaveLength(4);
    expect(roles("27170")).toEqual(
      Object.values(sample.stack("dr-27170").data!.openstack_identity_role_v3)
        .map((r) => r.name)
        .sort(),
    );
    const dir = sampleConfig();
    edit(dir, "region.yaml", [
      "  deployerGroup: rcc-deployers",
      "  deployerGroup: rcc-deployers\n  loadBalancerRole: member",
    ]);
    const memberEnough = synth(dir).stack("tenant-27170");
    const named = Object.values(memberEnough.data!.openstack_identity_role_v3).map((r) => r.name);
    expect(named.sort()).toEqual(["member", "reader"]);
    expect(resources(memberEnough, "openstack_identity_role_assignment_v3")).toHaveLength(3);
  });

  it("sets every quota field explicitly from the municipality's quotas", () => {
    const [compute] = resources(jungGu, "openstack_compute_quotaset_v2");
    const [network] = resources(jungGu, "openstack_networking_quota_v2");
    const [volume] = resources(jungGu, "openstack_blockstorage_quotaset_v3");
    expect(compute).toMatchObject({ instances: 20, cores: 80, ram: 320 * 1024, key_pairs: 20, server_groups: 20 });
    expect(network).toMatchObject({ network: 6, subnet: 6, router: 6, port: 100, floatingip: 4, security_group: 20 });
    expect(network).toMatchObject({ security_group_rule: 500, rbac_policy: 0, subnetpool: 0 });
    expect(volume).toMatchObject({ volumes: 40, gigabytes: 8000, snapshots: 40, backups: 80, backup_gigabytes: 16000 });
    for (const [quotaType, body] of [
      [ComputeQuotasetV2, compute],
      [NetworkingQuotaV2, network],
      [BlockstorageQuotasetV3, volume],
    ] as const) {
      // Every argument the provider accepts, from the generated binding, less those rcc leaves to OpenStack.
      const stack = new TerraformStack(Testing.app(), "probe");
      const probe = new quotaType(stack, "q", { projectId: "p" }) as unknown as WithAttributes;
      const settable = Object.keys(probe.synthesizeAttributes()).filter(
        (name) => !["id", "region", "project_id", "volume_type_quota", "timeouts"].includes(name),
      );
      expect(settable.length).toBeGreaterThan(6);
      expect({ type: quotaType.tfResourceType, unset: settable.filter((name) => !(name in body)) }).toEqual({
        type: quotaType.tfResourceType,
        unset: [],
      });
    }
  });

  it("gives the internal zone a router on the administrative backbone only, without SNAT", () => {
    const router = resourceNamed(jungGu, "openstack_networking_router_v2", "27110-internal-router");
    expect(router.external_network_id).toMatch(
      /^\$\{data\.openstack_networking_network_v2\.provider-networks_administrative_\w+\.id\}$/,
    );
    expect(router.enable_snat).toBe(false);
    const backbone = Object.values(jungGu.data!.openstack_networking_network_v2).map((n) => n.name);
    expect(backbone.sort()).toEqual(["admin-backbone", "public-internet"]);
  });

  it("gives the external zone a router on the internet provider network", () => {
    const router = resourceNamed(jungGu, "openstack_networking_router_v2", "27110-external-router");
    expect(router.external_network_id).toMatch(
      /^\$\{data\.openstack_networking_network_v2\.provider-networks_external_\w+\.id\}$/,
    );
    expect(router.availability_zone_hints).toEqual(["net-az1"]);
  });

  it("hints routers at Neutron's zones, not Nova's, and gives no hint where the region names none", () => {
    const routers = (stack: typeof jungGu) =>
      resources(stack, "openstack_networking_router_v2").map((r) => r.availability_zone_hints);
    expect(routers(jungGu)).toEqual([["net-az1"], ["net-az1"]]);
    const dir = sampleConfig();
    edit(dir, "region.yaml", [/^networkAvailabilityZones: .*\n/m, ""]);
    const withoutHints = synth(dir);
    expect(routers(withoutHints.stack("tenant-27110"))).toEqual([undefined, undefined]);
    expect(routers(withoutHints.stack("core"))).toEqual([undefined]);
    expect(withoutHints.raw("tenant-27110")).not.toContain("availability_zone_hints");
  });

  it("places networks, subnets and routers in the tenant's project, not the deploying admin's", () => {
    for (const type of [
      "openstack_networking_network_v2",
      "openstack_networking_subnet_v2",
      "openstack_networking_router_v2",
    ]) {
      for (const r of resources(jungGu, type))
        expect(r.tenant_id).toMatch(/openstack_identity_project_v3\.tenant_project_/);
    }
  });

  it("allocates each zone's subnet from the municipality's file, with the region's resolvers", () => {
    const internal = resourceNamed(jungGu, "openstack_networking_subnet_v2", "27110-internal-subnet");
    const external = resourceNamed(jungGu, "openstack_networking_subnet_v2", "27110-external-subnet");
    expect(internal).toMatchObject({
      cidr: "10.27.0.0/20",
      dns_nameservers: ["10.26.0.53", "10.26.0.54"],
      enable_dhcp: true,
    });
    // The backbone's resolvers are out of the external zone's reach (망분리): it gets the internet side's.
    expect(external).toMatchObject({ cidr: "10.127.0.0/24", dns_nameservers: ["168.126.63.1", "168.126.63.2"] });
    const networks = resources(jungGu, "openstack_networking_network_v2");
    expect(networks.map((n) => n.shared)).toEqual([false, false, false]);
  });

  it("hands external subnets no resolver when the region names no external ones, never the backbone's", () => {
    const dir = sampleConfig();
    edit(dir, "region.yaml", [/^externalDnsNameservers: .*\n/m, ""]);
    const stack = synth(dir).stack("tenant-27110");
    expect(resourceNamed(stack, "openstack_networking_subnet_v2", "27110-external-subnet").dns_nameservers).toEqual([]);
    expect(resourceNamed(stack, "openstack_networking_subnet_v2", "27110-internal-subnet").dns_nameservers).toEqual([
      "10.26.0.53",
      "10.26.0.54",
    ]);
  });

  it("configures the provider from the region file with no credentials", () => {
    expect(jungGu.provider.openstack).toEqual([{ cloud: "daegu-rcc", region: "RegionOne" }]);
    expect(jungGu.terraform.required_providers.openstack).toEqual({
      source: "terraform-provider-openstack/openstack",
      version: "3.4.0",
    });
  });
});
