/**
 * The ends of declared flows as hosts of the model. A system the stacks build is its ports (or
 * its load balancer's VIP); a system they do not build is a port its municipality will attach to
 * the zone's subnet with the system's security group, which is what rcc gives it. Ends outside
 * the stacks (the internet, the backbone's ranges) are hosts on the provider networks.
 */
import { LINKAGE_RELAY, sharedServiceGroupName, systemResourceName } from "../../contract/resource-names";
import { Municipality, Region, System } from "../../model/center";
import { Cidr, contains, formatIpv4, isPrivate, parseCidr, parseIpv4 } from "../../model/ip";
import { SharedService } from "../../model/schema/region";
import { Packet } from "./filters";
import { Host } from "./forward";
import { takesInternetIngress } from "../../model/published";
import { LoadBalancer, Network, NetworkModel, Port, SecurityGroup, SiteKey, Subnet } from "./network";

/** Where a system is asked for: where a connection on a given packet arrives, where its clients connect (the VIP when balanced), or where its own connections start. */
type Role = "server" | "balanced" | "client";

/** A documentation address (RFC 5737) standing for any host of the internet. */
export const INTERNET_HOST = "203.0.113.10";

export class Endpoints {
  constructor(
    readonly model: NetworkModel,
    readonly region: Region,
  ) {}

  /** The center's cloud, and the DR partner's. */
  get center(): SiteKey {
    return this.region.openstack.cloud;
  }

  get partner(): SiteKey | undefined {
    return this.region.drPartner?.cloud;
  }

  group(site: SiteKey, name: string): SecurityGroup | undefined {
    return this.model.groupNamed(site, name);
  }

  /** The subnet of the site whose range is exactly `cidr`. */
  subnet(site: SiteKey, cidr: string): Subnet | undefined {
    return this.model.subnetWithCidr(site, cidr);
  }

  /** Ports of the site carrying a group. */
  portsWith(group: SecurityGroup): readonly Port[] {
    return this.model.portsWith(group);
  }

  /**
   * Where connections to a system arrive: its load balancer's VIP for a TCP port it listens on,
   * else its built ports (a VIP port rather than the members it moves between), else one port it
   * will have on its zone's subnet. A string says why the stacks hold no such end.
   */
  system(site: SiteKey, m: Municipality, system: System, slot = 0, packet?: Packet): Host | string {
    return this.memo(site, m, system, slot, packet ? "server" : "balanced", packet);
  }

  /** Where a system's own connections come from: one of its instances, never a VIP. */
  client(site: SiteKey, m: Municipality, system: System, slot = 0): Host | string {
    return this.memo(site, m, system, slot, "client");
  }

  private memo(
    site: SiteKey,
    m: Municipality,
    system: System,
    slot: number,
    role: Role,
    packet?: Packet,
  ): Host | string {
    const listened =
      role === "server" && packet !== undefined && packet.protocol === "tcp" && packet.port !== undefined;
    const key = `${site}|${m.code}|${system.name}|${slot}|${role}|${listened ? packet!.port : ""}`;
    let host = this.systems.get(key);
    if (host === undefined) {
      host = this.findSystem(site, m, system, slot, role, listened ? packet!.port : undefined);
      this.systems.set(key, host);
    }
    return host;
  }

  private readonly systems = new Map<string, Host | string>();
  private readonly addresses = new Map<string, Host>();
  private readonly roles = new Map<number, "backbone" | "internet">();

