import { managedResourceCount } from "../../../cli/state-inventory/terraform-state";

const state = (resources: unknown[]) => JSON.stringify({ version: 4, terraform_version: "1.11.4", resources });
const resource = (mode: string, instances: number) => ({
  mode,
  type: "openstack_identity_project_v3",
  name: "project",
  instances: Array.from({ length: instances }, () => ({ attributes: {} })),
});

describe("managed resources in a Terraform state", () => {
  it("counts managed resources that have an instance; data sources and emptied resources hold nothing", () => {
    const text = state([resource("managed", 1), resource("managed", 3), resource("data", 1), resource("managed", 0)]);
    expect(managedResourceCount(text, "state/x.tfstate")).toBe(2);
  });

  it("an empty state, or an empty file, holds no infrastructure", () => {
    expect(managedResourceCount(state([]), "s")).toBe(0);
    expect(managedResourceCount(JSON.stringify({ version: 4 }), "s")).toBe(0);
    expect(managedResourceCount("", "s")).toBe(0);
  });

  it("refuses what is not a version 4 state, naming the file", () => {
    expect(() => managedResourceCount("{not json", "state/x.tfstate")).toThrow(
      "state/x.tfstate: not a Terraform state (not JSON)",
    );
    expect(() => managedResourceCount(JSON.stringify({ version: 3, modules: [] }), "state/x.tfstate")).toThrow(
      "state/x.tfstate: not a Terraform state of format version 4",
    );
  });
});
