/**
 * IP addresses, the one module for them: IPv4 ranges for address planning (allocation, overlap,
 * containment), IPv4 and IPv6 prefixes as synthesized Terraform writes them, and the single
 * definition of which ranges the internet never routes to. Text is parsed by ipaddr.js.
 */
import ipaddr from "ipaddr.js";

/** An IPv4 range for planning: bounds as unsigned 32-bit numbers, so sweeps stay cheap. */
export interface Cidr {
  readonly text: string;
  /** First address as an unsigned 32-bit number. */
  readonly start: number;
  /** Last address, inclusive. */
  readonly end: number;
  readonly prefix: number;
}

/** `a.b.c.d`, four decimal parts without leading zeros; undefined otherwise. */
export function parseIpv4(text: string): number | undefined {
  // By hand rather than through ipaddr.js: the reachability model reads every address of a
  // 226-municipality center on each synthesis, and the library's parser is most of that time.
  const parts = FOUR_PART_DECIMAL.exec(text);
  if (!parts) return undefined;
  let value = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(parts[i]);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

const FOUR_PART_DECIMAL = /^(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})$/;

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

/** An IPv4 or IPv6 prefix as Terraform JSON may hold one (host bits cleared). */
export interface Prefix {
  readonly version: 4 | 6;
  /** The network address. */
  readonly network: bigint;
  readonly length: number;
}

const BITS = { 4: 32, 6: 128 } as const;

/** Parses `address[/n]`, IPv4 or IPv6; a bare address is a host prefix. Undefined if malformed. */
export function parsePrefix(text: string): Prefix | undefined {
  const [address, lengthText, ...rest] = text.trim().split("/");
  if (rest.length > 0 || (lengthText !== undefined && !/^[0-9]{1,3}$/.test(lengthText))) return undefined;
  const parsed = address.includes(":")
    ? ipaddr.IPv6.isValid(address) && ipaddr.IPv6.parse(address)
    : ipaddr.IPv4.isValidFourPartDecimal(address) && ipaddr.IPv4.parse(address);
  if (!parsed) return undefined;
  const version = parsed.kind() === "ipv6" ? 6 : 4;
  const length = lengthText === undefined ? BITS[version] : Number(lengthText);
  if (length > BITS[version]) return undefined;
  const value = parsed.toByteArray().reduce((acc, byte) => (acc << 8n) + BigInt(byte), 0n);
  return { version, network: clearHostBits(value, length, BITS[version]), length };
}

function clearHostBits(value: bigint, length: number, bits: number): bigint {
  const hostBits = BigInt(bits - length);
  return (value >> hostBits) << hostBits;
}

export function prefixContains(outer: Prefix, inner: Prefix): boolean {
  if (outer.version !== inner.version || outer.length > inner.length) return false;
  return clearHostBits(inner.network, outer.length, BITS[outer.version]) === outer.network;
}

export function prefixesOverlap(a: Prefix, b: Prefix): boolean {
  return prefixContains(a, b) || prefixContains(b, a);
}

/**
 * Ranges the internet never routes to us: private (RFC 1918), shared/CGNAT (RFC 6598), loopback,
 * link-local (169.254/16, where cloud metadata lives), IPv6 unique-local and link-local. Every
 * other address, 0.0.0.0/0 and ::/0 among them, counts as the internet: the cautious side for
 * network separation (망분리).
 */
const NOT_INTERNET: readonly Prefix[] = [
  "10.0.0.0/8",
  "172.16.0.0/12",
  "192.168.0.0/16",
  "100.64.0.0/10",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "fc00::/7",
  "fe80::/10",
].map((text) => parsePrefix(text)!);

/**
 * Whether a CIDR or address reaches the internet. Text that is not an address (an expression, a
 * typo) is not provably the internet, so it is false.
 */
export function isInternetAddress(text: string): boolean {
  const prefix = parsePrefix(text);
  return prefix !== undefined && !NOT_INTERNET.some((range) => prefixContains(range, prefix));
}

/** Whether no address of the range is on the internet (the same definition the separation proof reads). */
export function isPrivate(cidr: Cidr): boolean {
  return !isInternetAddress(cidr.text);
}
