import { StateBackendError } from "./errors";

export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Present with temporary credentials (STS). */
  readonly sessionToken?: string;
}

const REQUIRED = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"] as const;

/**
 * The state store's credentials, from the environment only: config files are committed and
 * reviewed, so a secret never goes there (region.yaml says where the store is, never how to log in).
 */
export function credentialsFromEnv(env: NodeJS.ProcessEnv, store: string): AwsCredentials {
  const missing = REQUIRED.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new StateBackendError(
      `${missing.join(" and ")} not set: reading the states in ${store} needs AWS_ACCESS_KEY_ID and ` +
        `AWS_SECRET_ACCESS_KEY in the environment (and AWS_SESSION_TOKEN with temporary credentials), ` +
        `the same as Terraform's s3 backend uses; rcc never reads them from config files`,
    );
  }
  return {
    accessKeyId: env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: env.AWS_SECRET_ACCESS_KEY!,
    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
  };
}
