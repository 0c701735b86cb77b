/** The synthesis pipeline's settings, shared by every rcc command and by the cdktf app (main.ts): flags win over environment variables. */
export const DEFAULT_CONFIG_DIR = "config";
export const DEFAULT_OUTDIR = "cdktf.out";

export class UsageError extends Error {}

export function configDirFrom(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? env.RCC_CONFIG_DIR ?? DEFAULT_CONFIG_DIR;
}

/** `--wave N` or RCC_WAVE: a whole number >= 1, or undefined for every wave. */
export function waveFrom(flag: string | undefined, env: NodeJS.ProcessEnv): number | undefined {
  const [text, source] = flag !== undefined ? [flag, "--wave"] : [env.RCC_WAVE, "RCC_WAVE"];
  if (text === undefined || text === "") return undefined;
  if (!/^[1-9][0-9]*$/.test(text))
    throw new UsageError(`${source}: must be a whole number >= 1 (a migration wave); got "${text}"`);
  return Number(text);
}

/** `--stack a,b` or RCC_STACKS=a,b: the stacks to synthesize; undefined for all. */
export function stacksFrom(flag: string | undefined, env: NodeJS.ProcessEnv): string[] | undefined {
  const text = flag ?? env.RCC_STACKS;
  if (text === undefined || text.trim() === "") return undefined;
  return text
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
}
