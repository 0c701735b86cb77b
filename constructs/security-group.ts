import { Construct } from "constructs";
import { NetworkingSecgroupRuleV2 } from "../.gen/providers/openstack/networking-secgroup-rule-v2";
import { NetworkingSecgroupV2 } from "../.gen/providers/openstack/networking-secgroup-v2";

export interface SecurityGroupRule {
  readonly direction: "ingress" | "egress";
  readonly protocol: "tcp" | "udp" | "icmp";
  /** Single port; omitted for icmp. */
  readonly port?: number;
  readonly cidr: string;
  /** Why the rule exists: shown in OpenStack and read by auditors. */
  readonly description: string;
}

export interface SecurityGroupProps {
  readonly projectId: string;
  readonly name: string;
  readonly description: string;
  readonly rules: readonly SecurityGroupRule[];
}

/**
 * A security group that allows only its declared rules. Neutron's default rules (egress to
 * anywhere) are deleted, so egress is as closed as ingress unless a rule opens it.
 */
export class SecurityGroup extends Construct {
  readonly id: string;

  constructor(scope: Construct, id: string, props: SecurityGroupProps) {
    super(scope, id);
    const group = new NetworkingSecgroupV2(this, "group", {
      name: props.name,
      description: props.description,
      tenantId: props.projectId,
      deleteDefaultRules: true,
      stateful: true,
    });
    for (const rule of props.rules) {
      new NetworkingSecgroupRuleV2(this, ruleId(rule), {
        securityGroupId: group.id,
        tenantId: props.projectId,
        direction: rule.direction,
        ethertype: "IPv4",
        protocol: rule.protocol,
        portRangeMin: rule.port,
        portRangeMax: rule.port,
        remoteIpPrefix: rule.cidr,
        description: rule.description,
      });
    }
    this.id = group.id;
  }
}

/** Ids from the rule's content, so adding a rule never renames (and so replaces) another. */
function ruleId(rule: SecurityGroupRule): string {
  const port = rule.port === undefined ? "" : `-${rule.port}`;
  return `${rule.direction}-${rule.protocol}${port}-${rule.cidr.replace(/[./]/g, "-")}`;
}
