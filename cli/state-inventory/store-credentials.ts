import * as os from "node:os";
import * as path from "node:path";
import { fromEnv, fromIni, propertyProviderChain } from "@aws-sdk/credential-providers";
import { StateBackendError } from "./errors";

export type AwsCredentials = Awaited<ReturnType<ReturnType<typeof fromEnv>>>;

/** The state store's credentials and where they were found, for errors (never the secret). */
export interface StoreCredentials {
  readonly credentials: AwsCredentials;
  readonly source: string;
}

/**
 * The sources Terraform's s3 backend reads, in its order (aws-sdk-go-base): AWS_ACCESS_KEY_ID and
 * AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN) in the environment, even when AWS_PROFILE is set;
 * then the profile AWS_PROFILE names (else `default`) in the shared credentials and config files,
 * read by the SDK (static keys, credential_process, SSO and role profiles). Never the EC2 or ECS
 * metadata services: the synthesized backend skips them (skip_metadata_api_check), and on a machine
 * without them a lookup only waits. Never rcc's config files: they are committed and reviewed.
 */
export async function storeCredentials(store: string): Promise<StoreCredentials> {
  const env = process.env;
  const profile = env.AWS_PROFILE || "default";
  const files = sharedFiles(env);
  const chain = propertyProviderChain<StoreCredentials>(
    async () => ({ credentials: await fromEnv()(), source: "AWS_ACCESS_KEY_ID in the environment" }),
    async () => ({ credentials: await fromIni()(), source: `profile "${profile}" in ${files}` }),
  );
  try {
    return await chain();
  } catch (error) {
    throw new StateBackendError(
      `no credentials for the state store ${store}: ${envPairProblem(env)}, and no usable profile "${profile}" ` +
        `in ${files} (${firstLine(error)}). Provide them as for Terraform's s3 backend: AWS_ACCESS_KEY_ID and ` +
        "AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN with temporary credentials), or a profile: AWS_PROFILE " +
        "names it, AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE say where its files are; " +
        "rcc never reads credentials from its config files",
    );
  }
}

function envPairProblem(env: NodeJS.ProcessEnv): string {
  const [key, secret] = [env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY];
  if (key && !secret) return "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not";
  if (secret && !key) return "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not";
  return "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set";
}

/** Where the SDK looks for profiles, as it resolves them. */
function sharedFiles(env: NodeJS.ProcessEnv): string {
  const home = path.join(os.homedir(), ".aws");
  const credentials = env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, "credentials");
  const config = env.AWS_CONFIG_FILE || path.join(home, "config");
  return `${credentials} or ${config}`;
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split("\n")[0];
}
