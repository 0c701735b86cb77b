import {
  contains,
  isInternetAddress,
  isPrivate,
  overlappingPairs,
  overlaps,
  parseCidr,
  parsePrefix,
} from "../../model/ip";

const cidr = (text: string) => parseCidr(text)!;

describe("CIDR arithmetic", () => {
  it.each(["10.0.0.0/8", "10.27.16.0/20", "0.0.0.0/0", "192.168.1.7/32"])("accepts %s", (text) => {
    expect(parseCidr(text)?.text).toBe(text);
  });

  it.each(["10.27.0.1/20", "10.27.0.0/33", "10.27.0.0", "256.0.0.0/8", "10.027.0.0/16", "10.27.0.0/2/0", "a.b.c.d/8"])(
    "rejects %s",
    (text) => expect(parseCidr(text)).toBeUndefined(),
  );

  it("tells overlap and containment apart", () => {
    expect(overlaps(cidr("10.27.0.0/20"), cidr("10.27.15.0/24"))).toBe(true);
    expect(overlaps(cidr("10.27.0.0/20"), cidr("10.27.16.0/20"))).toBe(false);
    expect(contains(cidr("10.27.0.0/16"), cidr("10.27.16.0/20"))).toBe(true);
    expect(contains(cidr("10.27.16.0/20"), cidr("10.27.0.0/16"))).toBe(false);
  });

  it("pairs each range that overlaps another, once, with the smallest range holding it", () => {
    const ranges = ["10.0.0.0/8", "10.1.0.0/16", "10.2.0.0/16", "10.1.5.0/24", "11.0.0.0/8"].map((t) => ({
      cidr: cidr(t),
    }));
    const pairs = overlappingPairs(ranges).map(([a, b]) => `${a.cidr.text} ${b.cidr.text}`);
    expect(pairs.sort()).toEqual(["10.0.0.0/8 10.1.0.0/16", "10.0.0.0/8 10.2.0.0/16", "10.1.0.0/16 10.1.5.0/24"]);
  });

  it("reports a range shared by many once per copy, not once per pair", () => {
    const ranges = Array.from({ length: 1000 }, () => ({ cidr: cidr("10.27.0.0/20") }));
    expect(overlappingPairs(ranges)).toHaveLength(999);
  });
});

describe("what the internet reaches: one definition for validation and the separation proof", () => {
  it.each([
    ["10.27.0.0/16", true],
    ["172.16.0.0/12", true],
    ["100.64.0.0/10", true],
    ["127.0.0.0/8", true],
    ["169.254.169.254/32", true],
    ["0.0.0.0/0", false],
    ["8.8.8.0/24", false],
    ["10.0.0.0/7", false],
  ])("%s is private (never routed on the internet): %s", (text, expected) => {
    expect(isPrivate(cidr(text))).toBe(expected);
    expect(isInternetAddress(text)).toBe(!expected);
  });

  it("reads IPv6 as Terraform writes it, IPv4-mapped and zone-scoped forms included", () => {
    expect(isInternetAddress("::ffff:8.8.8.8")).toBe(true);
    expect(isInternetAddress("fe80::1%eth0")).toBe(false);
    expect(parsePrefix("2001:db8::/129")).toBeUndefined();
    expect(parsePrefix("10.027.0.1")).toBeUndefined();
  });
});
