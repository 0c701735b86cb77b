/**
 * Terraform values in every form Terraform accepts them, as the reachability model reads them:
 * booleans written as strings, numbers as strings, `null` or `""` where a value is optional.
 */

/** true, false, or undefined when the value is absent or not provably either (an expression). */
export function boolOf(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  if (text === "true" || text === "1") return true;
  if (text === "false" || text === "0") return false;
  return undefined;
}

/** A whole number written as a number or a decimal string; undefined otherwise. */
export function intOf(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^\s*[0-9]+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** A string, trimmed; `null`, `""` and non-strings are absent. */
export function textOf(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  return text === "" ? undefined : text;
}

/** A list as JSON gives it: one value or an array of them; absent is empty. */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Whether a value is an expression Terraform evaluates at apply time (`${...}`), which the model cannot read. */
export function isExpression(value: unknown): boolean {
  return typeof value === "string" && value.includes("${");
}
