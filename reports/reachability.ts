/**
 * Reachability matrices (도달성 행렬): per municipality, which of its parties reaches which, and
 * on what, traced packet by packet through the network model of the whole center. The parties are
 * its systems, its linkage relay, a host of its internal and of its external zone, the internet,
 * the administrative backbone and the center's shared services. Each pair is tried on a bounded
 * set of packets: every protocol/port of the destination's ingress rules (and its load balancer's
 * listeners) and of the source's egress rules, plus a few fixed probes. The work grows with the
 * municipalities and their rules, never with the square of the center. The audit report shows the
 * matrices; `rcc diff` compares the paths of two syntheses.
 */
import { LINKAGE_RELAY } from "../contract/resource-names";
import { tenantStackName } from "../contract/stack-names";
import { Center, Municipality, System } from "../model/center";
import { parseIpv4 } from "../model/ip";
import { Endpoints, Host, NetworkModel, trace } from "../policy/reach";
import { allowingRule, Packet } from "../policy/reach/filters";
import { BACKBONE_HOST } from "../policy/reach/named-end";
import { SecurityGroup, SiteKey } from "../policy/reach/network";

/** A packet tried on a pair, made once per protocol and port: sets of them compare by identity. */
interface Probe extends Packet {
  /** `tcp/443`, `icmp`. */
  readonly text: string;
  /** Its place in a cell: tcp, then udp, then icmp, each by port. */
  readonly rank: number;
}

const PROBE_OF = new Map<string, Probe>();
const PROTOCOL_ORDER: Readonly<Record<string, number>> = { tcp: 0, udp: 1, icmp: 2 };

function probe(protocol: "tcp" | "udp" | "icmp", port?: number): Probe {
  const text = port === undefined ? protocol : `${protocol}/${port}`;
  let found = PROBE_OF.get(text);
  if (!found) {
    found = {
      protocol,
      ...(port !== undefined && { port }),
      text,
      rank: PROTOCOL_ORDER[protocol] * 65536 + (port ?? 0),
    };
    PROBE_OF.set(text, found);
  }
  return found;
}

/** Tried on every pair, beside the ports of the two ends' rules: SSH, HTTPS, DNS. */
const FIXED: readonly Probe[] = [probe("tcp", 22), probe("tcp", 443), probe("udp", 53)];
export const PROBES: readonly Packet[] = FIXED;

/** At most this many packets per pair (the fixed probes first, then the rules' in order): a rule of many ports stays bounded. */
export const MAX_PROBES_PER_PAIR = 32;

export type PartyKind = "system" | "relay" | "zone" | "internet" | "backbone" | "shared";

export interface MatrixParty {
  /** `civil-portal`, `linkage-relay`, `internal zone`, `internet`, `backbone`, `shared:dns`. */
  readonly name: string;
  readonly kind: PartyKind;
  /** Why the stacks hold no such end (its row and column are then not traced); null when they do. */
  readonly unresolved: string | null;
}

/** One source reaching one destination: the packets delivered, as `tcp/443`, `icmp`. */
export interface MatrixPath {
  readonly from: string;
  readonly to: string;
  readonly on: readonly string[];
}

export interface ReachabilityMatrix {
  /** Rows (sources) and columns (destinations), in this order. */
  readonly parties: readonly MatrixParty[];
  /** The pairs that reach on at least one packet, in row then column order; any other pair reaches on none. */
  readonly paths: readonly MatrixPath[];
  /** Packets traced for this matrix. */
  readonly traced: number;
  /** Packets left untraced because a pair had more than MAX_PROBES_PER_PAIR (0 in a config of ordinary rules). */
  readonly untraced: number;
}

/** A party placed in the model: where its connections start, where a packet for it arrives, and the packets its rules name. */
interface Placed {
  readonly party: MatrixParty;
  /** Center-wide (the internet, the backbone, a shared service): the same in every municipality's matrix. */
  readonly outside: boolean;
  readonly source?: Host;
  readonly destination: (packet: Probe) => Host | undefined;
  readonly ingress: readonly Probe[];
  readonly egress: readonly Probe[];
}

interface PairResult {
  readonly on: string[];
  readonly traced: number;
  readonly untraced: number;
}

/**
 * Each municipality's matrix at the center's site, in the order of `center.municipalities`. A
 * municipality whose tenant stack is not in `stackNames` (a selective synthesis) gets an empty one.
 */
export function reachabilityMatrices(
  center: Center,
  model: NetworkModel,
  stackNames?: ReadonlySet<string>,
): ReachabilityMatrix[] {
  const builder = new MatrixBuilder(new Endpoints(model, center.region));
  return center.municipalities.map((m) =>
    stackNames === undefined || stackNames.has(tenantStackName(m.code))
      ? builder.matrix(m)
      : { parties: [], paths: [], traced: 0, untraced: 0 },
  );
}

