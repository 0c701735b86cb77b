import * as fs from "node:fs";
import * as path from "node:path";
import { tempDir } from "../helpers/config";
import { rcc } from "../helpers/rcc";
import { synth } from "../helpers/synth";

/** An output dir with one stack whose internal port has a floating IP. */
function brokenOutput(): string {
  const dir = tempDir();
  const file = path.join(dir, "stacks", "tenant-x", "cdk.tf.json");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const resource = {
    openstack_networking_network_v2: { net: { name: "x-internal" } },
    openstack_networking_port_v2: { db: { network_id: "${openstack_networking_network_v2.net.id}" } },
    openstack_networking_floatingip_v2: { fip: { port_id: "${openstack_networking_port_v2.db.id}" } },
  };
  fs.writeFileSync(file, JSON.stringify({ resource }));
  return dir;
}

describe("rcc check-separation", () => {
  it("exits 0 with a summary when separation holds", async () => {
    const out = synth().outdir;
    const result = await rcc(["check-separation", out]);
    expect(result).toEqual({
      code: 0,
      out: expect.stringMatching(/^separation holds: 21 file\(s\), \d+ resources, 8 rules$/),
      err: "",
    });
  });

  it("reads each stack once, not the working copies under it (rcc plan --offline, .terraform)", async () => {
    const out = synth().outdir;
    for (const copy of ["offline-plan", ".terraform/modules"]) {
      const inside = path.join(out, "stacks", "tenant-27110", copy);
      fs.mkdirSync(inside, { recursive: true });
      fs.copyFileSync(path.join(out, "stacks", "tenant-27110", "cdk.tf.json"), path.join(inside, "cdk.tf.json"));
    }
    const result = await rcc(["check-separation", out, "--json"]);
    const files: string[] = JSON.parse(result.out).files;
    expect(files).toHaveLength(21);
    expect(files.filter((f) => f.includes("tenant-27110"))).toEqual([`${out}/stacks/tenant-27110/cdk.tf.json`]);
  });

  it("exits 1 naming the file, rule, resource address and path for each violation", async () => {
    const dir = brokenOutput();
    const result = await rcc(["check-separation", dir]);
    expect(result.code).toBe(1);
    expect(result.err.split("\n")).toEqual([
      `${dir}/stacks/tenant-x/cdk.tf.json: SEP-003 openstack_networking_floatingip_v2.fip: floating IP openstack_networking_floatingip_v2.fip ` +
        "puts internal port openstack_networking_port_v2.db in network openstack_networking_network_v2.net (zone=internal) on the internet",
      "separation does NOT hold: 1 finding(s) in 1 file(s), 3 resources, 8 rules",
    ]);
  });

  it("gives machine-readable findings with --json", async () => {
    const dir = brokenOutput();
    const result = await rcc(["check-separation", dir, "--json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out);
    expect(report).toMatchObject({ holds: false, files: [`${dir}/stacks/tenant-x/cdk.tf.json`], resources: 3 });
    expect(report.rules.map((r: { id: string }) => r.id)).toEqual([
      "SEP-001",
      "SEP-002",
      "SEP-003",
      "SEP-004",
      "SEP-005",
      "SEP-006",
      "SEP-007",
      "SEP-008",
    ]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: "SEP-003",
        address: "openstack_networking_floatingip_v2.fip",
        file: `${dir}/stacks/tenant-x/cdk.tf.json`,
      }),
    ]);
  });

  it("exits 2 with a clear message for a missing directory, an empty one or unreadable JSON", async () => {
    expect(await rcc(["check-separation"])).toMatchObject({
      code: 2,
      err: expect.stringContaining("give one directory"),
    });
    expect(await rcc(["check-separation", "/nonexistent"])).toMatchObject({
      code: 2,
      err: expect.stringContaining("/nonexistent: no such directory"),
    });
    const empty = tempDir();
    expect(await rcc(["check-separation", empty])).toMatchObject({
      code: 2,
      err: expect.stringContaining("no cdk.tf.json found"),
    });
    const bad = tempDir();
    fs.writeFileSync(path.join(bad, "cdk.tf.json"), "{ not json");
    const result = await rcc(["check-separation", bad]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(new RegExp(`^rcc check-separation: ${bad}/cdk.tf.json: not valid JSON`));
    expect(result.err).not.toContain("    at ");
  });
});
