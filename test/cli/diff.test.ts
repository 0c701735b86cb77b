import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { SynthesisDiff } from "../../reports/diff";
import {
  addMunicipality,
  edit,
  FINAL_BACKUP,
  JUNG_GU,
  REQUESTED,
  SAMPLE_CONFIG,
  sampleAsFormat2,
  sampleConfig,
  SEO_GU,
  setLifecycle,
  tempDir,
} from "../helpers/config";
import { rcc } from "../helpers/rcc";

const COMPUTE_QUOTA = "openstack_compute_quotaset_v2.quotas_compute_6063A1BF";

async function diffJson(args: string[]): Promise<SynthesisDiff & { base: string; current: string }> {
  const result = await rcc(["diff", "--json", ...args]);
  expect(result).toMatchObject({ code: 0, err: "" });
  return JSON.parse(result.out);
}

function git(repo: string, ...args: string[]): void {
  const identity = ["-c", "user.name=rcc test", "-c", "user.email=rcc@example.invalid"];
  execFileSync("git", [...identity, ...args], { cwd: repo, stdio: "ignore" });
}

/** The sample config as it was in format 1. */
const FORMAT_1 = path.resolve(__dirname, "../fixtures/config-format-1");

/** A scratch copy of a config directory. */
function copyOf(source: string): string {
  const dir = path.join(tempDir(), "config");
  fs.cpSync(source, dir, { recursive: true });
  return dir;
}

/** A git repository holding a copy of a config (the sample by default) at `config/`, committed. */
function repoWithConfig(source = SAMPLE_CONFIG): { repo: string; config: string } {
  const repo = tempDir("rcc-diff-repo-");
  const config = path.join(repo, "config");
  fs.cpSync(source, config, { recursive: true });
  git(repo, "init", "--quiet");
  git(repo, "add", ".");
  git(repo, "commit", "--quiet", "-m", "sample config");
  return { repo, config };
}

