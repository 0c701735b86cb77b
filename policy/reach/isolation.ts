/**
 * The other direction: nothing gets through but what the config declares. Every host rcc gives a
 * security group (systems, relays, shared services), a host of each tenant zone with no filter of
 * its own, the internet, the backbone and the operators' ranges are parties. Candidate packets
 * come from the rules themselves (each ingress rule of a destination, each egress rule of a
 * source, with one party of each kind its range covers) plus fixed probes to the unfiltered zone
 * hosts, so the work grows with the rules, not with the square of the center. Each candidate is
 * traced; one that is delivered but not declared is an opening.
 */
import { Municipality } from "../../model/center";
import { Cidr, contains, formatIpv4, parseCidr, parseIpv4 } from "../../model/ip";
import { parsePeer } from "../../model/peer";
import { Endpoints } from "./endpoints";
import { Packet } from "./filters";
import { Host, trace, Verdict } from "./forward";
import { BACKBONE_HOST } from "./named-end";
import { SecurityGroupRule, SiteKey } from "./network";

export type Party =
  | { readonly kind: "internet" }
  | { readonly kind: "backbone"; readonly operator: boolean }
  | { readonly kind: "shared"; readonly service: string }
  | {
      readonly kind: "tenant";
      readonly code: string;
      readonly zone: "internal" | "external" | "linkage";
      /** The system, `linkage-relay` for a relay; undefined for any host of the zone. */
      readonly system?: string;
    };

interface Placed {
  readonly host: Host;
  readonly party: Party;
}

export interface Opening {
  /** RCH-002 internet and internal or linkage zone; RCH-003 between the zones outside the relays; RCH-004 between municipalities; RCH-005 a tenant and the operators or shared services. */
  readonly rule: "RCH-002" | "RCH-003" | "RCH-004" | "RCH-005";
  readonly source: Host;
  readonly destination: Host;
  readonly packet: Packet;
  readonly verdict: Verdict;
}

const PROBES: readonly Packet[] = [
  { protocol: "tcp", port: 22 },
  { protocol: "tcp", port: 443 },
  { protocol: "udp", port: 53 },
];

/** Every undeclared path between the parties of each site the stacks cover. */
export function findOpenings(
  ends: Endpoints,
  municipalities: readonly Municipality[],
  has: (stack: string) => boolean,
): Opening[] {
  const sites = [ends.center, ...(ends.partner ? [ends.partner] : [])];
  return sites.flatMap((site) => new SiteIsolation(ends, site, municipalities, has).openings());
}

class SiteIsolation {
  private readonly parties: Placed[] = [];
  private readonly byCode = new Map<string, Municipality>();
  private readonly tried = new Set<string>();

  constructor(
    private readonly ends: Endpoints,
    site: SiteKey,
    municipalities: readonly Municipality[],
    has: (stack: string) => boolean,
  ) {
    const region = ends.region;
    const add = (host: Host | string, party: Party) => {
      if (typeof host !== "string") this.parties.push({ host, party });
    };
    add(ends.internet(site), { kind: "internet" });
    add(ends.outside(site, parseIpv4(BACKBONE_HOST)!, "the administrative backbone"), {
      kind: "backbone",
      operator: false,
    });
    for (const cidr of region.operatorCidrs) {
      const range = parseCidr(cidr)!;
      add(ends.outside(site, range.start + 1, `operators ${cidr}`), { kind: "backbone", operator: true });
    }
    if (site === ends.center) {
      for (const service of region.sharedServices.services)
        add(ends.sharedService(service), { kind: "shared", service: service.name });
    }
    for (const m of municipalities) {
      if (!has(site === ends.center ? `tenant-${m.code}` : `dr-${m.code}`)) continue;
      this.byCode.set(m.code, m);
      for (const zone of ["internal", "external"] as const)
        add(ends.zoneHost(site, m, zone), { kind: "tenant", code: m.code, zone });
      const linkage = ends.subnet(site, m.addressing.linkage);
      if (linkage) {
        add(ends.address(site, formatIpv4(linkage.cidr!.end - 1), `a host of ${m.code}'s linkage zone`), {
          kind: "tenant",
          code: m.code,
          zone: "linkage",
        });
      }
      for (const system of m.systems)
        add(ends.client(site, m, system), { kind: "tenant", code: m.code, zone: system.zone, system: system.name });
      for (const relay of ends.relays(site, m))
        this.parties.push({
          host: relay,
          party: { kind: "tenant", code: m.code, zone: "linkage", system: "linkage-relay" },
        });
    }
  }

