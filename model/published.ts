/**
 * How a system the center builds is reached (공개 서비스): the TCP ports its load balancer listens
 * on, and the floating IPs that put it on the internet, since the external zone's router SNATs
 * and hands out no public address of its own. Read by stacks/ (what is built, what the system's
 * group admits) and by validation (the floating IP quota), so both count the same things.
 */
import { linkageFlows } from "./center";
import { isPrivate, parseCidr } from "./ip";
import { parsePeer } from "./peer";
import { MunicipalityFile, SystemConfig } from "./schema/municipality";

/** Whether the system declares ingress from the internet: `internet`, or a range with internet addresses. */
export function takesInternetIngress(system: SystemConfig): boolean {
  return (system.ingress ?? []).some((rule) => rule.from === "internet" || isPublicRange(rule.from));
}

function isPublicRange(text: string): boolean {
  const peer = parsePeer(text);
  return peer?.kind === "cidr" && !isPrivate(parseCidr(peer.cidr)!);
}

/**
 * The TCP ports an active-active built system's load balancer listens on: its service port first
 * (`build.service`), then every other TCP port its ingress declares, whoever it is from, ascending.
 * Empty for any other system: nothing balances its traffic.
 */
export function listenerPorts(system: SystemConfig): number[] {
  const service = system.build?.service;
  if (system.availability.mode !== "active-active" || !service) return [];
  const declared = (system.ingress ?? []).filter((rule) => rule.protocol === "tcp").flatMap((rule) => rule.ports ?? []);
  const others = [...new Set(declared)].filter((port) => port !== service.port).sort((a, b) => a - b);
  return [service.port, ...others];
}

/**
 * Floating IPs a built system takes at a site running `running` of its instances (default all):
 * one where its clients connect (the load balancer's VIP, or the VIP an active-standby pair
 * moves), or one per instance for a single system, which has no address in front of them; none
 * when it takes no ingress from the internet or the center does not build it.
 */
export function floatingIpsOf(system: SystemConfig, running = system.availability.instances): number {
  if (!system.build || !takesInternetIngress(system)) return 0;
  return system.availability.mode === "single" ? running : 1;
}

/**
 * The sources a published active-active system's listener on `port` admits, as CIDRs. A floating
 * IP puts the VIP on the internet, and Octavia opens the VIP on every listener port to anyone
 * while the members' group only ever sees the load balancer, so a port declared for the zone or
 * a peer would otherwise be the internet's too. Undefined (anyone) where an ingress rule admits
 * the internet on that port; else what its rules declare (a peer system by its zone's range) and
 * the linkage range where a linkage flow ends there, or the zone's own range when nothing does.
 */
export function listenerSources(m: MunicipalityFile, system: SystemConfig, port: number): string[] | undefined {
  const rules = (system.ingress ?? []).filter((rule) => rule.protocol === "tcp" && (rule.ports ?? []).includes(port));
  const sources = new Set<string>();
  for (const rule of rules) {
    const peer = parsePeer(rule.from)!;
    if (peer.kind === "internet") return undefined;
    if (peer.kind === "cidr") sources.add(peer.cidr);
    else if (peer.kind === "zone") sources.add(m.addressing[peer.zone]);
    else {
      const other = m.systems.find((s) => s.name === peer.name);
      if (other) sources.add(m.addressing[other.zone]);
    }
  }
  const relayed = linkageFlows(m).some(
    (flow) => flow.destination === system.name && flow.protocol === "tcp" && flow.port === port,
  );
  if (relayed) sources.add(m.addressing.linkage);
  if (sources.size === 0) sources.add(m.addressing[system.zone]);
  // Sorted as text, as Octavia lists them back, so a plan after the deploy shows no change.
  return [...sources].sort();
}