  private findSystem(
    site: SiteKey,
    m: Municipality,
    system: System,
    slot: number,
    role: Role,
    tcpPort?: number,
  ): Host | string {
    const name = systemResourceName(m.code, system.name);
    const group = this.group(site, name);
    if (!group) return `no security group ${name} in the stacks of ${site}`;
    const label = `${m.code}/${system.name}`;
    const ports = this.portsWith(group);
    const balancer = this.balancerOf(ports);
    const listens = balancer?.listeners.some((l) => l.protocolPort === tcpPort);
    if (balancer?.vip && (role === "balanced" || (role === "server" && listens))) {
      const ports = new Map(balancer.listeners.map((l) => [l.protocolPort, l.allowedCidrs] as const));
      return {
        ...this.portHost(label, balancer.vip),
        groups: [],
        portSecurity: false,
        listens: { at: balancer, ports },
      };
    }
    const vip = ports.find((p) => ports.some((other) => other.addressPairPorts.includes(p)));
    const members = ports.filter((p) => p !== vip);
    if (ports.length > 0) return this.portHost(label, role === "client" ? (members[0] ?? ports[0]) : (vip ?? ports[0]));
    const subnet = this.subnet(site, m.addressing[system.zone]);
    if (!subnet)
      return `no subnet ${m.addressing[system.zone]} (${m.code} ${system.zone} zone) in the stacks of ${site}`;
    const publishes = takesInternetIngress(system);
    return {
      ...this.hostIn(subnet, slot),
      label,
      groups: [group],
      portSecurity: subnet.network!.portSecurity,
      floatingIps: publishes ? [this.model.outside(site, "internet")] : [],
      assumed: `a port of ${system.name} on ${subnet.name ?? subnet.address}, as its municipality attaches one${
        publishes ? ", with a floating IP" : ""
      } (rcc does not build it)`,
    };
  }

  /** The load balancer whose members are these ports. */
  balancerOf(ports: readonly Port[]): LoadBalancer | undefined {
    if (!this.fronting) {
      this.fronting = new Map();
      for (const b of this.model.balancers) {
        for (const member of b.listeners.flatMap((l) => l.members)) {
          if (member.target && !this.fronting.has(member.target.key)) this.fronting.set(member.target.key, b);
        }
      }
    }
    for (const port of ports) {
      const found = this.fronting.get(port.key);
      if (found) return found;
    }
    return undefined;
  }

  /** Each member port's load balancer, indexed on first use. */
  private fronting?: Map<string, LoadBalancer>;

  /** A load balancer's own end of the connections to its members: an address in its VIP subnet, no group of rcc's. */
  balancerHost(balancer: LoadBalancer): Host | string {
    const subnet = balancer.vipSubnet ?? balancer.vip?.fixedIps[0]?.subnet;
    if (!subnet?.cidr) return `load balancer ${balancer.address} has no VIP subnet the model can find`;
    return {
      ...this.hostIn(subnet, 50),
      label: `load balancer ${balancer.address}`,
      groups: [],
      portSecurity: false,
      floatingIps: [],
    };
  }

  /** The built instances of a system: each port carrying its group, and any load balancer in front of them. */
  builtPorts(site: SiteKey, m: Municipality, system: System): readonly Port[] {
    const group = this.group(site, systemResourceName(m.code, system.name));
    return group ? this.portsWith(group) : [];
  }

  /** Each relay of a municipality's linkage zone at a site. */
  relays(site: SiteKey, m: Municipality): Host[] {
    const group = this.group(site, systemResourceName(m.code, LINKAGE_RELAY));
    return group ? this.portsWith(group).map((port) => this.portHost(`${m.code}/${LINKAGE_RELAY}`, port)) : [];
  }

  /** Any host of a municipality's zone: no group of rcc's filters it. */
  zoneHost(site: SiteKey, m: Municipality, zone: "internal" | "external"): Host | string {
    const subnet = this.subnet(site, m.addressing[zone]);
    if (!subnet) return `no subnet ${m.addressing[zone]} (${m.code} ${zone} zone) in the stacks of ${site}`;
    return {
      ...this.hostIn(subnet, 40),
      label: `a host of ${m.code}'s ${zone} zone`,
      groups: [],
      portSecurity: false,
      floatingIps: [],
    };
  }

