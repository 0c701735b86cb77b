import { synth, TerraformJson } from "../helpers/synth";

const sample = synth();

/** Labels of every resource in a stack, from `tags` or the `//` comment, by resource address. */
function labelsByAddress(json: TerraformJson): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [type, byName] of Object.entries(json.resource)) {
    for (const [name, body] of Object.entries(byName)) {
      const comment = (body["//"] as { rcc_labels?: Record<string, string> } | undefined)?.rcc_labels;
      out[`${type}.${name}`] =
        (body.tags as string[] | undefined) ?? Object.entries(comment ?? {}).map(([k, v]) => `${k}=${v}`);
    }
  }
  return out;
}

describe("labels on every resource", () => {
  it.each(sample.stacks)("every resource of %s carries region, municipality, zone, grade and managed-by", (name) => {
    for (const [address, tags] of Object.entries(labelsByAddress(sample.stack(name)))) {
      const keys = tags
        .map((t) => t.split("=")[0])
        .filter((key) => key !== "system")
        .sort();
      expect({ address, keys }).toEqual({ address, keys: ["grade", "managed-by", "municipality", "region", "zone"] });
    }
  });

  it("labels a tenant's networks with their zone and its clearance (C internal, S external), not its systems' grades", () => {
    const jungGu = sample.stack("tenant-27110");
    const tags = (network: string) =>
      Object.values(jungGu.resource.openstack_networking_network_v2).find((n) => n.name === network)!.tags;
    expect(tags("27110-internal")).toEqual([
      "grade=C",
      "managed-by=rcc",
      "municipality=27110",
      "region=daegu",
      "zone=internal",
    ]);
    expect(tags("27110-external")).toEqual([
      "grade=S",
      "managed-by=rcc",
      "municipality=27110",
      "region=daegu",
      "zone=external",
    ]);
  });

  it("labels every resource of a built system with its name, volumes in their Cinder metadata too", () => {
    const built = sample.stack("systems-27170");
    const byAddress = labelsByAddress(built);
    const homepage = Object.entries(byAddress).filter(([address]) => address.split(".")[1].startsWith("homepage_"));
    expect(homepage.length).toBeGreaterThan(5);
    for (const [address, tags] of homepage)
      expect({ address, tags }).toEqual({ address, tags: expect.arrayContaining(["system=homepage"]) });
    for (const volume of Object.values(built.resource.openstack_blockstorage_volume_v3)) {
      const { rcc_labels } = volume["//"] as { rcc_labels: Record<string, string> };
      expect(volume.metadata).toEqual(rcc_labels);
      expect(rcc_labels.system).toBe(String(volume.name).split("-").slice(1, -2).join("-"));
    }
    const tenantGroups = Object.values(sample.stack("tenant-27170").resource.openstack_networking_secgroup_v2);
    expect(tenantGroups.every((g) => !(g.tags as string[]).some((t) => t.startsWith("system=")))).toBe(true);
  });

  it("labels resources without tags (quotas, role assignments) in their Terraform comment", () => {
    const [quota] = Object.values(sample.stack("tenant-27110").resource.openstack_compute_quotaset_v2);
    expect((quota["//"] as Record<string, unknown>).rcc_labels).toEqual({
      grade: "C",
      "managed-by": "rcc",
      municipality: "27110",
      region: "daegu",
      zone: "shared",
    });
  });

  it("labels the core stack as the center's shared zone", () => {
    const project = Object.values(sample.stack("core").resource.openstack_identity_project_v3)[0];
    expect(project.tags).toEqual(["grade=S", "managed-by=rcc", "municipality=center", "region=daegu", "zone=shared"]);
  });
});
