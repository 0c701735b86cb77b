import { describeIn, findingAt, Finding, SeparationRule } from "../finding";
import { isTrue, resolve, resources, Stack, stringArg } from "../terraform";
import { inZone } from "../zones";

const ID = "SEP-006";
const NETWORK = "openstack_networking_network_v2";

export const internalNetworkShared: SeparationRule = {
  id: ID,
  title: "No internal network is shared with other projects",
  fix: "Keep internal networks unshared (shared = false, no RBAC policy to other projects).",
  why:
    "A shared network lets any project it is shared with plug ports into it, including projects with " +
    "internet access: the internal (행정망) network would no longer be this tenant's alone.",
  check: (stack) => [...sharedFlag(stack), ...rbacPolicies(stack)],
};

function sharedFlag(stack: Stack): Finding[] {
  return resources(stack, NETWORK)
    .filter((network) => isTrue(network.body.shared) && inZone(stack, network, "internal"))
    .map((network) =>
      findingAt(stack, ID, network, `internal ${describeIn(stack, network, "internal")} is shared with every project`),
    );
}

function rbacPolicies(stack: Stack): Finding[] {
  return resources(stack, "openstack_networking_rbac_policy_v2").flatMap((policy) => {
    const network = resolve(stack, policy.body.object_id);
    if (!network || network.type !== NETWORK || !inZone(stack, network, "internal")) return [];
    const action = stringArg(policy.body, "action") ?? "access";
    const target = stringArg(policy.body, "target_tenant") ?? "another project";
    const message = `RBAC policy ${policy.address} shares internal ${describeIn(stack, network, "internal")} with ${target} (${action})`;
    return [findingAt(stack, ID, policy, message)];
  });
}
