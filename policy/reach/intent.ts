/**
 * The config's declared intent as flows the model must deliver: each system's ingress and egress
 * rules, each linkage flow as its two legs through a relay, the shared services in their declared
 * direction, every subnet's resolvers, and each load balancer's path to its members. A flow is
 * where the config declares it (file and field path) and what it asks: a packet from one host to
 * another.
 */
import { CORE_STACK, drStackName, tenantStackName } from "../../contract/stack-names";
import { Municipality, Region, System, systemsInZone } from "../../model/center";
import { parsePeer } from "../../model/peer";
import { Endpoints } from "./endpoints";
import { Packet, Protocol } from "./filters";
import { Host } from "./forward";
import { SiteKey } from "./network";

export interface DeclaredFlow {
  /** One line, e.g. `27140 water-telemetry ingress from 172.27.0.0/16 tcp/8883`. */
  readonly name: string;
  /** `municipality:<code>` or `region`, and the field path there: where the flow is declared. */
  readonly declaredIn: {
    readonly file: "region" | { readonly code: string };
    readonly path: ReadonlyArray<string | number>;
  };
  readonly municipality: string;
  readonly source: Host | string;
  readonly destination: Host | string;
  readonly packet: Packet;
}

/**
 * Every flow the config declares, at the center and, for the standby tenants, at the partner.
 * Only flows whose stacks are at hand (`has`, by stack name) are declared: a selective synthesis
 * checks what it builds.
 */
export function declaredFlows(
  ends: Endpoints,
  municipalities: readonly Municipality[],
  has: (stack: string) => boolean = () => true,
): DeclaredFlow[] {
  const region = ends.region;
  return municipalities.flatMap((m) => [
    ...(has(tenantStackName(m.code))
      ? [
          ...m.systems.flatMap((system, i) => systemFlows(ends, m, system, i)),
          ...linkageFlows(ends, m),
          ...(has(CORE_STACK) ? sharedServiceFlows(ends, region, m) : []),
          ...resolverFlows(ends, m, ends.center, []),
        ]
      : []),
    ...balancerFlows(ends, m),
    ...(ends.partner && region.drPartner?.standby && has(drStackName(m.code))
      ? resolverFlows(ends, m, ends.partner, ["drPartner", "standby"])
      : []),
  ]);
}

function packets(protocol: Protocol, ports: readonly number[] | undefined): Packet[] {
  return ports ? ports.map((port) => ({ protocol, port })) : [{ protocol }];
}

const show = (p: Packet) => (p.port === undefined ? p.protocol : `${p.protocol}/${p.port}`);

function systemFlows(ends: Endpoints, m: Municipality, system: System, i: number): DeclaredFlow[] {
  const site = ends.center;
  const flows: DeclaredFlow[] = [];
  const declare = (
    path: Array<string | number>,
    text: string,
    source: Host | string,
    destination: Host | string,
    packet: Packet,
  ) =>
    flows.push({
      name: `${m.code} ${system.name} ${text} ${show(packet)}`,
      declaredIn: { file: { code: m.code }, path: ["systems", i, ...path] },
      municipality: m.code,
      source,
      destination,
      packet,
    });
  (system.ingress ?? []).forEach((rule, j) => {
    for (const packet of packets(rule.protocol, rule.ports)) {
      for (const peer of peerHosts(ends, site, m, rule.from, "client", packet)) {
        declare(["ingress", j], `ingress from ${rule.from}`, peer, ends.system(site, m, system, 0, packet), packet);
      }
    }
  });
  (system.egress ?? []).forEach((rule, j) => {
    for (const packet of packets(rule.protocol, rule.ports)) {
      for (const peer of peerHosts(ends, site, m, rule.to, "server", packet)) {
        declare(["egress", j], `egress to ${rule.to}`, ends.client(site, m, system), peer, packet);
      }
    }
  });
  return flows;
}

/** The hosts a rule's peer stands for: a system's port, any host of a zone, or both ends of a range. */
function peerHosts(
  ends: Endpoints,
  site: SiteKey,
  m: Municipality,
  text: string,
  role: "client" | "server",
  packet: Packet,
): Array<Host | string> {
  const peer = parsePeer(text)!;
  switch (peer.kind) {
    case "internet":
      return [ends.internet(site)];
    case "zone":
      return [ends.zoneHost(site, m, peer.zone)];
    case "system": {
      const other = m.systems.find((s) => s.name === peer.name);
      if (!other) return [`no system ${peer.name}`];
      return [role === "client" ? ends.client(site, m, other, 1) : ends.system(site, m, other, 1, packet)];
    }
    case "cidr":
      return ends.rangeHosts(site, peer.cidr);
  }
}

