import { Opening, stackNameOf } from "../../reach";
import { AuditRule, municipalityOf } from "../rule";
import { isolationOf, modelOf } from "../reachability";

const show = (o: Opening) => `${o.packet.protocol}${o.packet.port === undefined ? "" : `/${o.packet.port}`}`;

/** Whether a path met no zone firewall and no security group: both ends are hosts of a zone with no filter of their own. */
function unfiltered(o: Opening): boolean {
  const filtered =
    (o.source.portSecurity && o.source.groups.length > 0) ||
    (o.destination.portSecurity && o.destination.groups.length > 0);
  return !filtered && !o.verdict.hops.some((hop) => hop.address.startsWith("openstack_fw_"));
}

/**
 * One finding per source, destination and rule, naming every port it is open on and the hop that
 * lets it in (the last filter it passes, else where it is delivered).
 */
function findings(openings: readonly Opening[], rule: Opening["rule"]) {
  const grouped = new Map<string, Opening[]>();
  for (const o of openings.filter((x) => x.rule === rule && !unfiltered(x))) {
    const key = `${o.source.label}\n${o.destination.label}`;
    grouped.set(key, [...(grouped.get(key) ?? []), o]);
  }
  return [...grouped.values()].map((same) => {
    const [first] = same;
    const opener =
      [...first.verdict.hops].reverse().find((h) => / allowed by |allows it/.test(h.text)) ??
      first.verdict.hops[first.verdict.hops.length - 1];
    const stack = stackNameOf(opener.stack) || "config";
    const ports = same.map(show).join(", ");
    return {
      stack,
      address: opener.address,
      municipality: stack === "config" ? "center" : municipalityOf(stack),
      message: `${first.source.label} reaches ${first.destination.label} on ${ports}, which nothing in the config declares (${opener.text})`,
    };
  });
}

const rule = (id: Opening["rule"], title: string, rationale: string): AuditRule => ({
  id: `RCC-${id}`,
  level: "error",
  title,
  rationale,
  fix: "Remove or narrow the rule, route or firewall entry named in the finding, or declare the flow in the config.",
  check: (input) => findings(isolationOf(input), id),
});

/** Nothing gets through but what the config declares (issue "Intent and effect"), as rules of the pack. */
export const isolationRules: AuditRule[] = [
  rule(
    "RCH-002",
    "No path between the internet and the internal or linkage zones",
    "행정망 never exchanges packets with the internet, whatever a label or a rule says (망분리).",
  ),
  rule(
    "RCH-003",
    "The zones meet only in the declared flows through the relays",
    "A crossing that bypasses the relay bypasses the only place where a flow is inspected and logged (망연계).",
  ),
  rule(
    "RCH-004",
    "No path between two municipalities",
    "One tenant's systems are no other tenant's business, and a breach in one must stay there.",
  ),
  rule(
    "RCH-005",
    "Tenants reach the operators' networks and the shared services only as declared",
    "The operators' networks and shared services hold every tenant's keys: a tenant reaching more of them than declared reaches every other tenant.",
  ),
  {
    id: "RCC-RCH-006",
    level: "warning",
    title: "Where no zone firewall exists, only security groups keep the zones and tenants apart",
    rationale:
      "A host its municipality attaches with an open security group is reachable along such a path: no router policy stands behind the groups.",
    fix: "Give the site FWaaS (fwaas: true for the center), or accept it knowingly with a suppression naming the site.",
    check: (input) => {
      const bySite = new Map<string, Opening[]>();
      for (const o of isolationOf(input).filter(unfiltered)) {
        bySite.set(o.destination.network.site, [...(bySite.get(o.destination.network.site) ?? []), o]);
      }
      // One stable line per site: the paths themselves change with every config change, the fact does not.
      return [...bySite.keys()].map((site) => ({
        stack: "config",
        address: `site ${site}`,
        municipality: "center",
        message: `at ${site}, no zone firewall stands between the tenants' zones: only security groups separate them`,
      }));
    },
  },
  {
    id: "RCC-RCH-007",
    level: "warning",
    title: "Every construct that attaches an address or forwards traffic is one the reachability model follows",
    rationale: "What the model cannot follow is not proven safe: it is named here rather than counted as closed.",
    fix: "Replace it with a construct the model follows (docs/reachability.md lists them), or suppress it with the reason it is safe.",
    check: (input) => {
      const names = new Map(input.stacks.map((s) => [s.file, s.name]));
      const seen = new Set<string>();
      return modelOf(input).unproven.flatMap((u) => {
        const stack = names.get(u.stack) ?? (stackNameOf(u.stack) || "config");
        const key = `${stack} ${u.address} ${u.why}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [
          {
            stack,
            address: u.address,
            municipality: stack === "config" ? "center" : municipalityOf(stack),
            message: `not proven: ${u.why}`,
          },
        ];
      });
    },
  },
];
