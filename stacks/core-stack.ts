import { Construct } from "constructs";
import { label } from "../constructs/labels";
import { ProviderNetworks } from "../constructs/provider-networks";
import { SecurityGroup, SecurityGroupRule } from "../constructs/security-group";
import { TenantProject } from "../constructs/tenant-project";
import { ZoneNetwork } from "../constructs/zone-network";
import { RccStack, RccStackProps } from "./rcc-stack";

export const CORE_STACK = "core";

/** Ports of the shared services that operators and tenants reach. */
const SSH = 22;
const HTTPS = 443;
const NODE_EXPORTER = 9100;

/**
 * What the center runs once for every tenant (공통기반): the shared-services project, its
 * network on the administrative backbone, and baseline security groups. It knows nothing of the
 * municipalities, so onboarding one never changes this stack.
 */
export class CoreStack extends RccStack {
  constructor(scope: Construct, props: RccStackProps) {
    super(scope, CORE_STACK, props);
    const { region } = props;
    label(this, { region: region.name, municipality: "center", zone: "shared", grade: region.sharedServices.grade });

    const shared = new TenantProject(this, "shared-services", {
      name: `${region.name}-shared-services`,
      description: `Shared services (공통기반) of ${region.displayName}, managed by rcc`,
      domainId: region.openstack.domainId,
      roleAssignments: [],
    });
    const fromOperators = (port: number, description: string): SecurityGroupRule[] =>
      region.operatorCidrs.map((cidr) => ({ direction: "ingress", protocol: "tcp", port, cidr, description }));

    const gateways = new ProviderNetworks(this, "provider-networks", region.providerNetworks);
    new ZoneNetwork(this, "shared-network", {
      projectId: shared.projectId,
      name: `${region.name}-shared`,
      description: `Shared services of ${region.displayName} on the administrative backbone`,
      cidr: region.addressPools.shared,
      dnsNameservers: region.dnsNameservers,
      gatewayNetworkId: gateways.administrativeId,
      snat: false,
      availabilityZones: region.availabilityZones,
    });

    new SecurityGroup(this, "bastion", {
      projectId: shared.projectId,
      name: `${region.name}-bastion`,
      description: "Bastion: SSH from the center's operators, and on to tenants' internal networks",
      rules: [
        ...fromOperators(SSH, "operators to bastion"),
        {
          direction: "egress",
          protocol: "tcp",
          port: SSH,
          cidr: region.addressPools.internal,
          description: "bastion to internal zone",
        },
      ],
    });
    new SecurityGroup(this, "monitoring", {
      projectId: shared.projectId,
      name: `${region.name}-monitoring`,
      description: "Monitoring: scrapes tenants' internal networks, dashboards for operators",
      rules: [
        ...fromOperators(HTTPS, "operators to dashboards"),
        {
          direction: "egress",
          protocol: "tcp",
          port: NODE_EXPORTER,
          cidr: region.addressPools.internal,
          description: "scrape internal zone exporters",
        },
      ],
    });
  }
}
