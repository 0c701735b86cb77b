import * as fs from "node:fs";
import * as path from "node:path";
import { builtTofu, terraformBinary } from "../../plan/terraform";
import { tempDir } from "../helpers/config";

/** A folder for PATH holding executables of these names. */
function binWith(...programs: string[]): string {
  const bin = tempDir();
  for (const program of programs) fs.writeFileSync(path.join(bin, program), "#!/bin/sh\n", { mode: 0o755 });
  return bin;
}

function projectWithTofu(): string {
  const project = tempDir();
  fs.mkdirSync(path.dirname(builtTofu(project)), { recursive: true });
  fs.writeFileSync(builtTofu(project), "#!/bin/sh\n", { mode: 0o755 });
  return project;
}

describe("which Terraform rcc runs", () => {
  it("runs the machine's terraform when the PATH has one, even beside a built OpenTofu", () => {
    expect(terraformBinary({ PATH: binWith("terraform") }, projectWithTofu())).toBe("terraform");
  });

  it("runs the OpenTofu `npm run terraform` built when the machine has no terraform", () => {
    const project = projectWithTofu();
    expect(terraformBinary({ PATH: binWith("git") }, project)).toBe(path.join(project, ".build/bin/tofu"));
    expect(terraformBinary({ PATH: binWith(), RCC_TERRAFORM: "tofu" }, project)).toBe(builtTofu(project));
  });

  it("runs what RCC_TERRAFORM names when the PATH has it", () => {
    expect(terraformBinary({ PATH: binWith("tofu"), RCC_TERRAFORM: "tofu" }, projectWithTofu())).toBe("tofu");
  });

  it("names terraform (for the error that says how to get one) when there is none at all", () => {
    expect(terraformBinary({ PATH: binWith() }, tempDir())).toBe("terraform");
    expect(terraformBinary({ PATH: binWith(), RCC_TERRAFORM: "/opt/tf/terraform" }, projectWithTofu())).toBe(
      "/opt/tf/terraform",
    );
  });

  it("does not take a folder or a file without the execute bit for a program", () => {
    const bin = tempDir();
    fs.mkdirSync(path.join(bin, "terraform"));
    fs.writeFileSync(path.join(bin, "tofu"), "", { mode: 0o644 });
    const project = projectWithTofu();
    expect(terraformBinary({ PATH: bin }, project)).toBe(builtTofu(project));
    expect(terraformBinary({ PATH: bin, RCC_TERRAFORM: "tofu" }, project)).toBe(builtTofu(project));
  });
});
