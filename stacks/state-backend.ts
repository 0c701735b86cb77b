import * as path from "node:path";
import { LocalBackend, S3Backend, TerraformStack } from "cdktf";
import { Region } from "../model/center";

export interface StateLocation {
  /** Directory the project is run from; local state paths are relative to it. */
  readonly projectDir: string;
  /** Synth output directory, e.g. cdktf.out. */
  readonly outdir: string;
}

/** Where local states go, relative to the project directory, when region.yaml names none. */
export const DEFAULT_STATE_DIRECTORY = "state";

export const STATE_FILE_SUFFIX = ".tfstate";

/** Each stack's state file, by its name: in the local directory, and under the S3 key prefix. */
export const stateFileName = (stackName: string) => `${stackName}${STATE_FILE_SUFFIX}`;

/** The stack a state file name belongs to (`tenant-27110.tfstate`), or undefined for any other name. */
export function stackOfStateFile(fileName: string): string | undefined {
  const stack = fileName.endsWith(STATE_FILE_SUFFIX) ? fileName.slice(0, -STATE_FILE_SUFFIX.length) : "";
  return stack !== "" && !stack.includes("/") ? stack : undefined;
}

/**
 * One state per stack, so a failure in one tenant never blocks another. Local paths are written
 * relative to the stack's folder (where Terraform runs), never absolute, so output is the same
 * on every machine.
 */
export function configureStateBackend(
  stack: TerraformStack,
  stackName: string,
  region: Region,
  where: StateLocation,
): void {
  const { state } = region;
  if (state.backend === "s3" && state.s3) {
    const s3 = state.s3;
    const backend = new S3Backend(stack, {
      bucket: s3.bucket,
      key: `${s3.keyPrefix}/${stateFileName(stackName)}`,
      region: s3.region,
      endpoints: { s3: s3.endpoint },
      usePathStyle: true,
      skipCredentialsValidation: true,
      skipRegionValidation: true,
      skipRequestingAccountId: true,
      skipMetadataApiCheck: true,
      skipS3Checksum: true,
      encrypt: false,
    });
    // cdktf 0.21's S3Backend predates use_lockfile (GA in Terraform 1.11).
    if (s3.useLockfile) backend.addOverride("use_lockfile", true);
    return;
  }
  const stackDir = path.resolve(where.projectDir, where.outdir, "stacks", stackName);
  const stateFile = path.resolve(
    where.projectDir,
    state.directory ?? DEFAULT_STATE_DIRECTORY,
    stateFileName(stackName),
  );
  new LocalBackend(stack, { path: path.relative(stackDir, stateFile).split(path.sep).join("/") });
}