  openings(): Opening[] {
    const found: Opening[] = [];
    const index = new Map(this.parties.map((p, i) => [p, i]));
    const consider = (source: Placed, destination: Placed, packet: Packet) => {
      if (source === destination || !kindOf(source.party, destination.party)) return;
      const key = `${index.get(source)}>${index.get(destination)}:${packet.protocol}/${packet.port ?? ""}`;
      if (this.tried.has(key)) return;
      this.tried.add(key);
      const rule = this.forbidden(source.party, destination.party, packet, source.host, destination.host);
      if (!rule) return;
      const verdict = trace(this.ends.model, source.host, destination.host, packet);
      if (!verdict.delivered) return;
      // Through the internet (out with SNAT, in by a floating IP), the source is the internet.
      const viaInternet = verdict.hops.some((hop) => hop.text.startsWith("floating IP of the destination"));
      if (
        viaInternet &&
        !this.forbidden({ kind: "internet" }, destination.party, packet, source.host, destination.host)
      )
        return;
      found.push({ rule, source: source.host, destination: destination.host, packet, verdict });
    };
    for (const destination of this.parties) {
      for (const rule of groupRules(destination.host, "ingress")) {
        for (const source of this.covered(rule, destination)) consider(source, destination, packetOf(rule));
      }
      // A zone host has no filter of its own: what reaches it is what the routers and firewalls let through.
      if (destination.party.kind === "tenant" && destination.party.system === undefined) {
        for (const source of this.representatives(destination, () => true))
          for (const probe of PROBES) consider(source, destination, probe);
      }
    }
    for (const source of this.parties) {
      for (const rule of groupRules(source.host, "egress")) {
        for (const destination of this.covered(rule, source)) consider(source, destination, packetOf(rule));
      }
    }
    return found;
  }

  /** The parties a rule's remote covers, one of each kind (the other municipalities counting as one kind). */
  private covered(rule: SecurityGroupRule, owner: Placed): Placed[] {
    const own = owner.party.kind === "tenant" ? owner.party.code : undefined;
    if (rule.remoteGroup) {
      return this.pick(own, this.members().get(rule.remoteGroup.key) ?? []);
    }
    const range = rule.remoteCidr ?? ANY;
    // Parties of the owner's own zone never concern isolation (the same subnet, or a declared peer).
    const zone = owner.party.kind === "tenant" ? owner.party.zone : undefined;
    const ownParties =
      own === undefined
        ? []
        : (this.ofCode().get(own) ?? []).filter((p) => (p.party as { zone: string }).zone !== zone && within(range, p));
    return [...this.outsidersIn(range), ...ownParties, ...this.othersIn(range, own)];
  }

  /** One party of each kind among `list`: other municipalities' parties count as one kind each. */
  private pick(own: string | undefined, list: readonly Placed[]): Placed[] {
    const chosen = new Map<string, Placed>();
    for (const p of list) {
      const key = classOf(p, own);
      if (!chosen.has(key)) chosen.set(key, p);
    }
    return [...chosen.values()];
  }

  private representatives(owner: Placed, keep: (p: Placed) => boolean): Placed[] {
    const own = owner.party.kind === "tenant" ? owner.party.code : undefined;
    return this.pick(
      own,
      [
        ...this.outsidersIn(ANY),
        ...(own === undefined ? [] : (this.ofCode().get(own) ?? [])),
        ...this.othersIn(ANY, own),
      ].filter(keep),
    );
  }

  private outsidersIn(range: Cidr): Placed[] {
    this.outsiders ??= this.parties.filter((p) => p.party.kind !== "tenant");
    return this.outsiders.filter((p) => within(range, p));
  }

  private outsiders?: Placed[];
  private byIp?: Placed[];

