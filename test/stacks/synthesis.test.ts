import * as fs from "node:fs";
import * as path from "node:path";
import { TerraformStack } from "cdktf";
import { IdentityProjectV3 } from "../../.gen/providers/openstack/identity-project-v3";
import { NetworkingFloatingipV2 } from "../../.gen/providers/openstack/networking-floatingip-v2";
import { NetworkingNetworkV2 } from "../../.gen/providers/openstack/networking-network-v2";
import { NetworkingPortV2 } from "../../.gen/providers/openstack/networking-port-v2";
import { NetworkingSecgroupV2 } from "../../.gen/providers/openstack/networking-secgroup-v2";
import { synthesize } from "../../synthesis/synthesize";
import { addMunicipality, edit, JUNG_GU, REGION, SAMPLE_CONFIG, sampleConfig, tempDir } from "../helpers/config";

/** Findings but the sample's own accepted one (its region file suppresses RCC-RCH-006 at the partner). */
const open = <T extends { suppressed?: { file: string } }>(findings: readonly T[]) =>
  findings.filter((f) => f.suppressed?.file !== "region.yaml");
import { synth } from "../helpers/synth";

const TENANTS = ["27110", "27140", "27170", "27200", "27230", "27260", "27290", "27710", "27720"];

/** Every file under a synth output dir, path -> content. */
function snapshot(outdir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(outdir, full), fs.readFileSync(full, "utf8"));
    }
  };
  walk(outdir);
  return files;
}

