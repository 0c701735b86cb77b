/**
 * One packet's way through the model, hop by hop, as Neutron forwards it: the source port's
 * security groups, its subnet's host routes or gateway, each router (FWaaS on the leg it enters
 * and the leg it leaves, connected subnets, static routes, the gateway with or without SNAT), the
 * provider networks between routers (the routed administrative backbone; the internet, which
 * reaches a tenant only through a floating IP), and the destination port's security groups.
 */
import { contains, Cidr, formatIpv4 } from "../../model/ip";
import { allowingRule, firstMatch, Packet } from "./filters";
import { FirewallPolicy, Network, NetworkModel, Origin, Router, RouterPort, SecurityGroup, Subnet } from "./network";

/** One end of a connection: a port of the model, or a host outside it (on a provider network). */
export interface Host {
  /** How people name it: `27140/payroll`, `the internet`, `10.250.27.0/24`. */
  readonly label: string;
  readonly network: Network;
  readonly subnet?: Subnet;
  readonly ip: number;
  readonly groups: readonly SecurityGroup[];
  /** Off for hosts outside the model: nothing of rcc's filters them. */
  readonly portSecurity: boolean;
  /** Networks it is published on through a floating IP. */
  readonly floatingIps: readonly Network[];
  /** The port it is, when the stacks create one; why the model assumes it, when they do not. */
  readonly origin?: Origin;
  readonly assumed?: string;
  /** A load balancer's VIP: it takes connections on its listeners' ports only. */
  readonly listens?: { readonly at: Origin; readonly ports: ReadonlyMap<number, readonly Cidr[] | undefined> };
}

export interface Hop extends Origin {
  readonly text: string;
}

export interface Verdict {
  readonly delivered: boolean;
  /** Every hop passed, and the one that dropped it last when not delivered. */
  readonly hops: readonly Hop[];
  /** The hop that drops it. */
  readonly blocked?: Hop;
}

const MAX_ROUTERS = 8;

const IP_TEXTS = new Map<number, string>();
/** Hop texts name addresses on every hop: formatted once each. */
function ipText(ip: number): string {
  let text = IP_TEXTS.get(ip);
  if (text === undefined) {
    text = formatIpv4(ip);
    if (IP_TEXTS.size > 100_000) IP_TEXTS.clear();
    IP_TEXTS.set(ip, text);
  }
  return text;
}

type Entered = { readonly dropped: Verdict } | { readonly router: Router; readonly leg?: RouterPort };
type Left =
  { readonly dropped: Verdict } | { readonly network: Network; readonly subnet?: Subnet; readonly nextHop?: number };

const host = (ip: number): Cidr => ({ text: "", start: ip, end: ip, prefix: 32 });
const inSubnet = (subnet: Subnet, ip: number) => subnet.cidr !== undefined && contains(subnet.cidr, host(ip));

interface Path {
  readonly hops: readonly Hop[];
  readonly blocked?: Hop;
  readonly sourceIp: number;
  readonly translated: boolean;
}

const PATHS = new WeakMap<NetworkModel, Map<string, Path>>();
const IDS = new WeakMap<object, number>();
let nextId = 0;
const idOf = (part: object | undefined) => {
  if (!part) return -1;
  let id = IDS.get(part);
  if (id === undefined) IDS.set(part, (id = nextId++));
  return id;
};

function pathCache(model: NetworkModel): Map<string, Path> {
  let cache = PATHS.get(model);
  if (!cache) PATHS.set(model, (cache = new Map()));
  return cache;
}

function pathKey(source: Host, destination: Host, packet: Packet): string {
  const published = destination.floatingIps.map(idOf).join(",");
  return `${idOf(source.network)}|${idOf(source.subnet)}|${source.ip}|${idOf(destination.network)}|${destination.ip}|${published}|${packet.protocol}|${packet.port ?? ""}`;
}

export function trace(model: NetworkModel, source: Host, destination: Host, packet: Packet): Verdict {
  return new Walk(model, source, destination, packet).run();
}

class Walk {
  private readonly hops: Hop[] = [];
  private sourceIp: number;
  private translated = false;
  private readonly visited = new Set<Router>();

  constructor(
    private readonly model: NetworkModel,
    private readonly source: Host,
    private readonly destination: Host,
    private readonly packet: Packet,
  ) {
    this.sourceIp = source.ip;
  }