  /** Tenant parties whose address is in the range, in address order (a binary search, then a walk). */
  private tenantsIn(range: Cidr): Placed[] {
    this.byIp ??= this.parties.filter((p) => p.party.kind === "tenant").sort((a, b) => a.host.ip - b.host.ip);
    const list = this.byIp;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid].host.ip < range.start) low = mid + 1;
      else high = mid;
    }
    const found: Placed[] = [];
    for (let i = low; i < list.length && list[i].host.ip <= range.end; i++) found.push(list[i]);
    return found;
  }

  /**
   * Of each kind of another municipality's party in the range, one whose municipality is not
   * `own`: two are kept per kind for the range, so one is always another municipality's.
   */
  private othersIn(range: Cidr, own: string | undefined): Placed[] {
    let kinds = this.otherKinds.get(range.text);
    if (!kinds) {
      kinds = new Map();
      for (const p of this.tenantsIn(range)) {
        const key = classOf(p, undefined);
        const two = kinds.get(key) ?? [];
        if (
          two.length < 2 &&
          !two.some((q) => (q.party as { code: string }).code === (p.party as { code: string }).code)
        )
          two.push(p);
        kinds.set(key, two);
      }
      this.otherKinds.set(range.text, kinds);
    }
    return [...kinds.values()].flatMap((two) =>
      two.filter((p) => (p.party as { code: string }).code !== own).slice(0, 1),
    );
  }

  private readonly otherKinds = new Map<string, Map<string, Placed[]>>();
  private codeIndex?: Map<string, Placed[]>;
  private memberIndex?: Map<string, Placed[]>;

  private ofCode(): Map<string, Placed[]> {
    if (!this.codeIndex) {
      this.codeIndex = new Map();
      for (const p of this.parties)
        if (p.party.kind === "tenant")
          this.codeIndex.set(p.party.code, [...(this.codeIndex.get(p.party.code) ?? []), p]);
    }
    return this.codeIndex;
  }

  private members(): Map<string, Placed[]> {
    if (!this.memberIndex) {
      this.memberIndex = new Map();
      for (const p of this.parties)
        for (const g of p.host.groups) this.memberIndex.set(g.key, [...(this.memberIndex.get(g.key) ?? []), p]);
    }
    return this.memberIndex;
  }

  /** Which isolation property a delivered packet would break, unless the config declares it. */
  private forbidden(
    source: Party,
    destination: Party,
    packet: Packet,
    from: Host,
    to: Host,
  ): Opening["rule"] | undefined {
    const kind = kindOf(source, destination);
    return kind && !this.declared(source, destination, packet, from, to) ? kind : undefined;
  }

  /** Whether the config declares this packet between these parties. */
  private declared(source: Party, destination: Party, packet: Packet, from: Host, to: Host): boolean {
    const region = this.ends.region;
    if (destination.kind === "tenant") {
      const m = this.byCode.get(destination.code)!;
      const system = m.systems.find((s) => s.name === destination.system);
      if (
        system &&
        (system.ingress ?? []).some(
          (r) => r.protocol === packet.protocol && portsMatch(r.ports, packet) && this.peerIs(r.from, m, source, from),
        )
      ) {
        return true;
      }
      if (destination.system === "linkage-relay") {
        return linkage(m).some(
          (f) => source.kind === "tenant" && source.code === m.code && f.source === source.system && matches(f, packet),
        );
      }
      if (system && source.kind === "tenant" && source.code === m.code && source.system === "linkage-relay") {
        return linkage(m).some((f) => f.destination === system.name && matches(f, packet));
      }
      if (source.kind === "shared") {
        const service = region.sharedServices.services.find((s) => s.name === source.service)!;
        return service.direction === "to-tenants" && destination.zone === "internal" && matches(service, packet);
      }
    }
    if (source.kind === "tenant") {
      const m = this.byCode.get(source.code)!;
      const system = m.systems.find((s) => s.name === source.system);
      if (
        system &&
        (system.egress ?? []).some(
          (r) => r.protocol === packet.protocol && portsMatch(r.ports, packet) && this.peerIs(r.to, m, destination, to),
        )
      ) {
        return true;
      }
      if (destination.kind === "shared") {
        const service = region.sharedServices.services.find((s) => s.name === destination.service)!;
        return service.direction === "from-tenants" && source.zone === "internal" && matches(service, packet);
      }
      // A declared dependency works from both ends: the peer's ingress names this system.
      if (system && destination.kind === "tenant" && destination.code === m.code) {
        const peer = m.systems.find((s) => s.name === destination.system);
        if (
          peer &&
          (peer.ingress ?? []).some(
            (r) => r.from === `system:${system.name}` && r.protocol === packet.protocol && portsMatch(r.ports, packet),
          )
        ) {
          return true;
        }
      }
    }
    if (destination.kind === "shared" && source.kind === "backbone" && source.operator) {
      const service = region.sharedServices.services.find((s) => s.name === destination.service)!;
      return packet.protocol === "tcp" && service.operatorPort === packet.port;
    }
    return false;
  }

  /** Whether a party is what a rule's `from:` or `to:` names. */
  private peerIs(text: string, m: Municipality, party: Party, host: Host): boolean {
    const peer = parsePeer(text)!;
    switch (peer.kind) {
      case "internet":
        return party.kind === "internet";
      case "zone":
        return (
          party.kind === "tenant" &&
          party.code === m.code &&
          party.zone === peer.zone &&
          party.system !== "linkage-relay"
        );
      case "system":
        return party.kind === "tenant" && party.code === m.code && party.system === peer.name;
      case "cidr":
        return contains(parseCidr(peer.cidr)!, hostRange(host.ip));
    }
  }
}

