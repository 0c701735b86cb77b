import { LIMITS } from "./limits";

/**
 * A user's text as a message quotes it: whole when short, else its start and its length, so a
 * 10 MB value never comes back to the terminal whole.
 */
export function cut(text: string, max: number = LIMITS.shownChars): string {
  return text.length <= max ? text : `${text.slice(0, max)}... (${text.length} characters)`;
}

/** A value as a message shows it: `"text"` (cut), a number, `nothing`, `a list`, `a mapping`. */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "object") return Array.isArray(value) ? "a list" : "a mapping";
  if (typeof value !== "string") return cut(String(value));
  if (value.length <= LIMITS.shownChars) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, LIMITS.shownChars))}... (${value.length} characters)`;
}

/** Names listed in a message (`known: a, b, c`): the first ten, then how many there are. */
export function listed(names: readonly string[], max = 10): string {
  const shownNames = names.slice(0, max).map((name) => cut(name));
  return names.length <= max ? shownNames.join(", ") : `${shownNames.join(", ")}, ... (${names.length} in all)`;
}

/** `U+001B`: how a message names a character that cannot be shown. */
export function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