describe("rcc diff", () => {
  it("says there are no changes when both configs synthesize the same", async () => {
    expect(await rcc(["diff", "--base", SAMPLE_CONFIG])).toEqual({
      code: 0,
      out: `# rcc diff: ${SAMPLE_CONFIG} → ${SAMPLE_CONFIG}\n\nNo changes.`,
      err: "",
    });
  });

  it("shows a quota change as the one quota resource changed, old and new, in the tenant and its DR standby only", async () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, ["  vcpus: 80", "  vcpus: 100"]);
    const diff = await diffJson(["--base", SAMPLE_CONFIG, "--config", dir]);
    // The DR standby tenant at the partner mirrors the quotas, so the failover has the same capacity.
    const quotaChange = {
      address: COMPUTE_QUOTA,
      arguments: [{ name: "cores", change: "changed", base: 80, current: 100 }],
    };
    const unchanged = { added: [], removed: [], provider: [], backend: [], status: "changed" };
    expect(diff.stacks).toEqual([
      { name: "dr-27110", changed: [quotaChange], ...unchanged },
      { name: "tenant-27110", changed: [quotaChange], ...unchanged },
    ]);
    expect(diff.summary.resources).toEqual({ added: 0, changed: 2, removed: 0 });
    expect(diff.findings).toEqual({ appeared: [], disappeared: [], suppressionChanged: [] });
    expect(diff).toMatchObject({ base: SAMPLE_CONFIG, current: dir });
  });

  it("shows the stacks of a new municipality as added", async () => {
    const dir = sampleConfig();
    addMunicipality(dir, "27999", "new-gu", "10.27.192.0/20", "10.127.100.0/24");
    const result = await rcc(["diff", "--base", SAMPLE_CONFIG, "--config", dir]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /^2 stacks changed \(2 added\): \+\d+ ~0 -0 resources; findings: \+0 -0; paths: \+\d+ -0$/m,
    );
    expect(result.out.match(/^## .*$/gm)).toEqual([
      "## Lifecycle",
      "## Reachability",
      "## dr-27999 (added)",
      "## tenant-27999 (added)",
    ]);
    expect(result.out).toMatch(/^- .* \(27999\): absent → active$/m);
    // A new municipality's paths are one line: its matrix is in the audit report.
    expect(result.out).toMatch(
      /^## Reachability\n\n### Opened\n\n- 27999: \d+ path\(s\) \(new: its every path\)\n\n## dr-27999/m,
    );
    expect(result.out).toContain("- 1 × `openstack_identity_project_v3`");
  });

  it("takes --base as a git ref: the config directory as committed", async () => {
    const { config } = repoWithConfig();
    edit(config, JUNG_GU, ["  vcpus: 80", "  vcpus: 100"]);
    const result = await rcc(["diff", "--base", "HEAD", "--config", config]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const [heading, , summary] = result.out.split("\n");
    expect(heading).toMatch(new RegExp(`^# rcc diff: HEAD \\([0-9a-f]{7}\\) → ${config}$`));
    expect(summary).toBe("2 stacks changed: +0 ~2 -0 resources; findings: +0 -0");
    expect(result.out).toContain(
      `## tenant-27110 (changed)\n\nChanged:\n\n- \`${COMPUTE_QUOTA}\`: \`cores: 80 → 100\``,
    );
  });

  it("names the files at the ref when the base config there is invalid, and exits 1", async () => {
    const { repo, config } = repoWithConfig();
    edit(config, JUNG_GU, ["    grade: C", "    grade: X"]);
    git(repo, "commit", "--quiet", "--all", "-m", "grade X");
    edit(config, JUNG_GU, ["    grade: X", "    grade: C"]);
    const result = await rcc(["diff", "--base", "HEAD", "--config", config]);
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toMatch(
      /^HEAD:config\/municipalities\/27110-jung-gu\.yaml:60: systems\[2\]\.grade: must be one of C, S, O; got "X"\n/,
    );
    expect(result.err).toMatch(
      /rcc diff: 1 problem\(s\) in the base config \(HEAD \([0-9a-f]{7}\)\); nothing compared$/,
    );
  });

  it("exits 1 naming the base side when the base config directory is invalid", async () => {
    const base = sampleConfig();
    edit(base, JUNG_GU, ["  vcpus: 80", "  vcpus: lots"]);
    const result = await rcc(["diff", "--base", base]);
    expect(result).toEqual({
      code: 1,
      out: "",
      err:
        `${base}/${JUNG_GU}:18: quotas.vcpus: must be a whole number; got "lots"\n` +
        `rcc diff: 1 problem(s) in the base config (${base}); nothing compared`,
    });
    const current = sampleConfig();
    edit(current, JUNG_GU, ["  ports: 100", "  ports: -1"]);
    expect((await rcc(["diff", "--base", base, "--config", current])).err).toMatch(
      /in the base config .*\n.*quotas\.ports: must be >= 0; got -1\nrcc diff: 1 problem\(s\) in the current config /,
    );
  });

  it("compares a base in an older config format as migrate-config upgrades it: the format upgrade changes nothing", async () => {
    const { repo, config } = repoWithConfig(FORMAT_1);
    const migrated = await rcc(["migrate-config", "--config", config]);
    expect(migrated.code).toBe(0);
    git(repo, "commit", "--quiet", "--all", "-m", "config format 3");
    const result = await rcc(["diff", "--base", "HEAD~1", "--config", config]);
    expect(result).toEqual({
      code: 0,
      out: expect.stringMatching(/^# rcc diff: HEAD~1 \([0-9a-f]{7}\) → .*\n\nNo changes\.$/),
      err: expect.stringMatching(
        /^rcc diff: 10 file\(s\) of the base config \(HEAD~1 \([0-9a-f]{7}\)\) are in an older format \(1\); compared as `npx rcc migrate-config` upgrades them to format 3$/,
      ),
    });
    // In memory only: the ref's files, extracted or not, are never rewritten.
    expect(execFileSync("git", ["show", "HEAD~1:config/region.yaml"], { cwd: repo, encoding: "utf8" })).toMatch(
      /^schemaVersion: 1$/m,
    );
  });

  it("shows what a change beside a format upgrade does, naming an older base directory's files as they are", async () => {
    const current = sampleAsFormat2();
    edit(current, JUNG_GU, ["  vcpus: 80", "  vcpus: 100"]);
    const result = await rcc(["diff", "--base", FORMAT_1, "--config", current]);
    expect(result.code).toBe(0);
    // The sample accepts one finding that the format-1 fixture, older than that rule, does not.
    expect(result.out).toMatch(
      /^2 stacks changed: \+0 ~2 -0 resources; findings: \+0 -0, 1 suppression\(s\) changed$/m,
    );
    const base = copyOf(FORMAT_1);
    edit(base, JUNG_GU, ["  vcpus: 80", "  vcpus: lots"]);
    expect((await rcc(["diff", "--base", base])).err.split("\n")).toEqual([
      expect.stringMatching(/^rcc diff: 10 file\(s\) of the base config .* are in an older format \(1\)/),
      `${base}/${JUNG_GU}:18: quotas.vcpus: must be a whole number; got "lots"`,
      `rcc diff: 1 problem(s) in the base config (${base}); nothing compared`,
    ]);
  });

  it("exits 2 naming a --base that is neither a directory nor a git ref, or a missing --base", async () => {
    expect(await rcc(["diff", "--base", "no-such-ref"])).toEqual({
      code: 2,
      out: "",
      err:
        `rcc diff: --base no-such-ref: not a config directory, and not a commit, branch or tag of the git ` +
        `repository holding ${SAMPLE_CONFIG}\nusage: rcc diff --base DIR|REF [--config DIR] [--json]`,
    });
    const outside = sampleConfig();
    expect((await rcc(["diff", "--base", "HEAD", "--config", outside])).err).toMatch(
      new RegExp(`^rcc diff: --base HEAD: not a config directory, and ${outside} is not in a git repository`),
    );
    expect((await rcc(["diff"])).err).toMatch(/^rcc diff: --base is required/);
  });

  it("shows the path an added ingress rule opens, above the resource diff", async () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [
      '      - { from: "zone:internal", protocol: tcp, ports: [443], purpose: 사례관리 업무 화면 }\n',
      '      - { from: "zone:internal", protocol: tcp, ports: [443], purpose: 사례관리 업무 화면 }\n' +
        '      - { from: "system:payroll", protocol: tcp, ports: [8080], purpose: 급여 연계 }\n',
    ]);
    const result = await rcc(["diff", "--base", SAMPLE_CONFIG, "--config", dir]);
    expect(result.code).toBe(0);
    const [, , summary, , ...rest] = result.out.split("\n");
    expect(summary).toBe("2 stacks changed: +4 ~0 -0 resources; findings: +0 -0; paths: +1 -0");
    expect(rest.join("\n")).toMatch(
      /^## Reachability\n\n### Opened\n\n- 27110\/payroll → 27110\/welfare-case: tcp\/8080\n\n## dr-27110 \(changed\)/,
    );
    const diff = await diffJson(["--base", SAMPLE_CONFIG, "--config", dir]);
    expect(diff.reachability).toEqual({
      opened: [{ from: "27110/payroll", to: "27110/welfare-case", packet: "tcp/8080" }],
      closed: [],
      municipalities: { opened: [], closed: [] },
    });
    expect(diff.summary.paths).toEqual({ opened: 1, closed: 0 });
  });

  it("shows the path a removed ingress rule closes", async () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [
      '    ingress:\n      - { from: "zone:internal", protocol: tcp, ports: [443], purpose: 인사·급여 업무 화면 }\n',
      "",
    ]);
    const result = await rcc(["diff", "--base", SAMPLE_CONFIG, "--config", dir]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      "paths: +0 -1\n\n## Reachability\n\n### Closed\n\n- 27110/internal zone → 27110/payroll: tcp/443\n\n## dr-27110",
    );
    const diff = await diffJson(["--base", SAMPLE_CONFIG, "--config", dir]);
    expect(diff.reachability.closed).toEqual([{ from: "27110/internal zone", to: "27110/payroll", packet: "tcp/443" }]);
    expect(diff.reachability.opened).toEqual([]);
  });

  it("lists the finding a change brings: SSH opened to the internet appears as RCC-NET-001", async () => {
    const dir = sampleConfig();
    edit(dir, JUNG_GU, [
      "ports: [80, 443], purpose: 구청 홈페이지 공개",
      "ports: [22, 443], purpose: 구청 홈페이지 공개",
    ]);
    const diff = await diffJson(["--base", SAMPLE_CONFIG, "--config", dir]);
    expect(diff.findings.appeared.map((f) => [f.rule, f.level, f.stack])).toContainEqual([
      "RCC-NET-001",
      "error",
      "tenant-27110",
    ]);
    expect(diff.findings.disappeared).toEqual([]);
  });
});

