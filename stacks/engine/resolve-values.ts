import { IConstruct } from "constructs";
import { DefaultTokenResolver, StringConcat, Tokenization } from "cdktf";

const TOKEN_RESOLVER = new DefaultTokenResolver(new StringConcat());

/**
 * Strings cdktf must look at: `${`, `#{` and `&{` (its token markers and Terraform's escapes) and
 * anything its encoded-number pattern could match. Everything else comes out of cdktf's resolver
 * unchanged.
 */
const MAYBE_TOKEN = /\{|[-|\d.+]e[-|\d.eE+]/;

const isPlainString = (s: string): boolean => !MAYBE_TOKEN.test(s);

/** Encoded number tokens are huge doubles, never safe integers. */
function isPlainScalar(v: unknown): boolean {
  if (typeof v === "string") return isPlainString(v);
  if (typeof v === "number") return Number.isSafeInteger(v);
  return v === undefined || v === null || typeof v === "boolean";
}

function isPlainObject(v: object): v is Record<string, unknown> {
  const proto = Object.getPrototypeOf(v);
  return (
    (proto === Object.prototype || proto === null) &&
    typeof (v as { resolve?: unknown }).resolve !== "function" &&
    Object.keys(v).every(isPlainString)
  );
}

/**
 * cdktf's token resolution with its result, at a fraction of its cost: it builds a resolution
 * context for every value of every resource, twice per stack. Here plain data (most of a stack)
 * is copied as it is, and whatever may hold a token goes to cdktf's own resolver, so the output is
 * the same (tested against cdktf's on the sample and on generated configs).
 */
export function resolveValues(scope: IConstruct, value: unknown): unknown {
  const cdktf = (v: unknown) => Tokenization.resolve(v, { scope, preparing: false, resolver: TOKEN_RESOLVER });
  const walk = (v: unknown): unknown => {
    if (typeof v !== "object" || v === null) return isPlainScalar(v) ? v : cdktf(v);
    if (Array.isArray(v)) {
      if (!v.every((x) => typeof x === "object" || isPlainScalar(x))) return cdktf(v);
      return v.map(walk).filter((x) => x !== undefined);
    }
    if (!isPlainObject(v)) return cdktf(v);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) {
      const resolved = walk(item);
      if (resolved !== undefined) out[key] = resolved;
    }
    return out;
  };
  return walk(value);
}
