import { findings, GROUP, put, ref, RULE, tenant } from "./tenant";

describe("SEP-005: no internal security group rule to or from the internet", () => {
  it("flags ingress from 0.0.0.0/0 and egress to a public range", () => {
    const json = put(tenant(), RULE, "in", {
      security_group_id: ref(GROUP, "app"),
      direction: "ingress",
      remote_ip_prefix: "0.0.0.0/0",
    });
    put(json, RULE, "out", {
      security_group_id: ref(GROUP, "app"),
      direction: "egress",
      remote_ip_prefix: "8.8.8.8/32",
    });
    expect(findings(json, "SEP-005").map((f) => [f.address, f.message])).toEqual([
      [`${RULE}.in`, expect.stringContaining("ingress from 0.0.0.0/0 (the internet) into internal security group")],
      [`${RULE}.out`, expect.stringContaining("egress to 8.8.8.8/32 (the internet) from internal security group")],
    ]);
  });

  it("reads a rule with no remote at all as any address, IPv6 included", () => {
    const json = put(tenant(), RULE, "v6", {
      security_group_id: ref(GROUP, "app"),
      direction: "egress",
      ethertype: "IPv6",
    });
    expect(findings(json, "SEP-005")).toEqual([expect.objectContaining({ message: expect.stringContaining("::/0") })]);
  });

  it("accepts private remotes for internal groups and the internet for external ones", () => {
    const json = put(tenant(), RULE, "ops", {
      security_group_id: ref(GROUP, "app"),
      direction: "ingress",
      remote_ip_prefix: "10.250.27.0/24",
    });
    expect(findings(json, "SEP-005")).toEqual([]);
  });
});
