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
      const keys = tags.map((t) => t.split("=")[0]).sort();
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
