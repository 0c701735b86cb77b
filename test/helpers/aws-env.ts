import * as fs from "node:fs";
import * as path from "node:path";
import { tempDir } from "./config";

export type AwsEnv = Readonly<Record<string, string>>;

/**
 * An environment in which the AWS SDK sees only `vars`: every AWS_* variable of the machine
 * removed, HOME and the shared credentials and config files in a scratch directory (empty unless
 * `vars` points elsewhere), so a test never reads the real ~/.aws.
 */
export function isolatedAwsEnv(vars: AwsEnv = {}): NodeJS.ProcessEnv {
  const home = tempDir();
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("AWS_")));
  return {
    ...inherited,
    HOME: home,
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, "no-credentials"),
    AWS_CONFIG_FILE: path.join(home, "no-config"),
    ...vars,
  };
}

/** Runs `run` with process.env as isolatedAwsEnv(vars), then restores it. */
export async function withAwsEnv<T>(vars: AwsEnv, run: () => Promise<T>): Promise<T> {
  const restore = useAwsEnv(vars);
  try {
    return await run();
  } finally {
    restore();
  }
}

/** Makes process.env isolatedAwsEnv(vars), changed in place as Node reads it; returns what restores it. */
export function useAwsEnv(vars: AwsEnv = {}): () => void {
  const saved = { ...process.env };
  replaceEnv(isolatedAwsEnv(vars));
  return () => replaceEnv(saved);
}

function replaceEnv(env: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name];
  Object.assign(process.env, env);
}

/** A shared credentials file holding these profiles (name to access key id and secret). */
export function credentialsFile(profiles: Readonly<Record<string, { id: string; secret: string }>>): string {
  const file = path.join(tempDir(), "credentials");
  const sections = Object.entries(profiles).map(
    ([name, key]) => `[${name}]\naws_access_key_id = ${key.id}\naws_secret_access_key = ${key.secret}\n`,
  );
  fs.writeFileSync(file, sections.join("\n"));
  return file;
}
