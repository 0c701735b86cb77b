/** IPv4 CIDR arithmetic for address planning: pure, no dependencies. */
export interface Cidr {
  readonly text: string;
  /** First address as an unsigned 32-bit number. */
  readonly start: number;
  /** Last address, inclusive. */
  readonly end: number;
  readonly prefix: number;
}

const OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
const IPV4 = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);

export function parseIpv4(text: string): number | undefined {
  if (!IPV4.test(text)) return undefined;
  return text.split(".").reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

export function formatIpv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join(".");
}

/** The address `offset` places into a range: 1 is the first host (Neutron's default gateway). */
export function hostAddress(cidr: Cidr, offset: number): string {
  if (offset < 0 || cidr.start + offset > cidr.end)
    throw new RangeError(`${cidr.text} has no address at offset ${offset}`);
  return formatIpv4(cidr.start + offset);
}

/** Parses `a.b.c.d/n`; undefined unless well formed with no host bits set. */
export function parseCidr(text: string): Cidr | undefined {
  const [address, prefixText, ...rest] = text.split("/");
  if (rest.length > 0 || prefixText === undefined || !/^[0-9]{1,2}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const start = parseIpv4(address);
  if (start === undefined || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  if (start % size !== 0) return undefined;
  return { text, start, end: start + size - 1, prefix };
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Each range that overlaps another, once, paired with the smallest range holding it. Two CIDR
 * blocks overlap only when one holds the other, so a sweep over ranges sorted by start (the larger
 * first) with a stack of the blocks still open finds them all in O(n log n), however many share
 * one block: validating hundreds of municipalities, or a hostile config, stays instant.
 */
export function overlappingPairs<T extends { cidr: Cidr }>(ranges: readonly T[]): Array<[T, T]> {
  const sorted = [...ranges].sort((a, b) => a.cidr.start - b.cidr.start || b.cidr.end - a.cidr.end);
  const pairs: Array<[T, T]> = [];
  const open: T[] = [];
  for (const range of sorted) {
    while (open.length > 0 && open[open.length - 1].cidr.end < range.cidr.start) open.pop();
    if (open.length > 0) pairs.push([open[open.length - 1], range]);
    open.push(range);
  }
  return pairs;
}

/** RFC 1918 and shared (CGNAT) space: addresses the internet never routes to us. */
const PRIVATE = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"].map((text) => parseCidr(text)!);

/** Whether every address of the range is private; `0.0.0.0/0` and public ranges are not. */
export function isPrivate(cidr: Cidr): boolean {
  return PRIVATE.some((range) => contains(range, cidr));
}
