/**
 * The report's tables, once, as plain rows: the HTML page and the Markdown report render the
 * same tables, so they can never say different things.
 */
import { AuditFinding, countFindings } from "../../policy/audit";
import { cellText, MAX_PROBES_PER_PAIR } from "../reachability";
import { money, percent } from "./escape";
import { AuditReport, MunicipalityReport } from "./types";

export interface Table {
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
  /** Shown instead of an empty table. */
  readonly empty: string;
  /** Row indexes to show muted (suppressed findings). */
  readonly muted?: ReadonlySet<number>;
}

export function rulesTable(report: AuditReport): Table {
  return {
    headers: ["rule", "level", "checks", "why", "fix", "open", "suppressed"],
    rows: report.rules.map((r) => [r.id, r.level, r.title, r.rationale, r.fix, String(r.open), String(r.suppressed)]),
    empty: "No rules.",
  };
}

export function findingsTable(findings: readonly AuditFinding[]): Table {
  return {
    headers: ["rule", "level", "stack", "address", "finding", "suppressed"],
    rows: findings.map((f) => [
      f.rule,
      f.level,
      f.stack,
      f.address,
      f.message,
      f.suppressed ? `${f.suppressed.reason} (approved by ${f.suppressed.approvedBy}, ${f.suppressed.file})` : "",
    ]),
    empty: "No findings: every rule holds.",
    muted: new Set(findings.flatMap((f, i) => (f.suppressed ? [i] : []))),
  };
}

export function capacityTable(report: AuditReport): Table {
  return {
    headers: ["resource", "allocated", "limit (capacity × overcommit)", "used"],
    rows: report.capacity.map((c) => [
      c.resource,
      `${c.allocated} ${c.unit}`,
      `${c.limit} ${c.unit} (${c.capacity} × ${c.overcommit})`,
      percent(c.limit === 0 ? 0 : c.allocated / c.limit),
    ]),
    empty: "No capacity.",
  };
}

export function costsTable(report: AuditReport): Table {
  const costs = report.costs;
  return {
    headers: ["municipality", "resources", "shared services", "total per month", "share"],
    rows: (costs?.lines ?? []).map((l) => [
      `${l.name} (${l.code})`,
      money(l.resources, costs!.currency),
      money(l.sharedServices, costs!.currency),
      money(l.total, costs!.currency),
      percent(l.share),
    ]),
    empty: "No unit prices in the region file (unitPrices): no cost allocation.",
  };
}

export function wavesTable(report: AuditReport): Table {
  return {
    headers: ["wave", "municipalities"],
    rows: report.waves.map((w) => [String(w.wave), w.municipalities.map((m) => `${m.name} (${m.code})`).join(", ")]),
    empty: "No municipalities.",
  };
}

const STATES = ["active", "decommissioning", "retired"] as const;

/** How many municipalities are in each lifecycle state, and which. */
export function lifecycleTable(report: AuditReport): Table {
  return {
    headers: ["state", "count", "municipalities"],
    rows: STATES.map((state) => {
      const here = report.lifecycle.filter((l) => l.state === state);
      return [state, String(here.length), here.map((l) => `${l.name} (${l.code})`).join(", ")];
    }),
    empty: "No municipalities.",
  };
}

/** The municipalities leaving or gone: their records, and what the next deploy does to their stacks. */
export function leavingTable(report: AuditReport): Table {
  return {
    headers: ["municipality", "state", "requested", "final backup", "retired on", "next deploy"],
    rows: report.lifecycle
      .filter((l) => l.state !== "active")
      .map((l) => [
        `${l.name} (${l.code})`,
        l.state,
        l.requested ?? "",
        l.finalBackup ?? "not yet: data holders are kept",
        l.retiredOn ?? "",
        l.nextDeploy
          ? `destroys ${l.nextDeploy.destroys} resource(s), keeps ${l.nextDeploy.keeps} until the final backup`
          : "",
      ]),
    empty: "No municipality is leaving.",
  };
}

export function exposureTable(m: MunicipalityReport): Table {
  return {
    headers: ["system", "address", "protocol", "ports", "through", "from"],
    rows: m.exposure.map((e) => [e.system, e.address, e.protocol, e.ports, e.through, e.from]),
    empty: "Nothing is reachable from the internet.",
  };
}

