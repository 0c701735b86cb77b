import { Construct } from "constructs";
import { routerName, subnetName } from "../contract/resource-names";
import { tenantNetwork } from "./tenant-network";
import { NetworkingRouterInterfaceV2 } from "../.gen/providers/openstack/networking-router-interface-v2";
import { NetworkingRouterV2 } from "../.gen/providers/openstack/networking-router-v2";
import { NetworkingSubnetV2 } from "../.gen/providers/openstack/networking-subnet-v2";

export interface ZoneNetworkProps {
  /** Project that owns the network; without it Neutron would give it to the deploying admin's project. */
  readonly projectId: string;
  /** Base of the network, subnet and router names. */
  readonly name: string;
  readonly description: string;
  readonly cidr: string;
  readonly dnsNameservers: readonly string[];
  /** Provider network the router's gateway sits on: the only way out of this zone. */
  readonly gatewayNetworkId: string;
  /**
   * Source NAT at the gateway. Off on the administrative backbone, where addresses are routed
   * and logs must show the real source.
   */
  readonly snat: boolean;
  /**
   * Neutron availability zones the router may be scheduled in (its hints); none: any L3 agent.
   * Neutron checks them against the zones its agents report, not Nova's.
   */
  readonly networkAvailabilityZones?: readonly string[];
}

/** One zone's network: a network, its subnet and a router whose only gateway is the zone's provider network. */
export class ZoneNetwork extends Construct {
  readonly networkId: string;
  readonly subnetId: string;
  readonly routerId: string;
  /** The router's port on this zone's subnet, where a zone firewall attaches. */
  readonly interfacePortId: string;

  constructor(scope: Construct, id: string, props: ZoneNetworkProps) {
    super(scope, id);
    const network = tenantNetwork(this, "network", props);
    const subnet = new NetworkingSubnetV2(this, "subnet", {
      name: subnetName(props.name),
      networkId: network.id,
      tenantId: props.projectId,
      cidr: props.cidr,
      ipVersion: 4,
      enableDhcp: true,
      dnsNameservers: [...props.dnsNameservers],
    });
    const router = new NetworkingRouterV2(this, "router", {
      name: routerName(props.name),
      description: `Gateway of ${props.name}`,
      tenantId: props.projectId,
      adminStateUp: true,
      externalNetworkId: props.gatewayNetworkId,
      enableSnat: props.snat,
      ...(props.networkAvailabilityZones ? { availabilityZoneHints: [...props.networkAvailabilityZones] } : {}),
    });
    const routerInterface = new NetworkingRouterInterfaceV2(this, "interface", {
      routerId: router.id,
      subnetId: subnet.id,
    });
    this.networkId = network.id;
    this.subnetId = subnet.id;
    this.routerId = router.id;
    this.interfacePortId = routerInterface.portId;
  }
}
