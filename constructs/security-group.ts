import { Construct } from "constructs";
import { NetworkingSecgroupRuleV2 } from "../.gen/providers/openstack/networking-secgroup-rule-v2";
import { NetworkingSecgroupV2 } from "../.gen/providers/openstack/networking-secgroup-v2";

/** The other end of a rule: an address range, or the members of another group (its id, and a name for the rule's id). */
export type RuleRemote = { readonly cidr: string } | { readonly groupId: string; readonly groupName: string };

export interface SecurityGroupRule {
  readonly direction: "ingress" | "egress";
  readonly protocol: "tcp" | "udp" | "icmp" | "vrrp";
  /** Single port; omitted for icmp and vrrp. */
  readonly port?: number;
  readonly remote: RuleRemote;
  /** Why the rule exists: shown in OpenStack and read by auditors. */
  readonly description: string;
}

export interface SecurityGroupProps {
  readonly projectId: string;
  readonly name: string;
  readonly description: string;
  readonly rules?: readonly SecurityGroupRule[];
}

/**
 * A security group that allows only its declared rules. Neutron's default rules (egress to
 * anywhere) are deleted, so egress is as closed as ingress unless a rule opens it. Rules can be
 * added after construction, so groups that name each other can all exist first.
 */
export class SecurityGroup extends Construct {
  readonly id: string;
  readonly name: string;
  private readonly projectId: string;

  constructor(scope: Construct, id: string, props: SecurityGroupProps) {
    super(scope, id);
    const group = new NetworkingSecgroupV2(this, "group", {
      name: props.name,
      description: props.description,
      tenantId: props.projectId,
      deleteDefaultRules: true,
      stateful: true,
    });
    this.id = group.id;
    this.name = props.name;
    this.projectId = props.projectId;
    this.allow(...(props.rules ?? []));
  }

  /** Adds rules; a rule identical to one already there (same direction, protocol, port, remote) is kept once. */
  allow(...rules: readonly SecurityGroupRule[]): void {
    for (const rule of rules) {
      const id = ruleId(rule);
      if (this.node.tryFindChild(id)) continue;
      new NetworkingSecgroupRuleV2(this, id, {
        securityGroupId: this.id,
        tenantId: this.projectId,
        direction: rule.direction,
        ethertype: "IPv4",
        protocol: rule.protocol,
        portRangeMin: rule.port,
        portRangeMax: rule.port,
        ...("cidr" in rule.remote ? { remoteIpPrefix: rule.remote.cidr } : { remoteGroupId: rule.remote.groupId }),
        description: rule.description.slice(0, 255),
      });
    }
  }
}

/** Ids from the rule's content, so adding a rule never renames (and so replaces) another. */
function ruleId(rule: SecurityGroupRule): string {
  const port = rule.port === undefined ? "" : `-${rule.port}`;
  const remote = "cidr" in rule.remote ? rule.remote.cidr.replace(/[./]/g, "-") : `sg-${rule.remote.groupName}`;
  return `${rule.direction}-${rule.protocol}${port}-${remote}`;
}
