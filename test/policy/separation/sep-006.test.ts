import { findings, NET, put, ref, tenant } from "./tenant";

describe("SEP-006: no internal network shared with other projects", () => {
  it("flags a shared internal network and an RBAC policy sharing it", () => {
    const json = tenant();
    json.resource[NET].internal.shared = true;
    put(json, "openstack_networking_rbac_policy_v2", "share", {
      object_id: ref(NET, "internal"),
      object_type: "network",
      action: "access_as_shared",
      target_tenant: "other-project",
    });
    expect(findings(json, "SEP-006").map((f) => [f.address, f.message])).toEqual([
      [`${NET}.internal`, expect.stringContaining("is shared with every project")],
      ["openstack_networking_rbac_policy_v2.share", expect.stringContaining("with other-project (access_as_shared)")],
    ]);
  });

  it("accepts sharing the external network", () => {
    const json = put(tenant(), "openstack_networking_rbac_policy_v2", "share", { object_id: ref(NET, "external") });
    expect(findings(json, "SEP-006")).toEqual([]);
  });
});
