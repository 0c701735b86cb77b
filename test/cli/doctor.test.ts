import * as fs from "node:fs";
import * as path from "node:path";
import { loadCenter } from "../../model/load";
import { stackPlan } from "../../stacks/app";
import {
  DONG_GU,
  edit,
  FINAL_BACKUP,
  REGION,
  REQUESTED,
  SEO_GU,
  sampleConfig,
  setLifecycle,
  tempDir,
} from "../helpers/config";
import { rcc } from "../helpers/rcc";
import { terraformState } from "../helpers/terraform-state";

/** A copy of the sample config whose local states live in a scratch directory (an absolute state.directory). */
function project(): { config: string; stateDir: string } {
  const config = sampleConfig();
  const stateDir = path.join(tempDir(), "state");
  edit(config, REGION, ["  directory: state", `  directory: ${stateDir}`]);
  fs.mkdirSync(stateDir);
  return { config, stateDir };
}

function writeStates(stateDir: string, states: Record<string, number>): void {
  for (const [stack, resources] of Object.entries(states)) {
    fs.writeFileSync(path.join(stateDir, `${stack}.tfstate`), terraformState(resources));
  }
}

function plannedStacks(config: string): string[] {
  return stackPlan(loadCenter(config).center!).map((s) => s.name);
}

/** Every planned stack deployed, each holding a few resources. */
function deployed(config: string, stateDir: string): void {
  writeStates(stateDir, Object.fromEntries(plannedStacks(config).map((stack) => [stack, 4])));
}

const RESTORE_ADVICE =
  "set lifecycle.state: decommissioning, so the next deploy destroys its services and keeps its data until the " +
  "final backup is approved; never delete a municipality file while its stacks hold infrastructure";

