/**
 * `npm run provider`: the real OpenStack provider, built from its Go module into
 * .build/provider/ as a Terraform filesystem mirror with a CLI config that installs it. A
 * binary already built from the same module, version and Go is kept.
 */
import * as path from "node:path";
import { PROVIDER_VERSION } from "../plan/mirror";
import { buildRealProvider, PROVIDER_MODULE } from "../plan/real-provider";

try {
  const build = buildRealProvider();
  const what = build.built ? "built" : "already built, kept";
  console.log(
    `${PROVIDER_MODULE}@v${PROVIDER_VERSION}: ${what} in ${build.seconds.toFixed(1)} s: ` +
      path.relative(process.cwd(), build.executable),
  );
  console.log(`Terraform installs it with TF_CLI_CONFIG_FILE=${path.relative(process.cwd(), build.cliConfigFile)}`);
} catch (error) {
  console.error(`npm run provider: ${(error as Error).message}`);
  process.exitCode = 1;
}
