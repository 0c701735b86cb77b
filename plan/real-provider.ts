import * as fs from "node:fs";
import * as path from "node:path";
import { REAL_PROVIDER_DIR } from "../contract/outputs";
import { buildGoProgram, GoBuildResult } from "./go-build";
import { PROJECT_DIR } from "./project-dir";
import { mirrorCliConfig, PROVIDER_EXECUTABLE, PROVIDER_VERSION, ProviderMirror, providerFolder } from "./mirror";

/** The provider's Go module: the proxy serves its source, and rcc builds it from there. */
export const PROVIDER_MODULE = "github.com/terraform-provider-openstack/terraform-provider-openstack/v3";

const paths = (projectDir: string) => {
  const dir = path.resolve(projectDir, REAL_PROVIDER_DIR);
  const mirror = path.join(dir, "mirror");
  return { dir, mirror, executable: path.join(providerFolder(mirror), PROVIDER_EXECUTABLE) };
};

/** The real provider `npm run provider` built, with a CLI config installing it; undefined when not built. */
export function realProvider(projectDir = PROJECT_DIR): ProviderMirror | undefined {
  const { dir, mirror, executable } = paths(projectDir);
  if (!fs.existsSync(executable) || !fs.existsSync(path.join(dir, "terraformrc"))) return undefined;
  return mirrorCliConfig(dir, mirror);
}

export interface ProviderBuild extends GoBuildResult {
  readonly executable: string;
  readonly cliConfigFile: string;
}

/**
 * Builds the OpenStack provider from its Go module into `.build/provider/`, laid out as a
 * Terraform filesystem mirror, with a CLI config that installs it from there.
 */
export function buildRealProvider(projectDir = PROJECT_DIR, env: NodeJS.ProcessEnv = process.env): ProviderBuild {
  const { dir, mirror, executable } = paths(projectDir);
  const program = { module: PROVIDER_MODULE, version: `v${PROVIDER_VERSION}`, mainPackage: ".", output: executable };
  const result = buildGoProgram(program, env);
  return { ...result, executable, cliConfigFile: mirrorCliConfig(dir, mirror).cliConfigFile };
}
