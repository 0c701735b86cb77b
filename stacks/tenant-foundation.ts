import { Construct } from "constructs";
import { TenantProject } from "../constructs/tenant-project";
import { TenantQuotas } from "../constructs/tenant-quotas";
import { adminGroup, builtSystems, Municipality, readonlyGroup, Region } from "../model/center";

/** Octavia's default policy: who creates load balancers holds this role in the project. */
const DEFAULT_LOAD_BALANCER_ROLE = "load-balancer_member";

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
 * build the systems; and where they build load balancers, the role Octavia asks for. Constructs are added to the stack itself, under `id` and `quotas`, so their
 * addresses do not depend on which stack calls this.
 */
export function addTenantFoundation(stack: Construct, id: string, props: TenantFoundationProps): TenantProject {
  const { region, municipality: m } = props;
  const loadBalancerRole = region.identity.loadBalancerRole ?? DEFAULT_LOAD_BALANCER_ROLE;
  const project = new TenantProject(stack, id, {
    name: props.name,
    description: props.description,
    domainId: props.domainId,
    roleAssignments: [
      { id: "admins", group: adminGroup(m), role: region.identity.adminRole },
      { id: "readers", group: readonlyGroup(m), role: region.identity.readonlyRole },
      { id: "deployers", group: region.identity.deployerGroup, role: region.identity.adminRole },
      // One assignment per role: where member is enough for Octavia, the first one serves.
      ...(buildsLoadBalancers(m) && loadBalancerRole !== region.identity.adminRole
        ? [{ id: "deployers-load-balancers", group: region.identity.deployerGroup, role: loadBalancerRole }]
        : []),
    ],
  });
  new TenantQuotas(stack, "quotas", { projectId: project.projectId, quotas: m.quotas });
  return project;
}

/** An active-active built system stands behind a load balancer, at the center and at the partner. */
function buildsLoadBalancers(m: Municipality): boolean {
  return builtSystems(m).some((system) => system.availability.mode === "active-active");
}
