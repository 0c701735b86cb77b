import { Construct } from "constructs";
import { TenantProject } from "../constructs/tenant-project";
import { TenantQuotas } from "../constructs/tenant-quotas";
import { adminGroup, Municipality, readonlyGroup, Region } from "../model/center";

export interface TenantFoundationProps {
  readonly region: Region;
  readonly municipality: Municipality;
  /** Keystone project name: the tenant's at the center, its standby's at the DR partner. */
  readonly name: string;
  readonly description: string;
  readonly domainId: string;
}

/**
 * A municipality's tenant foundation, the same at the center (tenant-<code>) and at the DR partner
 * (dr-<code>): its project, the role assignments that let its people in, and the quotas. The
 * deployer group gets the admin role too: the systems stacks scope their token to the project to
 * build the systems. Constructs are added to the stack itself, under `id` and `quotas`, so their
 * addresses do not depend on which stack calls this.
 */
export function addTenantFoundation(stack: Construct, id: string, props: TenantFoundationProps): TenantProject {
  const { region, municipality: m } = props;
  const project = new TenantProject(stack, id, {
    name: props.name,
    description: props.description,
    domainId: props.domainId,
    roleAssignments: [
      { id: "admins", group: adminGroup(m), role: region.identity.adminRole },
      { id: "readers", group: readonlyGroup(m), role: region.identity.readonlyRole },
      { id: "deployers", group: region.identity.deployerGroup, role: region.identity.adminRole },
    ],
  });
  new TenantQuotas(stack, "quotas", { projectId: project.projectId, quotas: m.quotas });
  return project;
}
