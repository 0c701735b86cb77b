/**
 * Stack names: `core`, and per municipality `<kind>-<code>`. Written by stacks/ (each stack's
 * name, hence its folder and state file); read by policy/ (rules find a municipality's stacks),
 * reports/, the synthesis pipeline (batching, `--stack`) and cli/doctor (states no longer planned).
 */

export const CORE_STACK = "core";

/** A municipality's stack kinds, each named `<kind>-<code>`, in the order they are planned. */
export const MUNICIPALITY_STACK_KINDS = ["tenant", "systems", "dr", "dr-systems"] as const;
export type MunicipalityStackKind = (typeof MUNICIPALITY_STACK_KINDS)[number];
export type StackKind = typeof CORE_STACK | MunicipalityStackKind;

/** A municipality code as it appears in stack names: the 5-digit district code (시군구 코드). */
export const MUNICIPALITY_CODE_PATTERN = "^[0-9]{5}$";
const CODE = new RegExp(MUNICIPALITY_CODE_PATTERN);

export type ParsedStackName =
  { readonly kind: typeof CORE_STACK } | { readonly kind: MunicipalityStackKind; readonly code: string };

export function stackName(kind: MunicipalityStackKind, code: string): string {
  return `${kind}-${code}`;
}

export const tenantStackName = (code: string) => stackName("tenant", code);
export const systemsStackName = (code: string) => stackName("systems", code);
export const drStackName = (code: string) => stackName("dr", code);
export const drSystemsStackName = (code: string) => stackName("dr-systems", code);

/** Every stack a municipality can have (had), in planning order. */
export function municipalityStackNames(code: string): string[] {
  return MUNICIPALITY_STACK_KINDS.map((kind) => stackName(kind, code));
}

// Longest kind first, so `dr-systems-27170` is never read as `dr-` with code `systems-27170`.
const BY_LENGTH = [...MUNICIPALITY_STACK_KINDS].sort((a, b) => b.length - a.length);

/** What an rcc stack name says: its kind and, for a municipality's stack, the code; undefined for any other name. */
export function parseStackName(name: string): ParsedStackName | undefined {
  if (name === CORE_STACK) return { kind: CORE_STACK };
  for (const kind of BY_LENGTH) {
    const prefix = `${kind}-`;
    if (name.startsWith(prefix) && CODE.test(name.slice(prefix.length))) {
      return { kind, code: name.slice(prefix.length) };
    }
  }
  return undefined;
}

/** The municipality code a stack name ends in; undefined for `core` and names rcc does not give. */
export function codeOfStack(name: string): string | undefined {
  const parsed = parseStackName(name);
  return parsed && "code" in parsed ? parsed.code : undefined;
}

/** `core and tenant-, systems-, dr-, dr-systems-<code>`: the stack kinds, for messages. */
export function stackKindsText(): string {
  return `${CORE_STACK} and ${MUNICIPALITY_STACK_KINDS.map((kind) => `${kind}-`).join(", ")}<code>`;
}
