import * as path from "node:path";
import { LocalBackend, S3Backend, TerraformStack } from "cdktf";
import { DEFAULT_STATE_DIRECTORY, stackDir as stackDirOf, stateFileName, stateObjectKey } from "../contract/outputs";
import { Region } from "../model/center";

export interface StateLocation {
  /** Directory the project is run from; local state paths are relative to it. */
  readonly projectDir: string;
  /** Synth output directory, e.g. cdktf.out. */
  readonly outdir: string;
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
      key: stateObjectKey(s3.keyPrefix, stackName),
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
  const stackDir = path.resolve(where.projectDir, stackDirOf(where.outdir, stackName));
  const stateFile = path.resolve(
    where.projectDir,
    state.directory ?? DEFAULT_STATE_DIRECTORY,
    stateFileName(stackName),
  );
  new LocalBackend(stack, { path: path.relative(stackDir, stateFile).split(path.sep).join("/") });
}
