import { Construct } from "constructs";
import { NO_GRADE } from "../contract/labels";
import { LINKAGE_RELAY, relayGroupName, systemResourceName } from "../contract/resource-names";
import { label } from "../constructs/labels";
import { SecurityGroup, SecurityGroupRule } from "../constructs/security-group";
import { highestGrade, linkageFlows, Municipality, Region, SecurityGrade } from "../model/center";
import { PlannedRule, relayRules, systemRules, ZoneResolvers } from "./traffic-policy";

export interface SystemSecurityGroupsProps {
  readonly region: Region;
  readonly municipality: Municipality;
  readonly projectId: string;
  /** The DNS resolvers each zone's subnet hands out where the groups are deployed: systems may reach them. */
  readonly resolvers: ZoneResolvers;
}

/**
 * One security group per system, and the linkage relay's group when flows are declared. All
 * groups exist before any rule, so rules can name each other's groups in either direction.
 */
export class SystemSecurityGroups extends Construct {
  readonly relay?: SecurityGroup;

  constructor(scope: Construct, id: string, props: SystemSecurityGroupsProps) {
    super(scope, id);
    const { region, municipality: m, projectId, resolvers } = props;
    const groups = new Map<string, SecurityGroup>();
    for (const system of m.systems) {
      const group = new SecurityGroup(this, system.name, {
        projectId,
        name: systemResourceName(m.code, system.name),
        description: `${system.name} (${system.zone}, grade ${system.grade}): declared traffic only`,
      });
      label(group, { zone: system.zone, grade: system.grade });
      groups.set(system.name, group);
    }
    if (linkageFlows(m).length > 0) {
      this.relay = new SecurityGroup(this, LINKAGE_RELAY, {
        projectId,
        name: relayGroupName(m.code),
        description: "Linkage relay (망연계): forwards the declared flows only",
      });
      label(this.relay, { zone: "linkage", grade: linkageGrade(m) });
      groups.set(LINKAGE_RELAY, this.relay);
    }

    const resolve = (rule: PlannedRule): SecurityGroupRule => {
      if ("cidr" in rule.remote) return { ...rule, remote: rule.remote };
      const group = groups.get(rule.remote.group)!;
      return { ...rule, remote: { groupId: group.id, groupName: rule.remote.group } };
    };
    for (const system of m.systems)
      groups.get(system.name)!.allow(...systemRules(region, m, system, resolvers).map(resolve));
    this.relay?.allow(...relayRules(m).map(resolve));
  }
}

/** The relay carries data of both ends of every flow, so it takes the strictest of their grades. */
function linkageGrade(m: Municipality): SecurityGrade | typeof NO_GRADE {
  const ends = new Set(linkageFlows(m).flatMap((f) => [f.source, f.destination]));
  return highestGrade(m.systems.filter((s) => ends.has(s.name))) ?? NO_GRADE;
}
