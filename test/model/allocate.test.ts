import { allocate } from "../../model/allocate";

describe("address allocation for a new municipality", () => {
  it("takes the first block of the pool when nothing is allocated", () => {
    expect(allocate("10.27.0.0/16", 20, [])).toBe("10.27.0.0/20");
  });

  it("takes the lowest free block after those allocated, never moving them", () => {
    expect(allocate("10.27.0.0/16", 20, ["10.27.0.0/20", "10.27.16.0/20"])).toBe("10.27.32.0/20");
  });

  it("reuses a gap left between allocations", () => {
    expect(allocate("10.27.0.0/16", 20, ["10.27.0.0/20", "10.27.32.0/20"])).toBe("10.27.16.0/20");
  });

  it("skips past smaller or unaligned ranges that overlap a candidate", () => {
    expect(allocate("10.127.0.0/16", 24, ["10.127.0.0/25", "10.127.1.128/25"])).toBe("10.127.2.0/24");
  });

  it("ignores ranges outside the pool", () => {
    expect(allocate("10.127.0.0/16", 24, ["10.27.0.0/20"])).toBe("10.127.0.0/24");
  });

  it("says so when the pool is full", () => {
    expect(allocate("10.27.0.0/19", 20, ["10.27.0.0/20", "10.27.16.0/20"])).toBeUndefined();
  });
});
