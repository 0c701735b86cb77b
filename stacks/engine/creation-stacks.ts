/**
 * cdktf records a full stack trace for every token it creates (each `.id` reference), only to
 * say where a token came from if it ever fails to resolve. Walking and formatting those traces,
 * through source maps, was a third of a large synthesis. While rcc builds and synthesizes an
 * app, those records (cdktf passes a plain object, never an Error) get no trace; real errors keep
 * theirs. RCC_CREATION_STACKS=1 keeps everything, for debugging a construct.
 */
export function withoutCreationStacks<T>(run: () => T, env: NodeJS.ProcessEnv = process.env): T {
  if (env.RCC_CREATION_STACKS === "1") return run();
  const capture = Error.captureStackTrace;
  Error.captureStackTrace = (target: object, below?: Parameters<typeof capture>[1]) => {
    if (target instanceof Error) capture(target, below);
  };
  try {
    return run();
  } finally {
    Error.captureStackTrace = capture;
  }
}