describe("rcc doctor with local state", () => {
  it("is clean and exits 0 when every state belongs to a stack the config plans", async () => {
    const { config, stateDir } = project();
    deployed(config, stateDir);
    expect(await rcc(["doctor", "--config", config])).toEqual({
      code: 0,
      out: `rcc doctor: no orphans; 21 stacks planned, 21 states in ${stateDir} (local)`,
      err: "",
    });
  });

  it("with no state directory yet, finds no states and lists the stacks not deployed", async () => {
    const config = sampleConfig();
    edit(config, REGION, ["  directory: state", `  directory: ${path.join(tempDir(), "never-made")}`]);
    const result = await rcc(["doctor", "--config", config]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /^notice NOT-DEPLOYED: 21 planned stacks have no state yet \(not deployed\): core, dr-27110, .*, and 11 more$/m,
    );
    expect(result.out).toMatch(
      /rcc doctor: no orphans; 21 stacks planned, no states found in \S+never-made \(local\)$/,
    );
  });

  it("reports an ORPHAN for a state holding resources whose municipality has no file (tenant-27999), and exits 1", async () => {
    const { config, stateDir } = project();
    deployed(config, stateDir);
    writeStates(stateDir, { "tenant-27999": 12 });
    const result = await rcc(["doctor", "--config", config]);
    expect(result.code).toBe(1);
    expect(result.out.split("\n")).toEqual([
      "error ORPHAN tenant-27999: 12 resources in its state, but no municipality file has code 27999, so no deploy " +
        "manages them any more. Restore the municipality's file " +
        `(${path.join(config, "municipalities", "27999-<name>.yaml")}, from version control) and ${RESTORE_ADVICE}`,
      `rcc doctor: 1 error; 21 stacks planned, 22 states in ${stateDir} (local)`,
    ]);
  });

  it("reports an ORPHAN for each stack of a municipality whose file was deleted while its stacks hold infrastructure", async () => {
    const { config, stateDir } = project();
    deployed(config, stateDir);
    fs.rmSync(path.join(config, DONG_GU));
    const result = await rcc(["doctor", "--config", config]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /^error ORPHAN dr-27140: 4 resources in its state, but no municipality file has code 27140/m,
    );
    expect(result.out).toMatch(
      /^error ORPHAN tenant-27140: 4 resources in its state, but no municipality file has code 27140/m,
    );
    expect(result.out).toContain(RESTORE_ADVICE);
    expect(result.out).toMatch(/rcc doctor: 2 errors; 19 stacks planned, 21 states in /);
  });

  it("an empty state for a stack the config does not plan is only a notice: a leftover, exit 0", async () => {
    const { config, stateDir } = project();
    deployed(config, stateDir);
    writeStates(stateDir, { "tenant-27888": 0 });
    expect(await rcc(["doctor", "--config", config])).toEqual({
      code: 0,
      out: [
        "notice LEFTOVER-STATE tenant-27888: no infrastructure in its state and the config plans no such stack: " +
          "a leftover state, safe to delete once reviewed",
        `rcc doctor: 1 leftover state; 21 stacks planned, 22 states in ${stateDir} (local)`,
      ].join("\n"),
      err: "",
    });
  });

  it("reports RETIRED-WITH-INFRASTRUCTURE when a municipality was retired while its stacks still hold resources", async () => {
    const { config, stateDir } = project();
    deployed(config, stateDir);
    writeStates(stateDir, { "dr-systems-27170": 0 });
    setLifecycle(config, SEO_GU, {
      state: "retired",
      decommissioning: REQUESTED,
      finalBackup: FINAL_BACKUP,
      retiredOn: "2026-12-01",
    });
    const result = await rcc(["doctor", "--config", config]);
    expect(result.code).toBe(1);
    const seoGu = path.join(config, SEO_GU);
    for (const stack of ["dr-27170", "systems-27170", "tenant-27170"]) {
      expect(result.out).toContain(
        `error RETIRED-WITH-INFRASTRUCTURE ${stack}: 4 resources in its state, but 27170 (대구광역시 서구) is retired: ` +
          "it was retired before a decommissioning deploy destroyed them, and no deploy touches its stacks now. " +
          `In ${seoGu} set lifecycle.state back to decommissioning (keep the request and final backup, remove retiredOn) ` +
          "and deploy, then retire it again",
      );
    }
    expect(result.out).toContain(
      "notice LEFTOVER-STATE dr-systems-27170: no infrastructure in its state and the config plans no such stack (27170 is retired)",
    );
    expect(result.out).toMatch(/rcc doctor: 3 errors, 1 leftover state; 17 stacks planned, 21 states in /);
  });

  it("reports an ORPHAN for a stack its municipality no longer plans (systems removed from the build)", async () => {
    const { config, stateDir } = project();
    deployed(config, stateDir);
    writeStates(stateDir, { "systems-27110": 2 });
    const result = await rcc(["doctor", "--config", config]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /^error ORPHAN systems-27110: 2 resources in its state, but the config no longer plans this stack for 27110 \(대구광역시 중구\), so no deploy manages them any more\. Bring back what planned it \(systems with a build block\)/m,
    );
  });

  it("--json prints the report for tools, keys sorted, findings errors first", async () => {
    const { config, stateDir } = project();
    writeStates(stateDir, { core: 9, "tenant-27110": 3, "tenant-27888": 0, "tenant-27999": 1 });
    const result = await rcc(["doctor", "--config", config, "--json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out);
    expect(report).toEqual({
      backend: "local",
      errors: 1,
      findings: [
        {
          code: "27999",
          level: "error",
          message: expect.stringMatching(/^1 resource in its state, but no municipality/),
          resources: 1,
          rule: "ORPHAN",
          stack: "tenant-27999",
        },
        {
          code: "27888",
          level: "notice",
          message: expect.any(String),
          resources: 0,
          rule: "LEFTOVER-STATE",
          stack: "tenant-27888",
        },
      ],
      location: stateDir,
      notDeployed: plannedStacks(config)
        .filter((s) => s !== "core" && s !== "tenant-27110")
        .sort(),
      notices: 1,
      planned: 21,
      states: 4,
    });
    expect(Object.keys(report)).toEqual(Object.keys(report).sort());
    expect(Object.keys(report.findings[0])).toEqual(["code", "level", "message", "resources", "rule", "stack"]);
  });

  it("refuses an invalid config as rcc validate does, and reads no state", async () => {
    const config = sampleConfig();
    edit(config, REGION, ["  directory: state", "  directory: state\n  dirctory: typo"]);
    const result = await rcc(["doctor", "--config", config]);
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toMatch(/region\.yaml:\d+: state\.dirctory: unknown field/);
    expect(result.err).toMatch(/rcc: 1 problem\(s\) in .*; no states were read$/);
  });

  it("a state file that is not a Terraform state is a one-line error, exit 1", async () => {
    const { config, stateDir } = project();
    fs.writeFileSync(path.join(stateDir, "tenant-27999.tfstate"), "<html>");
    expect(await rcc(["doctor", "--config", config])).toEqual({
      code: 1,
      out: "",
      err: `rcc doctor: ${path.join(stateDir, "tenant-27999.tfstate")}: not a Terraform state (not JSON)`,
    });
  });
});