  run(): Verdict {
    const { source, destination, packet } = this;
    if (source.portSecurity) {
      const rule = allowingRule(source.groups, "egress", destination.ip, destination.groups, packet);
      if (!rule) return this.drop(this.groupsOrigin(source), `no egress rule of ${groupNames(source)} allows it`);
      this.pass(rule, `egress allowed by ${groupNames(source)}: ${rule.description ?? "rule"}`);
    }
    // The way between the two ports depends on addresses and networks only, not on who holds
    // them: many flows share it (every system of a subnet to one resolver, say), so it is kept.
    const key = pathKey(source, destination, packet);
    const cache = pathCache(this.model);
    let path = cache.get(key);
    if (!path) {
      const before = this.hops.length;
      const blocked = this.forward();
      path = { hops: this.hops.slice(before), blocked, sourceIp: this.sourceIp, translated: this.translated };
      cache.set(key, path);
    } else {
      this.hops.push(...path.hops);
      this.sourceIp = path.sourceIp;
      this.translated = path.translated;
    }
    if (path.blocked) return { delivered: false, hops: this.hops, blocked: path.blocked };
    return this.arrive();
  }

  /** From the source's network to the destination's: the hop that drops it, or undefined when it arrives. */
  private forward(): Hop | undefined {
    let network = this.source.network;
    let subnet = this.source.subnet;
    let nextHop: number | undefined;
    for (let step = 0; step <= MAX_ROUTERS; step++) {
      if (
        network.key === this.destination.network.key &&
        (network.role !== "tenant" || !subnet || this.onLink(subnet))
      ) {
        return undefined;
      }
      const entered =
        network.role === "tenant" ? this.leaveSubnet(network, subnet, nextHop) : this.leaveProviderNetwork(network);
      if ("dropped" in entered) return entered.dropped.blocked;
      const exit = this.route(entered.router, entered.leg);
      if ("dropped" in exit) return exit.dropped.blocked;
      ({ network, subnet, nextHop } = exit);
    }
    return this.drop(this.source.network, `more than ${MAX_ROUTERS} routers: a routing loop`).blocked;
  }

  /** Whether the destination is on this subnet's network directly (Neutron forwards on the network, any subnet). */
  private onLink(subnet: Subnet): boolean {
    return subnet.network?.key === this.destination.network.key;
  }

  /** From a tenant subnet to the router its host route or default gateway names. */
  private leaveSubnet(network: Network, subnet: Subnet | undefined, forced: number | undefined): Entered {
    const dst = this.destination.ip;
    const route = forced ?? subnet?.routes.filter((r) => contains(r.destination, host(dst))).sort(longest)[0]?.nextHop;
    const via = route ?? subnet?.gateway ?? undefined;
    const where = subnet ?? network;
    if (via === undefined || via === null) return { dropped: this.drop(where, `${label(where)} has no gateway`) };
    const leg = this.model.legsOn(network).find((l) => l.ip === via);
    if (!leg) {
      return { dropped: this.drop(where, `next hop ${ipText(via)} is no router the stacks create`) };
    }
    this.pass(
      where,
      `${label(where)} sends it to ${label(leg.router)} (${route === undefined ? "gateway" : "host route"} ${ipText(via)})`,
    );
    const dropped = this.firewall(leg, leg.firewall?.egress, "entering the router");
    return dropped ? { dropped } : { router: leg.router, leg };
  }

  /** From a provider network into the router that connects the destination, if any path exists. */
  private leaveProviderNetwork(network: Network): Entered {
    const dst = this.destination.ip;
    const found = this.model.entryFrom(network, dst);
    const leg = found && !this.visited.has(found.router) ? found : undefined;
    if (!leg) {
      const what = network.role === "internet" ? "the internet does not route" : "the backbone has no route to";
      return { dropped: this.drop(network, `${what} ${ipText(dst)}: no router gatewayed here connects it`) };
    }
    const published = this.destination.floatingIps.some((n) => n.key === network.key);
    if (published) {
      this.pass(leg.router, `floating IP of the destination on ${label(network)}, to ${label(leg.router)}`);
    } else if (leg.router.snat) {
      return {
        dropped: this.drop(leg.router, `${label(leg.router)} NATs its gateway and the destination has no floating IP`),
      };
    } else {
      this.pass(leg.router, `${label(network)} routes ${ipText(dst)} to ${label(leg.router)} (no SNAT)`);
    }
    return { router: leg.router, leg: undefined };
  }

