/**
 * The probes as e2e/packets.py wires them: each test host a Neutron port (a deployed one, found
 * in the stacks' states, or one made for the test) with a namespace behind it, or an address in
 * the namespace standing on a provider network; each probe a connection between two of them.
 */
import { stackNameOf } from "../../policy/reach";
import { Host } from "../../policy/reach/forward";
import { NetworkModel, Origin, Port } from "../../policy/reach/network";
import { formatIpv4 } from "../../model/ip";
import { Deployed } from "../verify/state";
import { endKey, Probe } from "./plan";

/** A test host behind a port: a deployed one (rebound to the test's namespace) or one made for the test. */
export interface PortHost {
  readonly key: string;
  readonly label: string;
  /** A deployed port: its id, and addresses it also answers on (a VIP it holds, as keepalived would). */
  readonly port?: { readonly id: string; readonly extraIps: readonly string[] };
  readonly create?: {
    readonly project: string;
    readonly network: string;
    readonly subnet: string;
    /** Unset: Neutron picks one (the model assumes one address for every system it does not build). */
    readonly ip?: string;
    readonly groups: readonly string[];
    readonly portSecurity: boolean;
    /** The network of a floating IP the test gives it, as its municipality would. */
    readonly floatingNetwork?: string;
  };
}

/** The namespace standing for a provider network: the internet or the backbone. */
export interface OutsideHost {
  readonly key: string;
  /** The provider network's name: the namespace stands at its subnet's gateway. */
  readonly network: string;
  /** The backbone: it routes each router gatewayed on it to the subnets the router connects. */
  readonly routed: boolean;
  /** Addresses beyond the network's own that it answers on and sends from (resolvers, operators). */
  readonly addresses: string[];
  /** An attacker's routes: each destination host's addresses through a router's gateway. */
  readonly routes: Array<{ readonly to: string; readonly toIp?: string; readonly router: string }>;
}

export interface WiredProbe {
  readonly from: string;
  /** The source's address, for an outside namespace that holds several. */
  readonly fromIp?: string;
  readonly to: string;
  /** The destination's address when it is not the host's own (a VIP, an outside address). */
  readonly toIp?: string;
  /** Sent to the destination's floating IP (a source on the internet). */
  readonly floating: boolean;
  readonly protocol: "tcp" | "udp";
  readonly port: number;
}

export interface Wiring {
  readonly hosts: PortHost[];
  readonly outside: OutsideHost[];
  readonly probes: WiredProbe[];
}

/** The deployed resource a model part came from: its stack's state, by Terraform address. */
export type StateIndex = (origin: Origin) => Deployed | undefined;

export function stateIndex(resources: readonly Deployed[]): StateIndex {
  const byAddress = new Map(resources.map((r) => [`${r.stack}|${r.address}`, r]));
  return (origin) => byAddress.get(`${stackNameOf(origin.stack)}|${origin.address}`);
}

export class UnwirableProbe extends Error {}

export function wire(probes: readonly Probe[], model: NetworkModel, state: StateIndex): Wiring {
  const hosts = new Map<string, PortHost>();
  const outside = new Map<string, OutsideHost>();
  const idOf = (origin: Origin) => {
    const id = state(origin)?.attributes.id;
    if (typeof id !== "string")
      throw new UnwirableProbe(`${origin.address} (${stackNameOf(origin.stack)}) is not deployed`);
    return id;
  };
  const firstIp = (port: Port) => {
    const ips = state(port)?.attributes.all_fixed_ips;
    return Array.isArray(ips) && typeof ips[0] === "string" ? ips[0] : undefined;
  };

  /** The test host for one end, and the address to use when it is not the host's own. */
  const end = (host: Host): { key: string; ip?: string } => {
    if (host.network.role !== "tenant") {
      const key = `${host.network.role} ${host.network.name}`;
      const found = outside.get(key) ?? {
        key,
        network: host.network.name ?? "",
        routed: host.network.role === "backbone",
        addresses: [],
        routes: [],
      };
      outside.set(key, found);
      const ip = formatIpv4(host.ip);
      if (!found.addresses.includes(ip)) found.addresses.push(ip);
      return { key, ip };
    }
    const port = host.origin as Port | undefined;
    if (port?.key) {
      const holder = model.ports.find((p) => p.addressPairPorts.includes(port));
      if (holder) {
        const vip = firstIp(port);
        if (!vip) throw new UnwirableProbe(`${port.address} has no address in its state`);
        const key = endKey({ ...host, origin: holder });
        const known = hosts.get(key);
        const extraIps = [...(known?.port?.extraIps ?? []), vip];
        hosts.set(key, { key, label: host.label, port: { id: idOf(holder), extraIps: [...new Set(extraIps)] } });
        return { key, ip: vip };
      }
      const key = endKey(host);
      if (!hosts.has(key)) hosts.set(key, { key, label: host.label, port: { id: idOf(port), extraIps: [] } });
      return { key };
    }
    const key = endKey(host);
    if (!hosts.has(key)) hosts.set(key, { key, label: host.label, create: creation(host) });
    return { key };
  };

  const creation = (host: Host): PortHost["create"] => {
    const subnet = host.subnet && state(host.subnet);
    if (!host.subnet || !subnet) throw new UnwirableProbe(`${host.label}: its subnet is not deployed`);
    const published = host.assumed !== undefined && host.floatingIps.length > 0;
    return {
      project: String(subnet.attributes.tenant_id),
      network: String(subnet.attributes.network_id),
      subnet: String(subnet.attributes.id),
      ip: host.assumed ? undefined : formatIpv4(host.ip),
      groups: host.groups.map(idOf),
      portSecurity: host.portSecurity,
      floatingNetwork: published ? host.floatingIps[0].name : undefined,
    };
  };

  const wired = probes.map((probe): WiredProbe => {
    const from = end(probe.source);
    const to = end(probe.destination);
    const floating = probe.source.network.role === "internet" && probe.destination.floatingIps.length > 0;
    if (probe.through) outside.get(from.key)?.routes.push({ to: to.key, toIp: to.ip, router: idOf(probe.through) });
    return { from: from.key, fromIp: from.ip, to: to.key, toIp: to.ip, floating, ...probe.packet } as WiredProbe;
  });
  return { hosts: [...hosts.values()], outside: [...outside.values()], probes: wired };
}
