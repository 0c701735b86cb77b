import { isInternetAddress } from "../../../model/ip";
import { describeIn, findingAt, SeparationRule } from "../finding";
import { flow, remotePrefix } from "../security-groups";
import { resolve, resources } from "../terraform";
import { inZone } from "../zones";

const ID = "SEP-005";

export const internalGroupOpenToInternet: SeparationRule = {
  id: ID,
  title: "No internal security group admits traffic from or to an internet address",
  fix: "Name the peer systems, shared services or linkage relay as remotes; never an internet range or no remote.",
  why:
    "Security groups are the last filter on an internal (행정망) port: a rule whose remote is an internet " +
    "address (or no remote at all, which OpenStack reads as any address) permits exactly the flows 망분리 forbids.",
  check: (stack) =>
    resources(stack, "openstack_networking_secgroup_rule_v2").flatMap((rule) => {
      const remote = remotePrefix(rule);
      if (remote === undefined || !isInternetAddress(remote) || !inZone(stack, rule, "internal")) return [];
      const group = resolve(stack, rule.body.security_group_id);
      const subject = group && inZone(stack, group, "internal") ? group : rule;
      const message = `${flow(rule, `${remote} (the internet)`)} internal ${describeIn(stack, subject, "internal")}`;
      return [findingAt(stack, ID, rule, message)];
    }),
};
