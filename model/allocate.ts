import { Cidr, formatIpv4, overlaps, parseCidr } from "./ip";

/** Sizes of the ranges onboarding gives a new municipality: a /20 internal, a /24 external, a /27 linkage. */
export const TENANT_PREFIX = { internal: 20, external: 24, linkage: 27 } as const;

/**
 * The lowest free block of `prefix` bits inside `pool` that overlaps none of `taken`. Ranges
 * already allocated are never moved, so adding a municipality changes nobody else's addresses;
 * gaps left by earlier allocations are reused first. Undefined when the pool is full.
 */
export function allocate(pool: string, prefix: number, taken: readonly string[]): string | undefined {
  const outer = parseCidr(pool);
  if (!outer || prefix < outer.prefix || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  const used = taken
    .map((t) => parseCidr(t))
    .filter((c): c is Cidr => c !== undefined && overlaps(c, outer))
    .sort((a, b) => a.start - b.start);
  let candidate = outer.start;
  for (const range of used) {
    if (candidate + size - 1 < range.start) break;
    if (range.end >= candidate) candidate = Math.ceil((range.end + 1) / size) * size;
  }
  if (candidate + size - 1 > outer.end) return undefined;
  return `${formatIpv4(candidate)}/${prefix}`;
}