  /** A shared service of the center: a port on the shared subnet with the service's group. */
  sharedService(service: SharedService): Host | string {
    const name = sharedServiceGroupName(this.region.name, service.name);
    const group = this.group(this.center, name);
    if (!group) return `no security group ${name} in the core stack`;
    const ports = this.portsWith(group);
    if (ports.length > 0) return this.portHost(`shared service ${service.name}`, ports[0]);
    const subnet = this.subnet(this.center, this.region.addressPools.shared);
    if (!subnet) return `no shared subnet ${this.region.addressPools.shared} in the core stack`;
    return {
      ...this.hostIn(subnet, 30 + this.region.sharedServices.services.indexOf(service)),
      label: `shared service ${service.name}`,
      groups: [group],
      portSecurity: subnet.network!.portSecurity,
      floatingIps: [],
      assumed: `a port of ${service.name} on ${subnet.name ?? subnet.address} (rcc does not build the service)`,
    };
  }

  /**
   * An address: a port of the model that has it, else a host of the shared services that listen
   * there, else a host on the subnet holding it, else a host outside (the backbone for private
   * addresses, the internet for the rest).
   */
  address(site: SiteKey, text: string, label = text): Host {
    const key = `${site}|${text}|${label}`;
    let host = this.addresses.get(key);
    if (!host) {
      host = this.findAddress(site, text, label);
      this.addresses.set(key, host);
    }
    return host;
  }

  private findAddress(site: SiteKey, text: string, label: string): Host {
    const ip = parseIpv4(text)!;
    const subnet = this.model.subnets.find(
      (s) => s.site === site && s.network?.role === "tenant" && s.cidr && contains(s.cidr, hostRange(ip)),
    );
    if (subnet) {
      return { label, network: subnet.network!, subnet, ip, groups: [], portSecurity: false, floatingIps: [] };
    }
    return this.outside(site, ip, label);
  }

  /** A host outside the stacks at `ip`: on the backbone when private, else on the internet. */
  outside(site: SiteKey, ip: number, label: string): Host {
    let role = this.roles.get(ip);
    if (!role) {
      role = isPrivate(hostRange(ip)) ? "backbone" : "internet";
      this.roles.set(ip, role);
    }
    const network = this.model.outside(site, role);
    return { label, network, ip, groups: [], portSecurity: false, floatingIps: [] };
  }

  internet(site: SiteKey): Host {
    return this.outside(site, parseIpv4(INTERNET_HOST)!, "the internet");
  }

  /** The first and last address of a range: what a range-wide rule must carry at both ends. */
  rangeHosts(site: SiteKey, cidr: string): Host[] {
    const range = parseCidr(cidr)!;
    const ends = range.prefix >= 31 ? [range.start] : [range.start + 1, range.end - 1];
    if (range.prefix === 0) return [this.internet(site)];
    return [...new Set(ends)].map((ip) => this.address(site, formatIpv4(ip), `${cidr} (${formatIpv4(ip)})`));
  }

  portHost(label: string, port: Port): Host {
    const fixed = port.fixedIps[0];
    const subnet = fixed?.subnet;
    const ip = fixed?.ip ?? (subnet ? this.hostIn(subnet, 20).ip : 0);
    return {
      label,
      network: port.network ?? subnet?.network ?? this.model.outside(port.site, "backbone"),
      subnet,
      ip,
      groups: port.groups,
      portSecurity: port.portSecurity,
      floatingIps: port.floatingIps,
      origin: port,
    };
  }

  /** A free-looking address of a subnet, counted back from its end (DHCP hands out from the start). */
  private hostIn(subnet: Subnet, slot: number): { network: Network; subnet: Subnet; ip: number } {
    const range = subnet.cidr!;
    const ip = Math.max(range.start + 2, range.end - 1 - slot);
    return { network: subnet.network!, subnet, ip };
  }
}

function hostRange(ip: number): Cidr {
  return { text: `${formatIpv4(ip)}/32`, start: ip, end: ip, prefix: 32 };
}
