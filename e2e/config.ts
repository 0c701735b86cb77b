import * as fs from "node:fs";
import * as path from "node:path";
import { editableYaml } from "../model/migrations/editable-yaml";
import { PROJECT_DIR } from "../plan/project-dir";
import { E2E_CONFIG_DIR, E2E_STATE_DIR } from "./paths";

const SAMPLE = path.join(PROJECT_DIR, "config");

/**
 * What the e2e deploys: the sample itself, with only what a throwaway cloud needs changed, each
 * for the reason given. Every resource type and option the sample emits stays.
 */
export interface E2eConfig {
  readonly configDir: string;
  /** Why each change from the sample was made, for the run's report. */
  readonly changes: readonly string[];
}

export function writeE2eConfig(options: {
  fwaas: boolean;
  domainIdOf: (name: string) => string;
  partnerAccount: () => string;
}): E2eConfig {
  fs.rmSync(E2E_CONFIG_DIR, { recursive: true, force: true });
  fs.cpSync(SAMPLE, E2E_CONFIG_DIR, { recursive: true });
  const changes = ["state.directory: the e2e's states live in .build/e2e/state, never in the project's state/"];
  editRegion((doc) => {
    doc.setIn(["state", "directory"], path.relative(PROJECT_DIR, E2E_STATE_DIR));
    const standbyDomain = String(doc.getIn(["drPartner", "standby", "domainId"]));
    doc.setIn(["drPartner", "standby", "domainId"], options.domainIdOf(standbyDomain));
    doc.setIn(["drPartner", "containerSync", "account"], options.partnerAccount());
    changes.push(
      "drPartner.containerSync.account: the partner admin's Swift account, whose id Keystone generates",
      `drPartner.standby.domainId: the id of the domain named ${standbyDomain}; Keystone gives domains UUIDs, never a chosen id`,
    );
    if (!options.fwaas) {
      doc.set("fwaas", false);
      changes.push("fwaas: false: the test cloud has no FWaaS v2 (not packaged for Debian 12)");
    }
  });
  return { configDir: E2E_CONFIG_DIR, changes };
}

/** Edits a municipality file of the e2e config in place (the change step of the run). */
export function editMunicipality(file: string, change: (doc: ReturnType<typeof editableYaml>["doc"]) => void): void {
  editFile(path.join(E2E_CONFIG_DIR, "municipalities", file), change);
}

function editRegion(change: (doc: ReturnType<typeof editableYaml>["doc"]) => void): void {
  editFile(path.join(E2E_CONFIG_DIR, "region.yaml"), change);
}

function editFile(file: string, change: (doc: ReturnType<typeof editableYaml>["doc"]) => void): void {
  const yaml = editableYaml(fs.readFileSync(file, "utf8"));
  change(yaml.doc);
  fs.writeFileSync(file, yaml.text());
}
