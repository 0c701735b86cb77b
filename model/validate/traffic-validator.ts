import { linkageFlows } from "../center";
import { contains, isPrivate, overlaps, parseCidr } from "../ip";
import { parsePeer } from "../peer";
import { ConfigProblem } from "../problems";
import { listed } from "../shown";
import { MunicipalityFile, SystemConfig } from "../schema/municipality";
import { RegionFile } from "../schema/region";
import { Loaded, problemAt, Validator } from "./context";

type Segments = ReadonlyArray<string | number>;

/**
 * Declared traffic must keep the zones apart (망분리): a system's own rules stay inside its zone
 * (or reach the internet, for external systems only), and every crossing between the zones is a
 * linkage flow whose declared direction matches the zones it joins.
 */
export const validateTraffic: Validator = ({ region, municipalities }) => [
  ...uniqueNames(region, ["sharedServices", "services"], region.value.sharedServices.services),
  ...municipalities.flatMap((m) => [...systemRules(region.value, m), ...checkLinkageFlows(m), ...groupQuota(m)]),
];

/** Each system gets a group, the relay one more, and Neutron keeps the project's default: all count against the quota. */
function groupQuota(m: Loaded<MunicipalityFile>): ConfigProblem[] {
  const { systems, quotas } = m.value;
  const owners = [
    `${systems.length} system(s)`,
    ...(linkageFlows(m.value).length > 0 ? ["the linkage relay"] : []),
    "the project's default",
  ];
  const needed = systems.length + owners.length - 1;
  if (needed <= quotas.securityGroups) return [];
  const message = `${quotas.securityGroups} is too low: ${owners.join(", ")} need ${needed} security groups`;
  return [problemAt(m, ["quotas", "securityGroups"], message)];
}

function systemRules(region: RegionFile, m: Loaded<MunicipalityFile>): ConfigProblem[] {
  const systems = new Map(m.value.systems.map((s) => [s.name, s]));
  const known = listed([...systems.keys()]);
  return m.value.systems.flatMap((system, i) => {
    const rules = [
      ...(system.ingress ?? []).map((rule, j) => ({
        peer: rule.from,
        rule,
        at: ["systems", i, "ingress", j] as Segments,
        field: "from",
      })),
      ...(system.egress ?? []).map((rule, j) => ({
        peer: rule.to,
        rule,
        at: ["systems", i, "egress", j] as Segments,
        field: "to",
      })),
    ];
    return rules.flatMap(({ peer, rule, at, field }) => {
      const problems: ConfigProblem[] = [];
      const needsPorts = rule.protocol !== "icmp";
      if (needsPorts && rule.ports === undefined) {
        problems.push(problemAt(m, at, `${rule.protocol} needs ports: list the destination ports, e.g. ports: [443]`));
      }
      if (!needsPorts && rule.ports !== undefined) {
        problems.push(problemAt(m, [...at, "ports"], "icmp has no ports; remove ports"));
      }
      const message = peerProblem(region, system, systems, known, peer, m.value.addressing.external);
      if (message) problems.push(problemAt(m, [...at, field], message));
      const balanced = field === "from" ? balancedInternetProblem(system, peer, rule.protocol) : undefined;
      if (balanced) problems.push(problemAt(m, [...at, "protocol"], balanced));
      return problems;
    });
  });
}

const LINKAGE_HINT = "crossings between the zones are declared in linkage.flows and go through the relay";

