/**
 * The last line of defence: an error rcc did not expect is a bug in rcc, never the user's. It
 * is reported as one line, with exit code 70 (EX_SOFTWARE), and its stack only on request. Bad
 * config never gets here: it is a located problem with exit code 1 (the property tests hold it).
 */
export const INTERNAL_ERROR_EXIT = 70;

export function internalErrorMessage(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split("\n")[0].slice(0, 500);
  const stack = env.RCC_DEBUG === "1" && error instanceof Error && error.stack ? `\n${error.stack}` : "";
  return `rcc: internal error: ${firstLine} (please report it; RCC_DEBUG=1 prints where it happened)${stack}`;
}