/** Backup and DR coverage, in recovery order: each system's targets beside the mechanism that meets them. */
export function coverageTable(m: MunicipalityReport): Table {
  const rows = [...m.resilience].sort(
    (a, b) => a.recoveryOrder - b.recoveryOrder || (a.system < b.system ? -1 : a.system > b.system ? 1 : 0),
  );
  return {
    headers: [
      "system",
      "grade",
      "availability",
      "backup (schedule, retention, RPO)",
      "replication",
      "DR tier",
      "RTO / RPO",
      "recovery order",
      "depends on",
      "mechanism",
    ],
    rows: rows.map((s) => [
      s.built ? `${s.system} (built by rcc)` : s.system,
      s.grade,
      s.availability,
      `${s.backup.schedule}, ${s.backup.retentionDays} d, RPO ${s.backup.rpoHours} h`,
      s.backup.replication.join(", ") || "none",
      s.dr.tier,
      `${s.dr.rtoHours} h / ${s.dr.rpoHours} h`,
      String(s.recoveryOrder),
      s.dependsOn.join(", ") || "-",
      s.mechanism,
    ]),
    empty: "No systems.",
  };
}

export function quotasTable(m: MunicipalityReport): Table {
  return {
    headers: ["quota", "value"],
    rows: Object.entries(m.quotas).map(([name, value]) => [name, String(value)]),
    empty: "No quotas.",
  };
}

export function verdict(report: AuditReport): string {
  const { stacks, resources } = report.source;
  return `${report.passed ? "PASSED" : "FAILED"}: ${countFindings(report.findings)}; ${stacks.length} stacks, ${resources} resources`;
}

/** `412 of 412 declared flow(s) delivered`. */
export function intentSummary(report: AuditReport): string {
  const { flows, delivered, broken } = report.reachability.intent;
  const rest = broken.length > 0 ? `; ${broken.length} broken` : "";
  return `${delivered} of ${flows} declared flow(s) delivered${rest}`;
}

/** Each declared flow the network drops, where the config declares it, and the hop that drops it. */
export function intentTable(report: AuditReport): Table {
  return {
    headers: ["declared flow", "declared at", "dropped at", "why"],
    rows: report.reachability.intent.broken.map((b) => [
      b.name,
      b.declaredAt,
      b.stack ? `${b.stack} ${b.address}` : (b.address ?? "config"),
      b.hop,
    ]),
    empty: "Every declared flow is delivered.",
  };
}

/** The corner of the matrix: sources are rows, destinations columns. */
export const MATRIX_CORNER = "from ↓ to →";

/**
 * A municipality's reachability matrix: a row per source, a column per destination, each cell the
 * packets delivered (`tcp/22, 443; udp/53`) or `—`; `?` where an end is not in the stacks.
 */
export function reachabilityTable(m: MunicipalityReport): Table {
  const { parties, paths } = m.reachability;
  const cells = new Map(paths.map((p) => [`${p.from}\n${p.to}`, cellText(p.on)]));
  return {
    headers: [MATRIX_CORNER, ...parties.map((p) => p.name)],
    rows: parties.map((from) => [
      from.name,
      ...parties.map((to) => {
        if (to === from) return "";
        if (from.unresolved !== null || to.unresolved !== null) return "?";
        return cells.get(`${from.name}\n${to.name}`) ?? "—";
      }),
    ]),
    empty: "Its tenant stack is not in this synthesis: nothing was traced.",
  };
}

/** What a reader of the matrix must know besides the cells: ends not found, packets left untraced. */
export function reachabilityNotes(m: MunicipalityReport): string[] {
  const { parties, untraced } = m.reachability;
  return [
    ...parties.filter((p) => p.unresolved !== null).map((p) => `${p.name}: not traced (${p.unresolved})`),
    ...(untraced > 0 ? [`${untraced} packet(s) beyond ${MAX_PROBES_PER_PAIR} per pair were not traced`] : []),
  ];
}

/** How the matrices are made, in a sentence. */
export function matrixLegend(report: AuditReport): string {
  const { site, probes } = report.reachability;
  return (
    `Traced at ${site} through the synthesized network, each pair on the ports of the destination's ingress ` +
    `rules and listeners, of the source's egress rules, and on ${probes.join(", ")}. A cell lists the packets ` +
    "delivered; — none of them."
  );
}
