import { contains, overlappingPairs, overlaps, parseCidr } from "../../model/cidr";

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