/** A path as `rcc diff` compares it: one packet between two parties named center-wide (`27140/civil-portal`). */
export interface ReachPath {
  readonly from: string;
  readonly to: string;
  readonly packet: string;
}

/** Every path of the matrices, each once (the pairs between center-wide parties recur in every matrix), sorted. */
export function reachPaths(center: Center, matrices: readonly ReachabilityMatrix[]): ReachPath[] {
  const seen = new Map<string, ReachPath>();
  matrices.forEach((matrix, i) => {
    const code = center.municipalities[i].code;
    const kinds = new Map(matrix.parties.map((p) => [p.name, p.kind]));
    const global = (name: string) => (isOutside(kinds.get(name)!) ? name : `${code}/${name}`);
    for (const path of matrix.paths) {
      for (const packet of path.on) {
        const p = { from: global(path.from), to: global(path.to), packet };
        seen.set(pathKey(p), p);
      }
    }
  });
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...seen.values()].sort(
    (a, b) => text(a.from, b.from) || text(a.to, b.to) || comparePackets(a.packet, b.packet),
  );
}

/** `tcp/22` before `tcp/443` before `tcp/8443` before `udp/53` before `icmp`. */
export function comparePackets(a: string, b: string): number {
  const rank = (text: string) => {
    const [protocol, port] = text.split("/");
    return (PROTOCOL_ORDER[protocol] ?? 3) * 65536 + Number(port ?? 0);
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function pathKey(p: ReachPath): string {
  return `${p.from}\0${p.to}\0${p.packet}`;
}

/** `tcp/22, 443; udp/53`: a cell's packets, grouped by protocol; `—` for none. */
export function cellText(on: readonly string[]): string {
  if (on.length === 0) return "—";
  const groups = new Map<string, string[]>();
  for (const packet of on) {
    const [protocol, port] = packet.split("/");
    const ports = groups.get(protocol) ?? [];
    if (port !== undefined) ports.push(port);
    groups.set(protocol, ports);
  }
  return [...groups]
    .map(([protocol, ports]) => (ports.length ? `${protocol}/${ports.join(", ")}` : protocol))
    .join("; ");
}

export function packetText(packet: Packet): string {
  return packet.port === undefined ? packet.protocol : `${packet.protocol}/${packet.port}`;
}

const isOutside = (kind: PartyKind) => kind === "internet" || kind === "backbone" || kind === "shared";

class MatrixBuilder {
  private readonly site: SiteKey;
  private outsiders?: Placed[];
  /** Pairs of center-wide parties, traced once for every matrix. */
  private readonly outsidePairs = new Map<string, PairResult>();

  constructor(private readonly ends: Endpoints) {
    this.site = ends.center;
  }

  matrix(m: Municipality): ReachabilityMatrix {
    const placed = [...this.tenantParties(m), ...this.outsideParties()];
    const paths: MatrixPath[] = [];
    let traced = 0;
    let untraced = 0;
    for (const source of placed) {
      for (const destination of placed) {
        if (source === destination) continue;
        const result = this.pair(source, destination);
        traced += result.traced;
        untraced += result.untraced;
        if (result.on.length > 0) paths.push({ from: source.party.name, to: destination.party.name, on: result.on });
      }
    }
    return { parties: placed.map((p) => p.party), paths, traced, untraced };
  }

  private pair(source: Placed, destination: Placed): PairResult {
    if (!(source.outside && destination.outside)) return this.tracePair(source, destination);
    const key = `${source.party.name}\0${destination.party.name}`;
    let result = this.outsidePairs.get(key);
    if (!result) {
      result = this.tracePair(source, destination);
      this.outsidePairs.set(key, result);
    }
    return result;
  }

  private tracePair(source: Placed, destination: Placed): PairResult {
    const from = source.source;
    if (!from || destination.party.unresolved !== null) return { on: [], traced: 0, untraced: 0 };
    const probes = probeSet(destination.ingress, source.egress);
    const tried = probes.length > MAX_PROBES_PER_PAIR ? probes.slice(0, MAX_PROBES_PER_PAIR) : probes;
    const on: string[] = [];
    let traced = 0;
    for (const packet of tried.sort(byProtocolAndPort)) {
      const to = destination.destination(packet);
      if (!to) continue;
      traced++;
      // The walk's first step, asked first: most pairs stop at the source's egress rules.
      if (from.portSecurity && !allowingRule(from.groups, "egress", to.ip, to.groups, packet)) continue;
      if (trace(this.ends.model, from, to, packet).delivered) on.push(packet.text);
    }
    return { on, traced, untraced: probes.length - tried.length };
  }

  private tenantParties(m: Municipality): Placed[] {
    const { ends, site } = this;
    const systems = m.systems.map((system) => this.systemParty(m, system));
    const [relay] = ends.relays(site, m);
    const relayParty = relay
      ? fixed({ name: LINKAGE_RELAY, kind: "relay", unresolved: null }, relay, false)
      : missing({ name: LINKAGE_RELAY, kind: "relay" }, `${m.code} has no linkage relay port in the stacks`);
    const zones = (["internal", "external"] as const).map((zone) => {
      const host = ends.zoneHost(site, m, zone);
      const party = { name: `${zone} zone`, kind: "zone" as const };
      return typeof host === "string" ? missing(party, host) : fixed({ ...party, unresolved: null }, host, false);
    });
    return [...systems, relayParty, ...zones];
  }

  /** A system: its connections start at one of its instances; a packet for it arrives where `Endpoints.system` says for that packet (its VIP on a listener's port). */
  private systemParty(m: Municipality, system: System): Placed {
    const { ends, site } = this;
    const party = { name: system.name, kind: "system" as const };
    const client = ends.client(site, m, system);
    const served = ends.system(site, m, system);
    if (typeof client === "string") return missing(party, client);
    if (typeof served === "string") return missing(party, served);
    const listeners = served.listens ? [...served.listens.ports.keys()].map((port) => probe("tcp", port)) : [];
    const groups = uniqueGroups([...client.groups, ...served.groups]);
    const arrivals = new Map<Probe, Host | undefined>();
    return {
      party: { ...party, unresolved: null },
      outside: false,
      source: client,
      destination: (packet) => {
        if (!arrivals.has(packet)) {
          const host = ends.system(site, m, system, 0, packet);
          arrivals.set(packet, typeof host === "string" ? undefined : host);
        }
        return arrivals.get(packet);
      },
      ingress: unique([...listeners, ...rulePackets(groups, "ingress")]),
      egress: rulePackets(client.groups, "egress"),
    };
  }

  private outsideParties(): Placed[] {
    if (this.outsiders) return this.outsiders;
    const { ends, site } = this;
    const backbone = ends.outside(site, parseIpv4(BACKBONE_HOST)!, "the administrative backbone");
    const services = ends.region.sharedServices.services.map((service) => {
      const host = ends.sharedService(service);
      const party = { name: `shared:${service.name}`, kind: "shared" as const };
      return typeof host === "string" ? missing(party, host, true) : fixed({ ...party, unresolved: null }, host, true);
    });
    this.outsiders = [
      fixed({ name: "internet", kind: "internet", unresolved: null }, ends.internet(site), true),
      fixed({ name: "backbone", kind: "backbone", unresolved: null }, backbone, true),
      ...services,
    ];
    return this.outsiders;
  }
}

/** A party that is one host, whatever the packet. */
function fixed(party: MatrixParty, host: Host, outside: boolean): Placed {
  const groups = host.portSecurity ? host.groups : [];
  return {
    party,
    outside,
    source: host,
    destination: () => host,
    ingress: rulePackets(groups, "ingress"),
    egress: rulePackets(groups, "egress"),
  };
}

function missing(party: Omit<MatrixParty, "unresolved">, why: string, outside = false): Placed {
  return { party: { ...party, unresolved: why }, outside, destination: () => undefined, ingress: [], egress: [] };
}

const PROTOCOL_NAMES: Readonly<Record<string, string>> = { "1": "icmp", "6": "tcp", "17": "udp" };

/**
 * The packets a group's rules name in one direction: each tcp or udp rule's first and last port,
 * and icmp once. A rule of any port or any protocol adds nothing: the fixed probes stand for it.
 */
function rulePackets(groups: readonly SecurityGroup[], direction: "ingress" | "egress"): Probe[] {
  const packets: Probe[] = [];
  for (const group of groups) {
    for (const rule of group.rules) {
      if (rule.direction !== direction || rule.protocol === undefined) continue;
      const protocol = PROTOCOL_NAMES[rule.protocol] ?? rule.protocol;
      if (protocol === "icmp") packets.push(probe("icmp"));
      else if ((protocol === "tcp" || protocol === "udp") && rule.ports) {
        packets.push(probe(protocol, rule.ports[0]));
        if (rule.ports[1] !== rule.ports[0]) packets.push(probe(protocol, rule.ports[1]));
      }
    }
  }
  return unique(packets);
}

/** The fixed probes, then the destination's, then the source's, each once. */
function probeSet(ingress: readonly Probe[], egress: readonly Probe[]): Probe[] {
  return [...new Set([...FIXED, ...ingress, ...egress])];
}

const byProtocolAndPort = (a: Probe, b: Probe) => a.rank - b.rank;

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

function uniqueGroups(groups: readonly SecurityGroup[]): SecurityGroup[] {
  return [...new Map(groups.map((g) => [g.key, g])).values()];
}

/** The paths of a synthesis, as `rcc diff` compares them: every matrix's, at the center. */
export function synthesisPaths(center: Center, model: NetworkModel, stackNames: ReadonlySet<string>): ReachPath[] {
  return reachPaths(center, reachabilityMatrices(center, model, stackNames));
}
