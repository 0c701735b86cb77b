import { Construct } from "constructs";
import { roleLookupId } from "../contract/construct-ids";
import { DataOpenstackIdentityGroupV3 } from "../.gen/providers/openstack/data-openstack-identity-group-v3";
import { DataOpenstackIdentityRoleV3 } from "../.gen/providers/openstack/data-openstack-identity-role-v3";
import { IdentityProjectV3 } from "../.gen/providers/openstack/identity-project-v3";
import { IdentityRoleAssignmentV3 } from "../.gen/providers/openstack/identity-role-assignment-v3";

export interface TenantProjectProps {
  /** Keystone project name, unique in the domain. */
  readonly name: string;
  readonly description: string;
  readonly domainId: string;
  /** Existing Keystone groups, looked up by name, each given one role on the project. */
  readonly roleAssignments: ReadonlyArray<{ readonly id: string; readonly group: string; readonly role: string }>;
}

/**
 * A Keystone project (the tenant) and the group role assignments that let people into it.
 * The project holds everything the tenant owns, so it is protected from destroy.
 */
export class TenantProject extends Construct {
  readonly projectId: string;

  constructor(scope: Construct, id: string, props: TenantProjectProps) {
    super(scope, id);
    const project = new IdentityProjectV3(this, "project", {
      name: props.name,
      description: props.description,
      domainId: props.domainId,
      enabled: true,
      lifecycle: { preventDestroy: true },
    });
    this.projectId = project.id;

    const roles = new Map<string, string>();
    for (const assignment of props.roleAssignments) {
      if (!roles.has(assignment.role)) {
        roles.set(
          assignment.role,
          new DataOpenstackIdentityRoleV3(this, roleLookupId(assignment.role), { name: assignment.role }).id,
        );
      }
      const group = new DataOpenstackIdentityGroupV3(this, `group-${assignment.id}`, {
        name: assignment.group,
        domainId: props.domainId,
      });
      new IdentityRoleAssignmentV3(this, `assignment-${assignment.id}`, {
        projectId: project.id,
        groupId: group.id,
        roleId: roles.get(assignment.role)!,
      });
    }
  }
}
