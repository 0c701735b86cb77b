/** IPv4 and IPv6 prefixes, for telling internet addresses from private ones: pure, no dependencies. */
export interface Prefix {
  readonly version: 4 | 6;
  /** The network address (host bits cleared). */
  readonly network: bigint;
  readonly length: number;
}

const BITS = { 4: 32, 6: 128 } as const;

/** Parses `a.b.c.d[/n]` or an IPv6 address `[/n]`; a bare address is a host prefix. Undefined if malformed. */
export function parsePrefix(text: string): Prefix | undefined {
  const [address, lengthText, ...rest] = text.trim().split("/");
  if (rest.length > 0) return undefined;
  const parsed = address.includes(":") ? parseIpv6(address) : parseIpv4(address);
  if (parsed === undefined) return undefined;
  const bits = BITS[parsed.version];
  if (lengthText !== undefined && !/^[0-9]{1,3}$/.test(lengthText)) return undefined;
  const length = lengthText === undefined ? bits : Number(lengthText);
  if (length > bits) return undefined;
  return { version: parsed.version, network: clearHostBits(parsed.value, length, bits), length };
}

function clearHostBits(value: bigint, length: number, bits: number): bigint {
  const hostBits = BigInt(bits - length);
  return (value >> hostBits) << hostBits;
}

function parseIpv4(text: string): { version: 4; value: bigint } | undefined {
  const octets = text.split(".");
  if (octets.length !== 4 || !octets.every((o) => /^[0-9]{1,3}$/.test(o) && Number(o) <= 255)) return undefined;
  return { version: 4, value: octets.reduce((acc, o) => (acc << 8n) + BigInt(o), 0n) };
}

function parseIpv6(text: string): { version: 6; value: bigint } | undefined {
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const groups = halves.map((half) => (half === "" ? [] : half.split(":")));
  const missing = 8 - groups.reduce((n, g) => n + g.length, 0);
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = halves.length === 1 ? groups[0] : [...groups[0], ...Array<string>(missing).fill("0"), ...groups[1]];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return { version: 6, value: all.reduce((acc, g) => (acc << 16n) + BigInt(`0x${g}`), 0n) };
}

export function contains(outer: Prefix, inner: Prefix): boolean {
  if (outer.version !== inner.version || outer.length > inner.length) return false;
  return clearHostBits(inner.network, outer.length, BITS[outer.version]) === outer.network;
}

export function overlaps(a: Prefix, b: Prefix): boolean {
  return contains(a, b) || contains(b, a);
}

/** Private, shared (CGNAT), loopback and link-local ranges: never routed on the internet. */
const NOT_INTERNET = [
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
 * Whether a CIDR or address reaches the internet: `0.0.0.0/0`, `::/0` and anything not inside a
 * private or reserved range. Text that is not an address (an expression, a typo) is not provably
 * the internet, so it is false.
 */
export function isInternetAddress(text: string): boolean {
  const prefix = parsePrefix(text);
  return prefix !== undefined && !NOT_INTERNET.some((range) => contains(range, prefix));
}
