/**
 * Scratch projects the docs' examples run in: a folder holding a copy of the sample as `config/`,
 * committed to a fresh git repository (so `--base HEAD` and `--base main` work), then changed as
 * the example's scenario says. `<!-- example: output SCENARIO -->` names one of these.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { DONG_GU, edit, JUNG_GU, REGION, SAMPLE_CONFIG, tempDir } from "../helpers/config";
import { terraformState } from "../helpers/terraform-state";

const FORMAT_1 = path.resolve(__dirname, "../fixtures/config-format-1");

export interface Shared {
  /** A synthesis of the sample (cdktf.out), made once and copied where an example needs one. */
  readonly outdir: string;
}

interface Scenario {
  /** The config committed as `config/`: the sample unless said. */
  readonly config?: string;
  /** What changes after the commit. */
  readonly change?: (project: string, shared: Shared) => void;
}

export const SCENARIOS: Readonly<Record<string, Scenario>> = {
  /** The sample as shipped. */
  sample: {},

  /** The sample, synthesized into ./cdktf.out. */
  synthesized: {
    change: (project, shared) => fs.cpSync(shared.outdir, path.join(project, "cdktf.out"), { recursive: true }),
  },

  /** A typo in Gunwi-gun's quotas, Dong-gu's internal range over Jung-gu's, and RAM capacity cut to 2000 GiB. */
  invalid: {
    change: (project) => {
      const config = path.join(project, "config");
      edit(config, "municipalities/27720-gunwi-gun.yaml", ["  floatingIps:", "  floatingIp:"]);
      edit(config, DONG_GU, ["internal: 10.27.16.0/20", "internal: 10.27.8.0/21"]);
      edit(config, REGION, ["ramGiB: 12288", "ramGiB: 2000"]);
    },
  },

  /**
   * Deployed states in ./state for seven stacks (seven resources each) and an empty tenant-27888;
   * then Dong-gu's file is deleted.
   */
  orphans: {
    change: (project) => {
      const states = path.join(project, "state");
      fs.mkdirSync(states);
      const deployed = [
        "core",
        "tenant-27110",
        "dr-27110",
        "tenant-27140",
        "dr-27140",
        "tenant-27170",
        "systems-27170",
      ];
      for (const stack of deployed) fs.writeFileSync(path.join(states, `${stack}.tfstate`), terraformState(7));
      fs.writeFileSync(path.join(states, "tenant-27888.tfstate"), terraformState(0));
      fs.rmSync(path.join(project, "config", DONG_GU));
    },
  },

  /** The sample as it was in format 1 (test/fixtures/config-format-1), committed. */
  "format-1": { config: FORMAT_1 },

  /** The sample in format 1, with Jung-gu's file then claiming format 4. */
  "old-and-new-format": {
    config: FORMAT_1,
    change: (project) => edit(path.join(project, "config"), JUNG_GU, ["schemaVersion: 1", "schemaVersion: 4"]),
  },

  /** Jung-gu's homepage opened to SSH instead of HTTP, and its vCPU quota raised from 80 to 100. */
  "ssh-on-homepage": {
    change: (project) =>
      edit(
        path.join(project, "config"),
        JUNG_GU,
        ["ports: [80, 443], purpose: 구청 홈페이지 공개", "ports: [22, 443], purpose: 구청 홈페이지 공개"],
        ["  vcpus: 80\n", "  vcpus: 100\n"],
      ),
  },
};

/** A fresh scratch project in the named scenario. */
export function scratchProject(name: string, shared: Shared): string {
  const scenario = SCENARIOS[name];
  if (!scenario) throw new Error(`no scenario "${name}"; scenarios: ${Object.keys(SCENARIOS).join(", ")}`);
  const project = tempDir("rcc-docs-");
  fs.cpSync(scenario.config ?? SAMPLE_CONFIG, path.join(project, "config"), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=rcc-docs", "-c", "user.email=docs@rcc.example", ...args], {
      cwd: project,
      stdio: "ignore",
    });
  git("init", "--quiet", "--initial-branch=main");
  git("add", "config");
  git("commit", "--quiet", "--no-gpg-sign", "-m", "the config");
  scenario.change?.(project, shared);
  return project;
}
