/**
 * The network model's parts: what the synthesized Terraform of a whole center builds, linked
 * across stacks, as plain data the forwarding walk (forward.ts) reads. Addresses are unsigned
 * 32-bit numbers; a part that names nothing the model can follow is recorded as unproven.
 */
import { Cidr } from "../../model/ip";

/** Where a resource lives: one OpenStack (a stack's provider cloud and region). */
export type SiteKey = string;

/** A resource as people find it: the stack file and Terraform address. */
export interface Origin {
  readonly stack: string;
  readonly address: string;
}

export type NetworkRole = "tenant" | "internet" | "backbone";

export interface Network extends Origin {
  readonly key: string;
  readonly site: SiteKey;
  readonly name?: string;
  readonly role: NetworkRole;
  /** Ports on it get port security unless they say otherwise (Neutron's default: true). */
  readonly portSecurity: boolean;
  readonly shared: boolean;
  readonly subnets: Subnet[];
}

export interface HostRoute extends Origin {
  readonly destination: Cidr;
  readonly nextHop: number;
}

export interface Subnet extends Origin {
  readonly key: string;
  readonly site: SiteKey;
  readonly name?: string;
  network?: Network;
  readonly cidr?: Cidr;
  /** The default gateway's address; null when the subnet has none. */
  readonly gateway: number | null;
  readonly dnsNameservers: readonly string[];
  readonly routes: HostRoute[];
}

export interface FirewallRule extends Origin {
  readonly action: "allow" | "deny";
  /** Undefined: any protocol. */
  readonly protocol?: "tcp" | "udp" | "icmp";
  readonly source?: Cidr;
  readonly destination?: Cidr;
  readonly destinationPorts?: PortRange;
  readonly sourcePorts?: PortRange;
}

export interface FirewallPolicy extends Origin {
  readonly rules: FirewallRule[];
}

export interface FirewallGroup extends Origin {
  /** Traffic the router sends out of the guarded port, into the port's subnet (neutron-fwaas filters `-o port`). */
  readonly ingress?: FirewallPolicy;
  /** Traffic the router receives on the guarded port, leaving the port's subnet. */
  readonly egress?: FirewallPolicy;
}

/** A router's leg on a subnet: its address there, and the firewall group on that port. */
export interface RouterPort extends Origin {
  readonly router: Router;
  readonly subnet: Subnet;
  readonly ip?: number;
  firewall?: FirewallGroup;
  /** What a firewall group's `ports` names to mean this leg. */
  readonly portKeys: readonly string[];
}

export interface Router extends Origin {
  readonly key: string;
  readonly site: SiteKey;
  readonly name?: string;
  gateway?: Network;
  readonly snat: boolean;
  readonly legs: RouterPort[];
  readonly routes: HostRoute[];
}

export type PortRange = readonly [number, number];

export interface SecurityGroupRule extends Origin {
  readonly direction: "ingress" | "egress";
  /** Undefined: any protocol. */
  readonly protocol?: string;
  readonly ports?: PortRange;
  /** Undefined with no remote group: any address. */
  readonly remoteCidr?: Cidr;
  remoteGroup?: SecurityGroup;
  readonly description?: string;
}

export interface SecurityGroup extends Origin {
  readonly key: string;
  readonly site: SiteKey;
  readonly name?: string;
  readonly rules: SecurityGroupRule[];
}

export interface Port extends Origin {
  readonly key: string;
  readonly site: SiteKey;
  readonly name?: string;
  network?: Network;
  readonly fixedIps: Array<{ subnet?: Subnet; ip?: number }>;
  readonly groups: SecurityGroup[];
  /** Off: no security group filters it (and it may send with any address). */
  readonly portSecurity: boolean;
  /** Addresses it may also send from (allowed address pairs), as ranges; a VIP's, say. */
  readonly addressPairs: Cidr[];
  readonly addressPairPorts: Port[];
  /** Floating IPs on it: it is reachable from their network. */
  readonly floatingIps: Network[];
}

export interface PoolMember extends Origin {
  readonly port: number;
  readonly subnet?: Subnet;
  /** The port whose address the member names, when it names one by reference. */
  readonly target?: Port;
  readonly ip?: number;
}

export interface Listener extends Origin {
  readonly protocolPort: number;
  /** The sources Octavia admits on it (`allowed_cidrs`); undefined: any. */
  readonly allowedCidrs?: readonly Cidr[];
  readonly members: PoolMember[];
  readonly monitored: boolean;
}

export interface LoadBalancer extends Origin {
  readonly site: SiteKey;
  readonly vip?: Port;
  readonly vipSubnet?: Subnet;
  readonly listeners: Listener[];
}

/** A construct the model cannot follow: reported, never counted as safe. */
export interface Unproven extends Origin {
  readonly why: string;
}

export interface NetworkModel {
  readonly networks: readonly Network[];
  readonly subnets: readonly Subnet[];
  readonly routers: readonly Router[];
  readonly groups: readonly SecurityGroup[];
  readonly ports: readonly Port[];
  readonly balancers: readonly LoadBalancer[];
  readonly unproven: readonly Unproven[];
  /** The provider networks of each site, found or not in the stacks. */
  outside(site: SiteKey, role: Exclude<NetworkRole, "tenant">): Network;
  /** Indexes the walk asks of every packet: router legs on a network, routers gatewayed on one. */
  legsOn(network: Network): readonly RouterPort[];
  routersGatewayedOn(network: Network): readonly Router[];
  /** The leg, of a router gatewayed on `network`, whose subnet holds `ip`: where the network hands a packet for it. */
  entryFrom(network: Network, ip: number): RouterPort | undefined;
  /** The one group of a site with a name; undefined for none or several. */
  groupNamed(site: SiteKey, name: string): SecurityGroup | undefined;
  portsWith(group: SecurityGroup): readonly Port[];
  /** The tenant subnet of a site whose range is exactly `cidr`. */
  subnetWithCidr(site: SiteKey, cidr: string): Subnet | undefined;
}