/** What is wrong with a system's peer, if anything. The schema has already checked the syntax. */
function peerProblem(
  region: RegionFile,
  system: SystemConfig,
  systems: ReadonlyMap<string, SystemConfig>,
  known: string,
  text: string,
  ownExternal: string,
): string | undefined {
  const peer = parsePeer(text)!;
  const other = system.zone === "internal" ? "external" : "internal";
  switch (peer.kind) {
    case "internet":
      return system.zone === "internal"
        ? "an internal system never exchanges traffic with the internet (망분리); only external systems may"
        : undefined;
    case "zone":
      return peer.zone === other ? `${system.name} is in the ${system.zone} zone; ${LINKAGE_HINT}` : undefined;
    case "system": {
      const target = systems.get(peer.name);
      if (!target) return `"${peer.name}" is not a system here; known: ${known}`;
      if (target === system) return "a system's own traffic needs no rule; name another system";
      return target.zone !== system.zone
        ? `${peer.name} is in the ${target.zone} zone and ${system.name} in the ${system.zone} zone; ${LINKAGE_HINT}`
        : undefined;
    }
    case "cidr": {
      const cidr = parseCidr(peer.cidr)!;
      if (system.zone === "internal" && !isPrivate(cidr)) {
        return `${peer.cidr} includes internet addresses; an internal system may only name private ranges (망분리)`;
      }
      // The internet (0.0.0.0/0 included) is not a crossing: routing keeps it off 행정망. A private range is.
      const otherPool = parseCidr(region.addressPools[other])!;
      if (isPrivate(cidr) && overlaps(cidr, otherPool)) {
        return `${peer.cidr} overlaps the region's ${other} pool ${otherPool.text}; ${LINKAGE_HINT}`;
      }
      // The external router's only way out is the internet, which carries no private range.
      if (system.zone === "external" && isPrivate(cidr) && !contains(parseCidr(ownExternal)!, cidr)) {
        return (
          `${peer.cidr} is a private range, which the external zone cannot reach: its router's only way out is the ` +
          `internet; name internet or a public range, use zone:external for its own subnet, or declare the flow on an internal system`
        );
      }
      return undefined;
    }
  }
}

function checkLinkageFlows(m: Loaded<MunicipalityFile>): ConfigProblem[] {
  const flows = linkageFlows(m.value);
  const systems = new Map(m.value.systems.map((s) => [s.name, s]));
  const known = listed([...systems.keys()]) || "none";
  const problems = uniqueNames(m, ["linkage", "flows"], flows);
  flows.forEach((flow, i) => {
    const at = ["linkage", "flows", i];
    const source = systems.get(flow.source);
    const destination = systems.get(flow.destination);
    if (!source)
      problems.push(problemAt(m, [...at, "source"], `"${flow.source}" is not a system here; known: ${known}`));
    if (!destination) {
      problems.push(
        problemAt(m, [...at, "destination"], `"${flow.destination}" is not a system here; known: ${known}`),
      );
    }
    if (!source || !destination) return;
    if (source.zone === destination.zone) {
      problems.push(
        problemAt(
          m,
          at,
          `${flow.source} and ${flow.destination} are both in the ${source.zone} zone; a linkage flow crosses ` +
            `between the zones (use ingress on ${flow.destination} instead)`,
        ),
      );
      return;
    }
    const actual = `${source.zone}-to-${destination.zone}`;
    if (flow.direction !== actual) {
      problems.push(
        problemAt(
          m,
          [...at, "direction"],
          `${flow.source} (${source.zone}) to ${flow.destination} (${destination.zone}) is ${actual}`,
        ),
      );
    }
  });
  return problems;
}

function uniqueNames(owner: Loaded<unknown>, at: Segments, items: ReadonlyArray<{ name: string }>): ConfigProblem[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    const duplicate = seen.has(item.name);
    seen.add(item.name);
    return duplicate
      ? [problemAt(owner, [...at, i, "name"], `"${item.name}" is listed twice; names must be unique`)]
      : [];
  });
}

/**
 * A built active-active system takes the internet through its load balancer's floating IP, and
 * its listeners carry TCP only: anything else from the internet never reaches its instances.
 */
function balancedInternetProblem(system: SystemConfig, text: string, protocol: string): string | undefined {
  if (!system.build || system.availability.mode !== "active-active" || protocol === "tcp") return undefined;
  const peer = parsePeer(text)!;
  const fromInternet = peer.kind === "internet" || (peer.kind === "cidr" && !isPrivate(parseCidr(peer.cidr)!));
  if (!fromInternet) return undefined;
  return (
    `${system.name} is built active-active: the internet reaches it through its load balancer, which carries tcp ` +
    `only, so ${protocol} from ${text} never arrives; use tcp, or another availability mode`
  );
}
