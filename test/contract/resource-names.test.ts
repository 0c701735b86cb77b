import {
  isMemberName,
  listenerName,
  memberName,
  parseListenerName,
  relayGroupName,
  systemResourceName,
  volumeName,
  volumeNamePrefix,
} from "../../contract/resource-names";

describe("resource names read back", () => {
  const payroll = systemResourceName("27170", "payroll");

  it("tells a system's instances from another system's whose name extends it", () => {
    expect(isMemberName(payroll, memberName(payroll, 2))).toBe(true);
    expect(isMemberName(payroll, memberName(systemResourceName("27170", "payroll-2"), 1))).toBe(false);
    expect(isMemberName(payroll, `${payroll}-vip`)).toBe(false);
    expect(isMemberName(payroll, `${payroll}-0`)).toBe(false);
  });

  it("parses a listener name back to its system and port", () => {
    expect(parseListenerName(listenerName(payroll, 8443))).toEqual({ system: payroll, port: 8443 });
    expect(parseListenerName(payroll)).toBeUndefined();
  });

  it("names every volume of a system under its prefix", () => {
    expect(volumeName(payroll, 1, "data").startsWith(volumeNamePrefix(payroll))).toBe(true);
  });

  it("names the relay's group as a system of that name would be: validation refuses such a system", () => {
    expect(relayGroupName("27110")).toBe(systemResourceName("27110", "linkage-relay"));
  });
});
