import { isTrue, resources, stringArg } from "../../separation/terraform";
import { inZone } from "../../separation/zones";
import { at, AuditRule } from "../rule";

export const internalEgressOpen: AuditRule = {
  id: "RCC-NET-004",
  level: "error",
  title: "Internal security groups start closed for egress",
  rationale: "Neutron gives a new group allow-all egress rules; in 행정망 they are an unseen path out.",
  fix: "Create internal security groups with delete_default_rules = true and declare each egress.",
  check: ({ stacks }) =>
    stacks.flatMap((stack) =>
      resources(stack, "openstack_networking_secgroup_v2")
        .filter((group) => inZone(stack, group, "internal") && !isTrue(group.body.delete_default_rules))
        .map((group) =>
          at(
            stack,
            group,
            `internal security group ${stringArg(group.body, "name") ?? group.name} keeps Neutron's allow-all egress rules`,
          ),
        ),
    ),
};
