import * as fs from "node:fs";
import * as path from "node:path";
import { NetworkingSecgroupRuleV2 } from "../../.gen/providers/openstack/networking-secgroup-rule-v2";
import { NetworkingSecgroupV2 } from "../../.gen/providers/openstack/networking-secgroup-v2";
import { synthesize } from "../../synthesis/synthesize";
import { SAMPLE_CONFIG, tempDir } from "../helpers/config";
import { rcc } from "../helpers/rcc";

/** A full synthesis the way rcc synth does it (state paths relative to the working directory). */
const full = { outdir: path.join(tempDir(), "full"), stacks: [] as string[] };
beforeAll(async () => {
  await rcc(["synth", "--out", full.outdir]);
  full.stacks = fs.readdirSync(path.join(full.outdir, "stacks")).sort();
});
const read = (outdir: string, stack: string) =>
  fs.readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8");

describe("selective synthesis", () => {
  it("rcc synth --stack builds only the stacks named, byte-identical to a full synthesis", async () => {
    const outdir = path.join(tempDir(), "cdktf.out");
    const result = await rcc(["synth", "--out", outdir, "--stack", "tenant-27110,systems-27170"]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`synthesized 2 stacks into ${outdir}/stacks: systems-27170, tenant-27110`);
    expect(fs.readdirSync(path.join(outdir, "stacks")).sort()).toEqual(["systems-27170", "tenant-27110"]);
    for (const stack of ["tenant-27110", "systems-27170"]) expect(read(outdir, stack)).toBe(read(full.outdir, stack));
  });

  it("takes RCC_STACKS (for cdktf synth, diff and deploy), and leaves the other stacks on disk as they were", async () => {
    const outdir = path.join(tempDir(), "cdktf.out");
    fs.cpSync(full.outdir, outdir, { recursive: true });
    const before = fs.statSync(path.join(outdir, "stacks", "tenant-27140", "cdk.tf.json")).mtimeMs;
    const result = await rcc(["synth", "--out", outdir], { RCC_STACKS: "dr-27110" });
    expect(result.out).toMatch(/^synthesized 1 stacks into .*: dr-27110$/);
    expect(fs.readdirSync(path.join(outdir, "stacks"))).toEqual(full.stacks);
    expect(fs.statSync(path.join(outdir, "stacks", "tenant-27140", "cdk.tf.json")).mtimeMs).toBe(before);
    expect(read(outdir, "dr-27110")).toBe(read(full.outdir, "dr-27110"));
  });

  it("on an audit error removes only the stacks it wrote, so the others stay deployable", () => {
    const outdir = path.join(tempDir(), "cdktf.out");
    fs.cpSync(full.outdir, outdir, { recursive: true });
    const result = synthesize({
      configDir: SAMPLE_CONFIG,
      outdir,
      stacks: ["tenant-27110"],
      // A site extension opening SSH to the internet on Jung-gu's homepage group: RCC-NET-001.
      extend: (app) => {
        const group = app.node.findChild("tenant-27110").node.findChild("security-groups").node.findChild("homepage");
        new NetworkingSecgroupRuleV2(group, "ssh", {
          securityGroupId: (group.node.findChild("group") as NetworkingSecgroupV2).id,
          direction: "ingress",
          ethertype: "IPv4",
          protocol: "tcp",
          portRangeMin: 22,
          portRangeMax: 22,
          remoteIpPrefix: "0.0.0.0/0",
        });
      },
    });
    expect(result.stacks).toBeUndefined();
    expect(result.findings.map((f) => f.rule)).toEqual(["RCC-NET-001"]);
    expect(fs.readdirSync(path.join(outdir, "stacks"))).toEqual(full.stacks.filter((s) => s !== "tenant-27110"));
  });

  it("refuses a stack the config does not plan, naming it, and writes nothing", async () => {
    const outdir = path.join(tempDir(), "cdktf.out");
    const result = await rcc(["synth", "--out", outdir, "--stack", "tenant-99999"]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /^rcc synth: no stack tenant-99999 in this config: stacks are core and tenant-, systems-/,
    );
    expect(fs.existsSync(outdir)).toBe(false);
  });
});