function linkageFlows(ends: Endpoints, m: Municipality): DeclaredFlow[] {
  const site = ends.center;
  const relays = ends.relays(site, m);
  return (m.linkage?.flows ?? []).flatMap((flow, i) => {
    const source = m.systems.find((s) => s.name === flow.source)!;
    const destination = m.systems.find((s) => s.name === flow.destination)!;
    const packet = { protocol: flow.protocol, port: flow.port };
    const declaredIn = { file: { code: m.code }, path: ["linkage", "flows", i] };
    const legs = (relay: Host | string, n: string): DeclaredFlow[] => [
      {
        name: `${m.code} linkage ${flow.name}, leg 1: ${flow.source} to relay ${n} ${show(packet)}`,
        declaredIn,
        municipality: m.code,
        source: ends.client(site, m, source),
        destination: relay,
        packet,
      },
      {
        name: `${m.code} linkage ${flow.name}, leg 2: relay ${n} to ${flow.destination} ${show(packet)}`,
        declaredIn,
        municipality: m.code,
        source: relay,
        destination: ends.system(site, m, destination, 0, packet),
        packet,
      },
    ];
    if (relays.length === 0) return legs(`no linkage relay port of ${m.code} in the stacks`, "");
    return relays.flatMap((relay, n) => legs(relay, String.fromCharCode(97 + n)));
  });
}

function sharedServiceFlows(ends: Endpoints, region: Region, m: Municipality): DeclaredFlow[] {
  return region.sharedServices.services.flatMap((service, i) => {
    const host = ends.sharedService(service);
    const packet = { protocol: service.protocol, port: service.port };
    return systemsInZone(m, "internal").map((system): DeclaredFlow => {
      const toTenants = service.direction === "to-tenants";
      const tenant = toTenants ? ends.system(ends.center, m, system, 0, packet) : ends.client(ends.center, m, system);
      return {
        name: `shared service ${service.name} ${toTenants ? "to" : "from"} ${m.code}/${system.name} ${show(packet)}`,
        declaredIn: { file: "region", path: ["sharedServices", "services", i] },
        municipality: m.code,
        source: toTenants ? host : tenant,
        destination: toTenants ? tenant : host,
        packet,
      };
    });
  });
}

/** Where the region lists resolvers, internal zones' first. */
const RESOLVER_SETTINGS = ["dnsNameservers", "externalDnsNameservers"];

/** Every system reaches each resolver its zone's subnet hands out, as the subnet says (not as the config meant). */
function resolverFlows(ends: Endpoints, m: Municipality, site: SiteKey, at: string[]): DeclaredFlow[] {
  const settings = at.reduce<Record<string, unknown>>(
    (value, key) => (value?.[key] ?? {}) as Record<string, unknown>,
    ends.region as never,
  );
  const declaredAt = (resolver: string): Array<string | number> => {
    for (const key of RESOLVER_SETTINGS) {
      const list = settings[key];
      const i = Array.isArray(list) ? list.indexOf(resolver) : -1;
      if (i >= 0) return [...at, key, i];
    }
    return [...at, RESOLVER_SETTINGS[0]];
  };
  return m.systems.flatMap((system) => {
    const subnet = ends.subnet(site, m.addressing[system.zone]);
    if (!subnet) return [];
    return subnet.dnsNameservers.map((resolver): DeclaredFlow => {
      return {
        name: `${m.code}/${system.name} to resolver ${resolver} (${subnet.name ?? subnet.address}${site === ends.center ? "" : `, at ${site}`}) udp/53`,
        declaredIn: { file: "region", path: declaredAt(resolver) },
        municipality: m.code,
        source: ends.client(site, m, system),
        destination: ends.address(site, resolver, `resolver ${resolver}`),
        packet: { protocol: "udp", port: 53 },
      };
    });
  });
}

/** Each built load balancer reaches every member on its port, for traffic and health checks alike. */
function balancerFlows(ends: Endpoints, m: Municipality): DeclaredFlow[] {
  return [ends.center, ...(ends.partner ? [ends.partner] : [])].flatMap((site) =>
    m.systems.flatMap((system, i) => {
      const balancer = ends.balancerOf(ends.builtPorts(site, m, system));
      if (!balancer) return [];
      const from = ends.balancerHost(balancer);
      return balancer.listeners.flatMap((listener) =>
        listener.members.map((member): DeclaredFlow => ({
          name: `${m.code} ${system.name} load balancer${site === ends.center ? "" : ` at ${site}`} to ${member.address} tcp/${member.port}${
            listener.monitored ? " (traffic and health checks)" : ""
          }`,
          declaredIn: { file: { code: m.code }, path: ["systems", i, "build", "service"] },
          municipality: m.code,
          source: from,
          destination: member.target
            ? ends.portHost(`${m.code}/${system.name} member`, member.target)
            : `member ${member.address} names no port`,
          packet: { protocol: "tcp", port: member.port },
        })),
      );
    }),
  );
}