  /** Inside a router: the connected subnet, a static route, or the gateway. */
  private route(router: Router, entry: RouterPort | undefined): Left {
    this.visited.add(router);
    const dst = this.destination.ip;
    const connected = router.legs.filter((l) => inSubnet(l.subnet, dst)).sort((a, b) => longest(a.subnet, b.subnet))[0];
    const routed = router.routes.filter((r) => contains(r.destination, host(dst))).sort(longest)[0];
    if (connected && (!routed || connected.subnet.cidr!.prefix >= routed.destination.prefix)) {
      if (connected === entry) {
        return { dropped: this.drop(router, `${label(router)} would send it back where it came from`) };
      }
      const dropped = this.firewall(connected, connected.firewall?.ingress, "leaving the router");
      if (dropped) return { dropped };
      this.pass(connected, `${label(router)} forwards it onto ${label(connected.subnet)}`);
      return { network: connected.subnet.network!, subnet: connected.subnet, nextHop: undefined };
    }
    if (routed) {
      const leg = router.legs.find((l) => inSubnet(l.subnet, routed.nextHop));
      if (!leg)
        return {
          dropped: this.drop(routed, `next hop ${ipText(routed.nextHop)} is on no subnet of ${label(router)}`),
        };
      const dropped = this.firewall(leg, leg.firewall?.ingress, "leaving the router");
      if (dropped) return { dropped };
      this.pass(routed, `${label(router)} routes it via ${ipText(routed.nextHop)}`);
      return { network: leg.subnet.network!, subnet: leg.subnet, nextHop: routed.nextHop };
    }
    if (!router.gateway) return { dropped: this.drop(router, `${label(router)} has no route to ${ipText(dst)}`) };
    if (router.snat) {
      this.translated = true;
      this.pass(router, `${label(router)} sends it out of its gateway on ${label(router.gateway)}, with SNAT`);
    } else {
      this.pass(router, `${label(router)} sends it out of its gateway on ${label(router.gateway)} (no SNAT)`);
    }
    return { network: router.gateway, subnet: undefined, nextHop: undefined };
  }

  private firewall(leg: RouterPort, policy: FirewallPolicy | undefined, where: string): Verdict | undefined {
    if (!leg.firewall) return undefined;
    if (!policy) {
      this.pass(leg.firewall, `firewall group has no policy for traffic ${where}: FWaaS passes it`);
      return undefined;
    }
    const rule = firstMatch(policy, this.sourceIp, this.destination.ip, this.packet);
    if (!rule) return this.drop(policy, `no rule of ${policy.address} matches: FWaaS denies it (${where})`);
    if (rule.action !== "allow") return this.drop(rule, `firewall rule denies it (${where}, policy ${policy.address})`);
    this.pass(rule, `firewall rule allows it (${where})`);
    return undefined;
  }

  private arrive(): Verdict {
    const { destination, packet } = this;
    if (destination.listens) {
      const listener =
        packet.protocol === "tcp" && packet.port !== undefined ? destination.listens.ports.get(packet.port) : undefined;
      if (!destination.listens.ports.has(packet.port ?? -1) || packet.protocol !== "tcp") {
        return this.drop(
          destination.listens.at,
          `the load balancer has no listener on ${packet.protocol}/${packet.port ?? "-"}`,
        );
      }
      if (listener && !listener.some((cidr) => contains(cidr, host(this.sourceIp)))) {
        return this.drop(
          destination.listens.at,
          `the listener on tcp/${packet.port} admits only ${listener.map((c) => c.text).join(", ")}`,
        );
      }
    }
    if (destination.portSecurity) {
      const peers = this.translated ? [] : this.source.groups;
      const rule = allowingRule(destination.groups, "ingress", this.sourceIp, peers, packet);
      if (!rule) {
        const translated = this.translated ? " (its source address was translated on the way)" : "";
        return this.drop(
          this.groupsOrigin(destination),
          `no ingress rule of ${groupNames(destination)} allows it${translated}`,
        );
      }
      this.pass(rule, `ingress allowed by ${groupNames(destination)}: ${rule.description ?? "rule"}`);
    }
    this.pass(destination.origin ?? destination.network, `delivered to ${destination.label}`);
    return { delivered: true, hops: this.hops };
  }

  private groupsOrigin(end: Host): Origin {
    return end.groups[0] ?? end.origin ?? end.network;
  }

  private pass(at: Origin, text: string): void {
    this.hops.push({ stack: at.stack, address: at.address, text });
  }

  private drop(at: Origin, text: string): Verdict {
    const blocked = { stack: at.stack, address: at.address, text };
    return { delivered: false, hops: [...this.hops, blocked], blocked };
  }
}

function longest(a: { destination?: Cidr; cidr?: Cidr }, b: { destination?: Cidr; cidr?: Cidr }): number {
  return (b.destination ?? b.cidr)!.prefix - (a.destination ?? a.cidr)!.prefix;
}

function label(part: { name?: string; address: string; cidr?: Cidr }): string {
  return part.name ?? part.cidr?.text ?? part.address;
}

function groupNames(end: Host): string {
  return end.groups.length === 0 ? "its port (no security group)" : end.groups.map(label).join(", ");
}