/** Which isolation property a path from one party to another concerns, if any (before asking whether it is declared). */
function kindOf(source: Party, destination: Party): Opening["rule"] | undefined {
  const internalSide = (p: Party) => p.kind === "tenant" && p.zone !== "external";
  if (
    (source.kind === "internet" && internalSide(destination)) ||
    (destination.kind === "internet" && internalSide(source))
  ) {
    return "RCH-002";
  }
  if (source.kind === "tenant" && destination.kind === "tenant") {
    if (sameSystem(source, destination)) return undefined;
    if (source.code !== destination.code) return "RCH-004";
    return crossesZones(source, destination) ? "RCH-003" : undefined;
  }
  // Toward the center: what tenants reach of the operators' networks and the shared services.
  const center = destination.kind === "shared" || (destination.kind === "backbone" && destination.operator);
  return source.kind === "tenant" && center ? "RCH-005" : undefined;
}

/**
 * A crossing between the zones: internal and external directly, or into the internal zone from a
 * host of the linkage zone that is not a relay (the relay zone wider than its relays).
 */
function crossesZones(source: Party & { kind: "tenant" }, destination: Party & { kind: "tenant" }): boolean {
  const zones = new Set([source.zone, destination.zone]);
  if (zones.has("internal") && zones.has("external")) return true;
  return source.zone === "linkage" && source.system === undefined && destination.zone === "internal";
}

function linkage(m: Municipality) {
  return m.linkage?.flows ?? [];
}

function matches(declared: { protocol: string; port: number }, packet: Packet): boolean {
  return declared.protocol === packet.protocol && declared.port === packet.port;
}

function portsMatch(ports: readonly number[] | undefined, packet: Packet): boolean {
  return ports === undefined || (packet.port !== undefined && ports.includes(packet.port));
}

function sameSystem(a: Party, b: Party): boolean {
  return (
    a.kind === "tenant" && b.kind === "tenant" && a.code === b.code && a.system !== undefined && a.system === b.system
  );
}

function groupRules(host: Host, direction: "ingress" | "egress"): SecurityGroupRule[] {
  return host.portSecurity ? host.groups.flatMap((g) => g.rules.filter((r) => r.direction === direction)) : [];
}

/** The packet a rule opens: its protocol (tcp when it names none) on its first port. */
function packetOf(rule: SecurityGroupRule): Packet {
  const protocol =
    rule.protocol === "udp" || rule.protocol === "icmp" || rule.protocol === "vrrp" ? rule.protocol : "tcp";
  return protocol === "tcp" || protocol === "udp" ? { protocol, port: rule.ports?.[0] ?? 443 } : { protocol };
}

const ANY: Cidr = { text: "0.0.0.0/0", start: 0, end: 2 ** 32 - 1, prefix: 0 };

function within(range: Cidr, p: Placed): boolean {
  return range.start <= p.host.ip && p.host.ip <= range.end;
}

/** A party's kind as the owner sees it: its own municipality's parties each, another's by zone and kind. */
function classOf(p: Placed, own: string | undefined): string {
  if (p.party.kind !== "tenant") return JSON.stringify(p.party);
  if (p.party.code === own) return `${p.party.code}|${p.party.zone}|${p.party.system ?? ""}`;
  return `other|${p.party.zone}|${p.party.system === undefined ? "zone" : p.party.system === "linkage-relay" ? "relay" : "system"}`;
}

function hostRange(ip: number): Cidr {
  return { text: "", start: ip, end: ip, prefix: 32 };
}