describe("rcc diff on a municipality's lifecycle", () => {
  it("shows a decommissioning step and what its deploy destroys", async () => {
    const current = sampleConfig();
    setLifecycle(current, SEO_GU, { state: "decommissioning", decommissioning: REQUESTED });
    const diff = await diffJson(["--base", SAMPLE_CONFIG, "--config", current]);
    expect(diff.lifecycle).toEqual([{ code: "27170", name: "대구광역시 서구", from: "active", to: "decommissioning" }]);
    const tenant = diff.stacks.find((s) => s.name === "tenant-27170")!;
    expect(tenant.removed.some((a) => a.startsWith("openstack_networking_network_v2."))).toBe(true);
    expect(tenant.removed.some((a) => a.startsWith("openstack_identity_project_v3."))).toBe(false);
  });

  it.each([
    ["a deleted municipality file", (dir: string) => fs.rmSync(path.join(dir, SEO_GU)), "active → absent"],
    [
      "retiring in one step",
      (dir: string) =>
        setLifecycle(dir, SEO_GU, {
          state: "retired",
          decommissioning: REQUESTED,
          finalBackup: FINAL_BACKUP,
          retiredOn: "2026-12-01",
        }),
      "active → retired",
    ],
  ])("fails on %s, saying why", async (_, change, step) => {
    const current = sampleConfig();
    change(current);
    const result = await rcc(["diff", "--base", SAMPLE_CONFIG, "--config", current]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`## Lifecycle\n\n- 대구광역시 서구 (27170): ${step}: **refused**, `);
    expect(result.err).toBe("rcc diff: 1 lifecycle step(s) refused; see Lifecycle above");
  });
});
