import { resources, stringArg } from "../../separation/terraform";
import { at, AuditRule } from "../rule";

export const groupWithoutDescription: AuditRule = {
  id: "RCC-NET-002",
  level: "warning",
  title: "Every security group says what it is for",
  rationale: "A reviewer cannot judge a group whose purpose is not written down.",
  fix: "Give the security group a description naming the system and zone it protects.",
  check: ({ stacks }) =>
    stacks.flatMap((stack) =>
      resources(stack, "openstack_networking_secgroup_v2")
        .filter((group) => (stringArg(group.body, "description") ?? "").trim() === "")
        .map((group) =>
          at(stack, group, `security group ${stringArg(group.body, "name") ?? group.name} has no description`),
        ),
    ),
};