describe("synthesis", () => {
  it("writes stack core, one tenant-<code> and dr-<code> stack per municipality, and systems-<code> and dr-systems-<code> where the center builds systems", () => {
    expect(synth().stacks).toEqual([
      "core",
      ...TENANTS.map((c) => `dr-${c}`),
      "dr-systems-27170",
      "systems-27170",
      ...TENANTS.map((c) => `tenant-${c}`),
    ]);
  });

  it("is deterministic: the same config gives byte-identical output", () => {
    expect(snapshot(synth().outdir)).toEqual(snapshot(synth().outdir));
  });

  it("adding a municipality leaves every other stack byte-identical", () => {
    const dir = sampleConfig();
    const before = synth(dir);
    addMunicipality(dir, "27999", "new-gu", "10.27.192.0/20", "10.127.100.0/24");
    const after = synth(dir);
    expect(after.stacks).toContain("tenant-27999");
    for (const name of before.stacks) expect({ name, json: after.raw(name) }).toEqual({ name, json: before.raw(name) });
  });

  it("changing or removing a municipality leaves every other stack byte-identical", () => {
    const dir = sampleConfig();
    const before = synth(dir);
    edit(dir, JUNG_GU, ["  vcpus: 80", "  vcpus: 96"]);
    fs.rmSync(path.join(dir, "municipalities/27140-dong-gu.yaml"));
    const after = synth(dir);
    expect(after.stacks).not.toContain("tenant-27140");
    expect(after.raw("tenant-27110")).not.toEqual(before.raw("tenant-27110"));
    // Jung-gu's own stacks (tenant and its standby at the partner) change; nobody else's.
    for (const name of after.stacks.filter((s) => !s.endsWith("-27110"))) {
      expect({ name, json: after.raw(name) }).toEqual({ name, json: before.raw(name) });
    }
  });

  it("removes the output of stacks no longer in the config", () => {
    const dir = sampleConfig();
    const outdir = path.join(tempDir(), "cdktf.out");
    synth(dir, { outdir });
    fs.rmSync(path.join(dir, "municipalities/27140-dong-gu.yaml"));
    synth(dir, { outdir });
    expect(fs.readdirSync(path.join(outdir, "stacks"))).not.toContain("tenant-27140");
  });

  it("synthesizes only municipalities up to the selected migration wave", () => {
    expect(synth(undefined, { wave: 1 }).stacks).toEqual([
      "core",
      "dr-27110",
      "dr-27140",
      "dr-27720",
      "tenant-27110",
      "tenant-27140",
      "tenant-27720",
    ]);
    expect(synth(undefined, { wave: 2 }).stacks).toHaveLength(1 + 6 + 2 + 6);
  });

  it("writes nothing when the config is invalid", () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["    grade: C", "    grade: X"]);
    const outdir = path.join(tempDir(), "cdktf.out");
    const result = synthesize({ configDir: dir, outdir });
    expect(result.problems).toHaveLength(1);
    expect(fs.existsSync(outdir)).toBe(false);
  });

  it("fails, and leaves no stack to deploy, when what it synthesized breaks network separation", () => {
    const outdir = path.join(tempDir(), "cdktf.out");
    const result = synthesize({
      configDir: SAMPLE_CONFIG,
      outdir,
      // A site extension that puts a floating IP on an internal port: the proof must catch it.
      extend: (app) => {
        const stack = app.node.findChild("tenant-27110");
        const network = stack.node.findChild("internal-network").node.findChild("network") as NetworkingNetworkV2;
        const port = new NetworkingPortV2(stack, "exposed-port", { networkId: network.id });
        new NetworkingFloatingipV2(stack, "exposed-ip", { pool: "public-internet", portId: port.id });
      },
    });
    expect(result.stacks).toBeUndefined();
    expect(open(result.findings).map((f) => `${f.rule} ${f.address}`)).toEqual([
      "RCC-NET-003 openstack_networking_floatingip_v2.exposed-ip",
      "RCC-SEP-003 openstack_networking_floatingip_v2.exposed-ip",
    ]);
    expect(fs.readdirSync(path.join(outdir, "stacks"))).toEqual([]);
  });

  it("fails on a reference between stacks: stacks find each other's objects by name only", () => {
    const outdir = path.join(tempDir(), "cdktf.out");
    const result = synthesize({
      configDir: SAMPLE_CONFIG,
      outdir,
      extend: (app) => {
        const tenant = app.node.findChild("tenant-27170");
        const project = tenant.node.findChild("tenant").node.findChild("project") as IdentityProjectV3;
        const systems = app.node.findChild("systems-27170") as TerraformStack;
        new NetworkingSecgroupV2(systems, "cross", { name: "x", description: "x", tenantId: project.id });
      },
    });
    expect(result.stacks).toBeUndefined();
    expect(open(result.findings).map((f) => `${f.rule} ${f.stack} ${f.message}`)).toEqual([
      expect.stringMatching(
        /^RCC-REF-001 systems-27170 refers to openstack_identity_project_v3\.tenant_project_\w+, which is not in this stack$/,
      ),
    ]);
  });

  it("contains no credentials: the provider names a clouds.yaml entry only", () => {
    const out = synth();
    for (const name of out.stacks) {
      expect(out.raw(name)).not.toMatch(
        /"(password|token|application_credential_secret|secret_key|access_key|key)"\s*:/,
      );
    }
  });
});

describe("state backend", () => {
  it("keeps local state in the state directory, one file per stack, by a path relative to the stack folder", () => {
    const out = synth();
    expect(out.stack("core").terraform.backend).toEqual({ local: { path: "../../../state/core.tfstate" } });
    expect(out.stack("tenant-27110").terraform.backend).toEqual({
      local: { path: "../../../state/tenant-27110.tfstate" },
    });
  });

  it("uses an S3-compatible backend with path-style addressing, one key per stack and a lock file when asked", () => {
    const dir = sampleConfig();
    edit(dir, REGION, [
      "  backend: local\n  directory: state",
      [
        "  backend: s3",
        "  s3:",
        "    bucket: rcc-state",
        "    endpoint: https://rgw.daegu.example:8443",
        "    region: daegu",
        "    keyPrefix: rcc/daegu",
        "    useLockfile: true",
      ].join("\n"),
    ]);
    expect(synth(dir).stack("tenant-27110").terraform.backend).toEqual({
      s3: {
        bucket: "rcc-state",
        key: "rcc/daegu/tenant-27110.tfstate",
        region: "daegu",
        endpoints: { s3: "https://rgw.daegu.example:8443" },
        encrypt: false,
        use_path_style: true,
        skip_credentials_validation: true,
        skip_region_validation: true,
        skip_requesting_account_id: true,
        skip_metadata_api_check: true,
        skip_s3_checksum: true,
        use_lockfile: true,
      },
    });
  });
});
