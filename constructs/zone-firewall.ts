import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { firewallPolicyName, firewallRuleName } from "../contract/resource-names";
import { FwGroupV2 } from "../.gen/providers/openstack/fw-group-v2";
import { FwPolicyV2 } from "../.gen/providers/openstack/fw-policy-v2";
import { FwRuleV2 } from "../.gen/providers/openstack/fw-rule-v2";

export interface FirewallRule {
  readonly action: "allow" | "deny";
  /** CIDR the traffic comes from; any when omitted. */
  readonly source?: string;
  /** CIDR the traffic goes to; any when omitted. */
  readonly destination?: string;
  /** IP protocol; any when omitted. */
  readonly protocol?: "tcp" | "udp" | "icmp";
  /** Destination port (tcp and udp); any when omitted. */
  readonly port?: number;
  readonly description: string;
}

export interface ZoneFirewallProps {
  readonly projectId: string;
  readonly name: string;
  /** Router ports (the zone's router interfaces) the group guards. */
  readonly ports: readonly string[];
  /** Traffic leaving the zone through the router, in order; FWaaS denies what no rule allows. */
  readonly fromZone: readonly FirewallRule[];
  /** Traffic entering the zone through the router, in order. */
  readonly toZone: readonly FirewallRule[];
  /**
   * Firewall groups of the same project to create first. FWaaS makes a project's default group
   * when the first group is created; two created at once both try, and one fails (HTTP 500).
   */
  readonly after?: readonly ITerraformDependable[];
}

/**
 * A FWaaS v2 firewall group on a zone's router port, enforcing at the router the same zone policy
 * that security groups enforce at each instance. On a router interface port, FWaaS "ingress" is
 * traffic the router sends into the zone's subnet and "egress" is traffic arriving from it (the
 * iptables driver filters `-o <port>` with the ingress policy): real packets on the test cloud
 * showed it, after the opposite reading had dropped every declared flow (e2e/packets/).
 */
export class ZoneFirewall extends Construct {
  readonly group: FwGroupV2;

  constructor(scope: Construct, id: string, props: ZoneFirewallProps) {
    super(scope, id);
    for (const rule of [...props.fromZone, ...props.toZone]) {
      if (rule.port !== undefined && rule.protocol !== "tcp" && rule.protocol !== "udp") {
        throw new Error(
          `zone firewall ${props.name}: rule "${rule.description}" has port ${rule.port} with protocol ` +
            `${rule.protocol ?? "any"}; a port needs protocol tcp or udp`,
        );
      }
    }
    const policy = (direction: "from-zone" | "to-zone", rules: readonly FirewallRule[]) =>
      new FwPolicyV2(this, direction, {
        name: firewallPolicyName(props.name, direction),
        description: `${props.name}: traffic ${direction.replace("-", " ")}`,
        tenantId: props.projectId,
        audited: true,
        shared: false,
        rules: distinct(rules).map(
          (rule) =>
            new FwRuleV2(this, `${direction}-${ruleId(rule)}`, {
              name: firewallRuleName(firewallPolicyName(props.name, direction), ruleId(rule)),
              description: rule.description.slice(0, 255),
              tenantId: props.projectId,
              action: rule.action,
              protocol: rule.protocol ?? "any",
              ...(rule.port === undefined ? {} : { destinationPort: String(rule.port) }),
              ipVersion: 4,
              sourceIpAddress: rule.source,
              destinationIpAddress: rule.destination,
              enabled: true,
              shared: false,
            }).id,
        ),
      }).id;
    this.group = new FwGroupV2(this, "group", {
      name: props.name,
      description: `Zone policy of ${props.name}`,
      tenantId: props.projectId,
      adminStateUp: true,
      shared: false,
      ports: [...props.ports],
      egressFirewallPolicyId: policy("from-zone", props.fromZone),
      ingressFirewallPolicyId: policy("to-zone", props.toZone),
      ...(props.after?.length ? { dependsOn: [...props.after] } : {}),
    });
  }
}

/** The rules, each content once: an identical rule (an operator range listed twice, say) is the same FWaaS rule. */
function distinct(rules: readonly FirewallRule[]): FirewallRule[] {
  const seen = new Set<string>();
  return rules.filter((rule) => {
    const id = ruleId(rule);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Ids from the rule's content, so inserting a rule never renames (and so replaces) another. A rule
 * for any protocol keeps the id it had before rules could name one; the others add protocol and port.
 */
function ruleId(rule: FirewallRule): string {
  const cidr = (c?: string) => (c ?? "any").replace(/[./]/g, "-");
  const addresses = `${rule.action}-${cidr(rule.source)}-to-${cidr(rule.destination)}`;
  if (rule.protocol === undefined) return addresses;
  return `${addresses}-${rule.protocol}${rule.port === undefined ? "" : `-${rule.port}`}`;
}
