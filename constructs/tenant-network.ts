import { Construct } from "constructs";
import { NetworkingNetworkV2 } from "../.gen/providers/openstack/networking-network-v2";

export interface TenantNetworkProps {
  /** Project that owns the network; without it Neutron would give it to the deploying admin's project. */
  readonly projectId: string;
  readonly name: string;
  readonly description: string;
}

/** A tenant's own network: never shared with other projects, port security on for every port. */
export function tenantNetwork(scope: Construct, id: string, props: TenantNetworkProps): NetworkingNetworkV2 {
  return new NetworkingNetworkV2(scope, id, {
    name: props.name,
    description: props.description,
    tenantId: props.projectId,
    adminStateUp: true,
    portSecurityEnabled: true,
    shared: false,
  });
}
