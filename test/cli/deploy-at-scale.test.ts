/**
 * What docs/operations.md's "Deploying many tenants" relies on: one state per stack, wave selection that
 * matches cdktf's stack globs, and the cdktf CLI options it names.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { writeScaledConfig } from "../helpers/synthetic-config";
import { edit, REGION, SAMPLE_CONFIG, sampleConfig, tempDir } from "../helpers/config";
import { synth } from "../helpers/synth";

const ROOT = path.resolve(__dirname, "../..");

/** Where each stack keeps its state: the local path or the S3 key. */
function stateOf(out: ReturnType<typeof synth>): string[] {
  return out.stacks.map((name) => {
    const backend = out.stack(name).terraform.backend;
    const [type, settings] = Object.entries(backend)[0];
    return `${type}:${String(settings.path ?? settings.key)}`;
  });
}

describe("deploying many tenants", () => {
  it("gives every stack its own state, locally and in S3, so one tenant's failure never blocks another", () => {
    const config = path.join(tempDir(), "config");
    writeScaledConfig(config, parse(fs.readFileSync(path.join(SAMPLE_CONFIG, "region.yaml"), "utf8")), 12, 6);
    const local = stateOf(synth(config));
    expect(new Set(local).size).toBe(local.length);
    expect(local).toContain("local:../../../state/tenant-27100.tfstate");

    const s3 = sampleConfig();
    edit(s3, REGION, [
      "  backend: local\n  directory: state",
      "  backend: s3\n  s3: { bucket: rcc-state, endpoint: https://rgw.example:8443, region: daegu, keyPrefix: rcc/daegu, useLockfile: true }",
    ]);
    const keys = stateOf(synth(s3));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain("s3:rcc/daegu/tenant-27110.tfstate");
  });

  it("synthesizes, for RCC_WAVE=1, exactly the wave's tenants under the 'tenant-*' glob", () => {
    const wave1 = synth(SAMPLE_CONFIG, { wave: 1 }).stacks.filter((s) => /^tenant-/.test(s));
    const center = synth(SAMPLE_CONFIG);
    const expected = center.stacks.filter(
      (s) => /^tenant-/.test(s) && ["27110", "27140", "27720"].includes(s.slice(7)),
    );
    expect(wave1).toEqual(expected);
  });

  it("uses cdktf deploy options that exist: --parallelism and --auto-approve", () => {
    const help = execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules/cdktf-cli/bundle/bin/cdktf"), "deploy", "--help"],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, CHECKPOINT_DISABLE: "1", DISABLE_VERSION_CHECK: "1" },
      },
    );
    expect(help).toContain("--parallelism");
    expect(help).toContain("--auto-approve");
  });
});
