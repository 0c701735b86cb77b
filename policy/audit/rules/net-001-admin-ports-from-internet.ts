import { internetIngress } from "../../separation/security-groups";
import { resources } from "../../separation/terraform";
import { adminPortsOpenedBy } from "../ports";
import { at, AuditRule } from "../rule";

export const adminPortsFromInternet: AuditRule = {
  id: "RCC-NET-001",
  level: "error",
  title: "No security group admits the internet to an administration port",
  rationale: "SSH, RDP and other admin ports open to the internet are the first thing scanners try.",
  fix: "Reach instances through the center's bastion; admit admin ports only from the shared-services range.",
  check: ({ stacks }) =>
    stacks.flatMap((stack) =>
      resources(stack, "openstack_networking_secgroup_rule_v2").flatMap((rule) => {
        const remote = internetIngress(rule);
        if (remote === undefined) return [];
        const ports = adminPortsOpenedBy(rule);
        if (ports.length === 0) return [];
        return [at(stack, rule, `ingress from ${remote} to ${ports.join(", ")}`)];
      }),
    ),
};
