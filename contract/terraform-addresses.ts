/**
 * Terraform addresses and references in synthesized JSON. cdktf writes them (stacks/); they are
 * read by stacks/retention.ts (what a kept resource needs), stacks/moves.ts and policy/ (the
 * separation proof follows references, RCC-REF-001 checks none leaves its stack).
 */

/** The comment key of Terraform JSON: Terraform ignores it; cdktf and rcc write metadata there. */
export const COMMENT_KEY = "//";

export type BlockMode = "resource" | "data";

export interface Address {
  readonly mode: BlockMode;
  readonly type: string;
  readonly name: string;
}

const DATA = "data.";

/** `TYPE.NAME`, or `data.TYPE.NAME` for a data source: the address Terraform prints. */
export function addressOf({ mode, type, name }: Address): string {
  return `${mode === "data" ? DATA : ""}${type}.${name}`;
}

/** The parts of `TYPE.NAME` or `data.TYPE.NAME`; undefined for anything else. Names hold no dot. */
export function parseAddress(address: string): Address | undefined {
  const mode: BlockMode = address.startsWith(DATA) ? "data" : "resource";
  const parts = (mode === "data" ? address.slice(DATA.length) : address).split(".");
  return parts.length === 2 && parts.every((p) => p !== "") ? { mode, type: parts[0], name: parts[1] } : undefined;
}

const TYPE = "[A-Za-z][A-Za-z0-9_-]*";
const NAME = "[A-Za-z0-9_-]+";

// `${TYPE.NAME.attr}`, `${data.TYPE.NAME.attr}`, `${TYPE.NAME[0].attr}`: the whole value is one reference.
// Terraform allows spaces inside the braces (`${ TYPE.NAME.id }`), so they are allowed here too.
const WHOLE_REFERENCE = new RegExp(`^\\$\\{\\s*(data\\.)?(${TYPE})\\.(${NAME})(?:[.[][^}]*)?\\s*\\}$`);

/** The address a value refers to when the whole value is one reference; undefined for literals and expressions. */
export function referencedAddress(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = WHOLE_REFERENCE.exec(value);
  return match ? addressOf({ mode: match[1] ? "data" : "resource", type: match[2], name: match[3] }) : undefined;
}

// Anywhere inside an expression: a `TYPE.NAME` not itself an attribute of something before it (`x.a.b` is x.a only).
const REFERENCE = new RegExp(`(?<![\\w.-])(data\\.)?(${TYPE})\\.(${NAME})`, "g");

/** Roots of Terraform expressions that are not resources: variables, locals, `each`, `count`, modules... */
const NOT_RESOURCES: ReadonlySet<string> = new Set([
  "var",
  "local",
  "each",
  "count",
  "path",
  "self",
  "terraform",
  "module",
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Every resource or data-source address a synthesized body refers to: inside `${...}`
 * expressions, and in `depends_on` (plain addresses). The `//` comments are not looked at.
 */
export function referencesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === "string") {
    for (const expression of expressionsIn(value)) {
      for (const [, data, type, name] of expression.matchAll(REFERENCE)) {
        if (data || !NOT_RESOURCES.has(type)) found.add(addressOf({ mode: data ? "data" : "resource", type, name }));
      }
    }
  } else if (Array.isArray(value)) {
    for (const item of value) referencesIn(item, found);
  } else if (isRecord(value)) {
    for (const key in value) {
      if (key === "depends_on" && Array.isArray(value[key])) {
        for (const address of value[key] as unknown[]) if (typeof address === "string") found.add(address);
      } else if (key !== COMMENT_KEY) referencesIn(value[key], found);
    }
  }
  return found;
}

/** The `${...}` expressions of a string (braces inside them nested), without the literal text around them. */
function expressionsIn(text: string): string[] {
  const expressions: string[] = [];
  for (let start = text.indexOf("${"); start >= 0; start = text.indexOf("${", start + 2)) {
    if (text[start - 1] === "$") continue; // `$${` is Terraform's escape for a literal `${`
    let depth = 0;
    let end = start + 1;
    for (; end < text.length; end++) {
      if (text[end] === "{") depth++;
      else if (text[end] === "}" && --depth === 0) break;
    }
    expressions.push(text.slice(start + 2, end));
  }
  return expressions;
}
