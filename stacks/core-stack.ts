import { Construct } from "constructs";
import { PROVIDER_NETWORKS_ID, SHARED_NETWORK_ID, SHARED_SERVICES_PROJECT_ID } from "../contract/construct-ids";
import { CENTER } from "../contract/labels";
import { sharedNetworkName, sharedServiceGroupName, sharedServicesProjectName } from "../contract/resource-names";
import { CORE_STACK } from "../contract/stack-names";
import { label } from "../constructs/labels";
import { ProviderNetworks } from "../constructs/provider-networks";
import { SecurityGroup, SecurityGroupRule } from "../constructs/security-group";
import { TenantProject } from "../constructs/tenant-project";
import { ZoneNetwork } from "../constructs/zone-network";
import { Region } from "../model/center";
import { SharedService } from "../model/schema/region";
import { RccStack, RccStackProps } from "./rcc-stack";

/**
 * What the center runs once for every tenant (공통기반): the shared-services project, its
 * network on the administrative backbone, and baseline security groups. It knows nothing of the
 * municipalities, so onboarding one never changes this stack.
 */
export class CoreStack extends RccStack {
  constructor(scope: Construct, props: RccStackProps) {
    super(scope, CORE_STACK, props);
    const { region } = props;
    label(this, { region: region.name, municipality: CENTER, zone: "shared", grade: region.sharedServices.grade });

    const shared = new TenantProject(this, SHARED_SERVICES_PROJECT_ID, {
      name: sharedServicesProjectName(region.name),
      description: `Shared services (공통기반) of ${region.displayName}, managed by rcc`,
      domainId: region.openstack.domainId,
      roleAssignments: [],
    });
    const gateways = new ProviderNetworks(this, PROVIDER_NETWORKS_ID, region.providerNetworks);
    new ZoneNetwork(this, SHARED_NETWORK_ID, {
      projectId: shared.projectId,
      name: sharedNetworkName(region.name),
      description: `Shared services of ${region.displayName} on the administrative backbone`,
      cidr: region.addressPools.shared,
      dnsNameservers: region.dnsNameservers,
      gatewayNetworkId: gateways.administrativeId,
      snat: false,
      networkAvailabilityZones: region.networkAvailabilityZones,
    });

    for (const service of region.sharedServices.services) {
      new SecurityGroup(this, service.name, {
        projectId: shared.projectId,
        name: sharedServiceGroupName(region.name, service.name),
        description: `Shared service ${service.name}: ${service.purpose}`,
        rules: sharedServiceRules(region, service),
      });
    }
  }
}

/**
 * A shared service talks to tenants' internal zones on its declared port only (the tenants'
 * system groups hold the matching rule), and to operators on its operator port if it has one.
 */
function sharedServiceRules(region: Region, service: SharedService): SecurityGroupRule[] {
  const tenants = { cidr: region.addressPools.internal };
  const toTenants = service.direction === "to-tenants";
  const operators = region.operatorCidrs.map((cidr): SecurityGroupRule => ({
    direction: "ingress",
    protocol: "tcp",
    port: service.operatorPort,
    remote: { cidr },
    description: `operators to ${service.name}`,
  }));
  return [
    ...(service.operatorPort === undefined ? [] : operators),
    {
      direction: toTenants ? "egress" : "ingress",
      protocol: service.protocol,
      port: service.port,
      remote: tenants,
      description: toTenants
        ? `${service.name} to internal zones: ${service.purpose}`
        : `internal zones to ${service.name}: ${service.purpose}`,
    },
  ];
}
