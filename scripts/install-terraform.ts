/**
 * `npm run terraform`: makes sure rcc has a Terraform to run. Keeps the one the machine has
 * (RCC_TERRAFORM, else `terraform` on PATH); without one, builds OpenTofu from the Go module
 * proxy into .build/bin/tofu, which rcc then finds by itself.
 */
import * as path from "node:path";
import { buildGoProgram } from "../plan/go-build";
import { PROJECT_DIR } from "../plan/project-dir";
import { builtTofu, onPath, OPENTOFU, wantedTerraform } from "../plan/terraform";

const wanted = wantedTerraform(process.env);
try {
  if (onPath(wanted, process.env)) {
    console.log(`npm run terraform: using ${wanted} from the machine`);
  } else {
    const output = builtTofu(PROJECT_DIR);
    const build = buildGoProgram({ ...OPENTOFU, output });
    const what = build.built ? "built" : "already built, kept";
    console.log(
      `npm run terraform: no ${wanted} on this machine; OpenTofu ${OPENTOFU.version} ${what} in ` +
        `${build.seconds.toFixed(1)} s: ${path.relative(process.cwd(), output)}\n` +
        `rcc finds it there; for cdktf deploy: export PATH=${path.dirname(output)}:$PATH TERRAFORM_BINARY_NAME=tofu`,
    );
  }
} catch (error) {
  console.error(`npm run terraform: ${(error as Error).message}`);
  process.exitCode = 1;
}
