import { Construct } from "constructs";
import { externalLegPortName, relayPortName, subnetName } from "../contract/resource-names";
import { tenantNetwork } from "./tenant-network";
import { NetworkingPortV2 } from "../.gen/providers/openstack/networking-port-v2";
import { NetworkingRouterInterfaceV2 } from "../.gen/providers/openstack/networking-router-interface-v2";
import { NetworkingSubnetRouteV2 } from "../.gen/providers/openstack/networking-subnet-route-v2";
import { NetworkingSubnetV2 } from "../.gen/providers/openstack/networking-subnet-v2";
import { hostAddress, parseCidr } from "../model/ip";

export interface LinkageZoneProps {
  readonly projectId: string;
  /** Base of the network, subnet and port names. */
  readonly name: string;
  readonly description: string;
  readonly cidr: string;
  /** The internal zone's router: the linkage subnet's default gateway. */
  readonly internalRouterId: string;
  /** The external zone's router, and the external subnet that is reached through it. */
  readonly externalRouterId: string;
  readonly externalCidr: string;
  /** Security group of the relay ports: it forwards the declared flows and nothing else. */
  readonly relayGroupId: string;
  /** Relay ports to create (one per relay appliance, for redundancy). */
  readonly relays: readonly string[];
}

/** Offsets in the linkage subnet: .1 internal router (gateway), .2 external router, relays .10-.15, DHCP after. */
const INTERNAL_LEG = 1;
const EXTERNAL_LEG = 2;
const FIRST_RELAY = 10;
const RELAY_SLOTS = 6;

/**
 * The linkage zone (망연계 구간): a small network between the two zone routers where the relay
 * appliances sit. Each zone router reaches it directly, but neither router has a route to the
 * other zone, so a connection between the zones exists only as two connections, each ending at a
 * relay port, and the relay's security group admits only the declared flows. Port security stays
 * on, so a relay cannot forward packets with another host's address.
 */
export class LinkageZone extends Construct {
  readonly networkId: string;
  readonly relayPortIds: readonly string[];
  /** Each relay's address, in the order of `relays`. */
  readonly relayAddresses: readonly string[];
  /** The internal router's port on the linkage subnet, where the linkage zone's firewall attaches. */
  readonly internalLegPortId: string;

  constructor(scope: Construct, id: string, props: LinkageZoneProps) {
    super(scope, id);
    const range = parseCidr(props.cidr);
    if (!range) throw new Error(`linkage zone ${props.name}: ${props.cidr} is not a CIDR`);
    if (props.relays.length > RELAY_SLOTS) throw new Error(`linkage zone ${props.name}: at most ${RELAY_SLOTS} relays`);
    const network = tenantNetwork(this, "network", props);
    const subnet = new NetworkingSubnetV2(this, "subnet", {
      name: subnetName(props.name),
      networkId: network.id,
      tenantId: props.projectId,
      cidr: props.cidr,
      ipVersion: 4,
      gatewayIp: hostAddress(range, INTERNAL_LEG),
      enableDhcp: true,
      allocationPool: [
        { start: hostAddress(range, FIRST_RELAY + RELAY_SLOTS), end: hostAddress(range, range.end - range.start - 1) },
      ],
    });
    const fixedIp = (offset: number) => [{ subnetId: subnet.id, ipAddress: hostAddress(range, offset) }];

    const internalLeg = new NetworkingRouterInterfaceV2(this, "internal-leg", {
      routerId: props.internalRouterId,
      subnetId: subnet.id,
    });
    this.internalLegPortId = internalLeg.portId;
    const externalLeg = new NetworkingPortV2(this, "external-leg-port", {
      name: externalLegPortName(props.name),
      description: "External router's address in the linkage zone",
      networkId: network.id,
      tenantId: props.projectId,
      adminStateUp: true,
      // A router port: security groups never apply to it, so none is attached, not even the project's default.
      noSecurityGroups: true,
      fixedIp: fixedIp(EXTERNAL_LEG),
    });
    new NetworkingRouterInterfaceV2(this, "external-leg", { routerId: props.externalRouterId, portId: externalLeg.id });
    // Relays answer external systems through the external router; everything else uses the gateway.
    new NetworkingSubnetRouteV2(this, "route-to-external", {
      subnetId: subnet.id,
      destinationCidr: props.externalCidr,
      nextHop: hostAddress(range, EXTERNAL_LEG),
    });

    this.relayAddresses = props.relays.map((_, i) => hostAddress(range, FIRST_RELAY + i));
    this.relayPortIds = props.relays.map(
      (relay, i) =>
        new NetworkingPortV2(this, `relay-${relay}`, {
          name: relayPortName(props.name, relay),
          description: `Relay appliance ${relay} of the linkage zone`,
          networkId: network.id,
          tenantId: props.projectId,
          adminStateUp: true,
          portSecurityEnabled: true,
          securityGroupIds: [props.relayGroupId],
          fixedIp: fixedIp(FIRST_RELAY + i),
        }).id,
    );
    this.networkId = network.id;
  }
}
