/**
 * What one config change does to the synthesized Terraform, for an auditor: the reachability
 * paths it opens and closes, per stack the resources added, changed and removed (by Terraform
 * address), provider and backend changes, and the audit findings that appear or disappear. Pure:
 * both sides are already synthesized (and traced).
 */
import { isDeepStrictEqual } from "node:util";
import { COMMENT_KEY, parseAddress } from "../contract/terraform-addresses";
import { Municipality } from "../model/center";
import { LifecycleTransition, lifecycleTransitions } from "../model/lifecycle-transitions";
import { AuditFinding, AuditStack } from "../policy/audit";
import { isRecord } from "../policy/separation/terraform";
import { cellText, comparePackets, pathKey, ReachPath } from "./reachability";

/** A stack as the diff reads it: its blocks, providers and backend. */
export type DiffStack = Pick<AuditStack, "name" | "blocks" | "providers" | "backend">;

export interface DiffSide {
  readonly stacks: readonly DiffStack[];
  readonly findings: readonly AuditFinding[];
  /** Every municipality file, retired ones included, for lifecycle transitions. */
  readonly municipalities: readonly Municipality[];
  /** Its reachability paths (reports/reachability.ts); without them on both sides, none are compared. */
  readonly paths?: readonly ReachPath[];
}

export type Scalar = string | number | boolean | null;

/** One top-level argument that differs. Values are given only when short scalars, so a line stays readable. */
export interface ArgumentChange {
  readonly name: string;
  readonly change: "added" | "removed" | "changed";
  readonly base?: Scalar;
  readonly current?: Scalar;
}

export interface ChangedBlock {
  readonly address: string;
  readonly arguments: readonly ArgumentChange[];
}

export interface StackDiff {
  readonly name: string;
  readonly status: "added" | "removed" | "changed";
  /** Addresses of resources and data sources (`data.` prefix), sorted. */
  readonly added: readonly string[];
  readonly changed: readonly ChangedBlock[];
  readonly removed: readonly string[];
  /** `openstack.region`, `openstack.alias-name.region`: provider configurations, flattened. */
  readonly provider: readonly ArgumentChange[];
  /** `type` (local, s3, ...) and the backend's settings. */
  readonly backend: readonly ArgumentChange[];
}

export interface FindingChange {
  readonly base: AuditFinding;
  readonly current: AuditFinding;
}

export interface SynthesisDiff {
  readonly summary: {
    readonly stacks: { readonly added: number; readonly changed: number; readonly removed: number };
    readonly resources: { readonly added: number; readonly changed: number; readonly removed: number };
    readonly findings: { readonly appeared: number; readonly disappeared: number; readonly suppressionChanged: number };
    readonly paths: { readonly opened: number; readonly closed: number };
  };
  /** Paths (source, destination, packet) delivered in the current synthesis and not the base (opened), and the reverse. */
  readonly reachability: {
    readonly opened: readonly ReachPath[];
    readonly closed: readonly ReachPath[];
    /** Municipalities with paths on one side only (added, removed, or not traced on the other): every path of theirs is opened or closed. */
    readonly municipalities: { readonly opened: readonly string[]; readonly closed: readonly string[] };
  };
  /** Only the stacks that differ, by name. */
  readonly stacks: readonly StackDiff[];
  readonly findings: {
    readonly appeared: readonly AuditFinding[];
    readonly disappeared: readonly AuditFinding[];
    /** Present on both sides with another suppression (or level). */
    readonly suppressionChanged: readonly FindingChange[];
  };
  /** Municipalities whose lifecycle phase the change moves; refused ones say why. */
  readonly lifecycle: readonly LifecycleTransition[];
}

const SHORT = 60;

export function diffSyntheses(base: DiffSide, current: DiffSide): SynthesisDiff {
  const baseStacks = new Map(base.stacks.map((s) => [s.name, s]));
  const currentStacks = new Map(current.stacks.map((s) => [s.name, s]));
  const names = sortedUnion(baseStacks.keys(), currentStacks.keys());
  const stacks = names
    .map((name) => diffStack(name, baseStacks.get(name), currentStacks.get(name)))
    .filter((s): s is StackDiff => s !== undefined);
  const findings = diffFindings(base.findings, current.findings);
  const reachability = diffPaths(base.paths, current.paths);
  const count = (status: StackDiff["status"]) => stacks.filter((s) => s.status === status).length;
  const sum = (list: (s: StackDiff) => readonly unknown[]) => stacks.reduce((n, s) => n + list(s).length, 0);
  return {
    summary: {
      stacks: { added: count("added"), changed: count("changed"), removed: count("removed") },
      resources: { added: sum((s) => s.added), changed: sum((s) => s.changed), removed: sum((s) => s.removed) },
      findings: {
        appeared: findings.appeared.length,
        disappeared: findings.disappeared.length,
        suppressionChanged: findings.suppressionChanged.length,
      },
      paths: { opened: reachability.opened.length, closed: reachability.closed.length },
    },
    reachability,
    stacks,
    findings,
    lifecycle: lifecycleTransitions(base.municipalities, current.municipalities),
  };
}

export function hasChanges(diff: SynthesisDiff): boolean {
  const { appeared, disappeared, suppressionChanged } = diff.findings;
  const { opened, closed } = diff.reachability;
  const counted = [diff.stacks, appeared, disappeared, suppressionChanged, diff.lifecycle, opened, closed];
  return counted.some((list) => list.length > 0);
}

/** Lifecycle steps the change may not take: the diff fails on them. */
export function refusedTransitions(diff: SynthesisDiff): LifecycleTransition[] {
  return diff.lifecycle.filter((t) => t.refused !== undefined);
}

function diffStack(name: string, base?: DiffStack, current?: DiffStack): StackDiff | undefined {
  const before = new Map((base?.blocks ?? []).map((b) => [b.address, b.body]));
  const after = new Map((current?.blocks ?? []).map((b) => [b.address, b.body]));
  const addresses = sortedUnion(before.keys(), after.keys());
  const changed = addresses.flatMap((address) => {
    const [b, c] = [before.get(address), after.get(address)];
    if (!b || !c) return [];
    const args = argumentChanges(b, c);
    return args.length > 0 ? [{ address, arguments: args }] : [];
  });
  const diff: StackDiff = {
    name,
    status: !base ? "added" : !current ? "removed" : "changed",
    added: addresses.filter((a) => !before.has(a)),
    changed,
    removed: addresses.filter((a) => !after.has(a)),
    provider: argumentChanges(providerSettings(base), providerSettings(current)),
    backend: argumentChanges(backendSettings(base), backendSettings(current)),
  };
  const { added, removed, provider, backend } = diff;
  const differs = [added, changed, removed, provider, backend].some((list) => list.length > 0);
  return diff.status !== "changed" || differs ? diff : undefined;
}

/** Top-level arguments that differ, by name, ignoring the metadata comment. */
function argumentChanges(base: Readonly<Record<string, unknown>>, current: Readonly<Record<string, unknown>>) {
  return sortedUnion(Object.keys(base), Object.keys(current))
    .filter((name) => name !== COMMENT_KEY && !isDeepStrictEqual(base[name], current[name]))
    .map((name): ArgumentChange => {
      const [b, c] = [base[name], current[name]];
      const change = b === undefined ? "added" : c === undefined ? "removed" : "changed";
      // Both sides must be readable at a glance, or neither is shown (half a change misleads).
      if ((b !== undefined && !isShortScalar(b)) || (c !== undefined && !isShortScalar(c))) return { name, change };
      return { name, change, ...(b !== undefined && { base: b }), ...(c !== undefined && { current: c }) };
    });
}

/** Each provider configuration's settings as `provider.setting` (aliases as `provider.alias.setting`). */
function providerSettings(stack?: DiffStack): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const [provider, configs] of Object.entries(stack?.providers ?? {})) {
    for (const config of configs) {
      const prefix = typeof config.alias === "string" ? `${provider}.${config.alias}` : provider;
      for (const [key, value] of Object.entries(config)) if (key !== "alias") settings[`${prefix}.${key}`] = value;
    }
  }
  return settings;
}

/** `{ local: { path } }` as `{ type: "local", path }`, so a switch of backend reads as one line. */
function backendSettings(stack?: DiffStack): Record<string, unknown> {
  const [entry] = Object.entries(stack?.backend ?? {});
  if (!entry) return {};
  const [type, config] = entry;
  return { type, ...(isRecord(config) ? config : {}) };
}

function diffFindings(base: readonly AuditFinding[], current: readonly AuditFinding[]): SynthesisDiff["findings"] {
  const before = new Map(base.map((f) => [findingKey(f), f]));
  const after = new Map(current.map((f) => [findingKey(f), f]));
  const keys = sortedUnion(before.keys(), after.keys());
  const suppressionChanged = keys.flatMap((key) => {
    const [b, c] = [before.get(key), after.get(key)];
    return b && c && (b.level !== c.level || !isDeepStrictEqual(b.suppressed, c.suppressed))
      ? [{ base: b, current: c }]
      : [];
  });
  return {
    appeared: keys.filter((k) => !before.has(k)).map((k) => after.get(k)!),
    disappeared: keys.filter((k) => !after.has(k)).map((k) => before.get(k)!),
    suppressionChanged,
  };
}

function diffPaths(base?: readonly ReachPath[], current?: readonly ReachPath[]): SynthesisDiff["reachability"] {
  if (!base || !current) return { opened: [], closed: [], municipalities: { opened: [], closed: [] } };
  const before = new Set(base.map(pathKey));
  const after = new Set(current.map(pathKey));
  const [codesBefore, codesAfter] = [base, current].map((paths) => new Set(paths.flatMap(pathCodes)));
  return {
    opened: current.filter((p) => !before.has(pathKey(p))),
    closed: base.filter((p) => !after.has(pathKey(p))),
    municipalities: {
      opened: [...codesAfter].filter((c) => !codesBefore.has(c)).sort(),
      closed: [...codesBefore].filter((c) => !codesAfter.has(c)).sort(),
    },
  };
}

/** A finding's identity: rule, stack, address, message (NUL-joined, so it sorts like runAudit's order). */
function findingKey(f: AuditFinding): string {
  return [f.rule, f.stack, f.address, f.message].join("\0");
}

function sortedUnion(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

function isShortScalar(value: unknown): value is Scalar {
  if (value === null || typeof value === "number" || typeof value === "boolean") return true;
  return typeof value === "string" && value.length <= SHORT;
}

// ---------------------------------------------------------------------------------------------
// Markdown

export interface DiffLabels {
  /** What the base was: a directory, or `HEAD (1a2b3c4)`. */
  readonly base: string;
  readonly current: string;
}

/** The one-line summary: `3 stacks changed (1 added): +12 ~3 -0 resources; findings: +1 -0` (`; paths: +1 -0` when any moves). */
export function diffSummary(diff: SynthesisDiff): string {
  const { stacks, resources, findings, paths } = diff.summary;
  const total = stacks.added + stacks.changed + stacks.removed;
  const churn = [`${stacks.added} added`, `${stacks.removed} removed`].filter((text) => !text.startsWith("0 "));
  const suppression = findings.suppressionChanged ? `, ${findings.suppressionChanged} suppression(s) changed` : "";
  return (
    `${total} ${total === 1 ? "stack" : "stacks"} changed${churn.length ? ` (${churn.join(", ")})` : ""}: ` +
    `+${resources.added} ~${resources.changed} -${resources.removed} resources; ` +
    `findings: +${findings.appeared} -${findings.disappeared}${suppression}` +
    (paths.opened + paths.closed > 0 ? `; paths: +${paths.opened} -${paths.closed}` : "")
  );
}

export function diffMarkdown(diff: SynthesisDiff, labels?: DiffLabels): string {
  const heading = labels ? `# rcc diff: ${labels.base} → ${labels.current}` : "# rcc diff";
  if (!hasChanges(diff)) return `${heading}\n\nNo changes.\n`;
  const sections = [
    heading,
    diffSummary(diff),
    lifecycleMarkdown(diff.lifecycle),
    reachabilityMarkdown(diff),
    ...diff.stacks.map(stackMarkdown),
    findingsMarkdown(diff.findings),
  ];
  return `${sections.filter((s) => s !== "").join("\n\n")}\n`;
}

function lifecycleMarkdown(transitions: readonly LifecycleTransition[]): string {
  if (transitions.length === 0) return "";
  const line = (t: LifecycleTransition) =>
    `- ${t.name} (${t.code}): ${t.from} → ${t.to}${t.refused ? `: **refused**, ${t.refused}` : ""}`;
  return `## Lifecycle\n\n${transitions.map(line).join("\n")}`;
}

/**
 * What the change opens and closes, a line per source and destination with its packets. A
 * municipality with no path on the other side is one line: all its paths came or went with it.
 */
function reachabilityMarkdown(diff: SynthesisDiff): string {
  const { opened, closed, municipalities } = diff.reachability;
  if (opened.length + closed.length === 0) return "";
  const lists: Array<[string, string[]]> = [
    ["Opened", pathLines(opened, municipalities.opened, "new: its every path")],
    ["Closed", pathLines(closed, municipalities.closed, "gone: its every path")],
  ];
  const body = lists
    .filter(([, lines]) => lines.length > 0)
    .map(([title, lines]) => `### ${title}\n\n${lines.join("\n")}`);
  return ["## Reachability", ...body].join("\n\n");
}

function pathLines(paths: readonly ReachPath[], whole: readonly string[], why: string): string[] {
  const counts = new Map(whole.map((code) => [code, 0]));
  const pairs = new Map<string, string[]>();
  for (const p of paths) {
    const code = pathCodes(p).find((c) => counts.has(c));
    if (code !== undefined) counts.set(code, counts.get(code)! + 1);
    else pairs.set(`${p.from} → ${p.to}`, [...(pairs.get(`${p.from} → ${p.to}`) ?? []), p.packet]);
  }
  return [
    ...[...counts].map(([code, n]) => `- ${code}: ${n} path(s) (${why})`),
    ...[...pairs].map(([pair, packets]) => `- ${pair}: ${cellText(packets.sort(comparePackets))}`),
  ];
}

/** The municipalities a path's ends belong to (`27140/payroll`); none for the internet, the backbone, a shared service. */
function pathCodes(p: ReachPath): string[] {
  return [p.from, p.to].flatMap((end) => /^(\d{5})\//.exec(end)?.[1] ?? []);
}

function stackMarkdown(stack: StackDiff): string {
  const lists: Array<[string, string[]]> =
    stack.status === "changed"
      ? [
          ["Added", stack.added.map((a) => `- \`${a}\``)],
          ["Changed", stack.changed.map((c) => `- \`${c.address}\`: ${c.arguments.map(argumentText).join(", ")}`)],
          ["Removed", stack.removed.map((a) => `- \`${a}\``)],
        ]
      : // A whole stack comes or goes: its resources by type say more than a hundred addresses.
        [[stack.status === "added" ? "Added" : "Removed", countByType([...stack.added, ...stack.removed])]];
  lists.push(["Provider", stack.provider.map((a) => `- ${argumentText(a)}`)]);
  lists.push(["Backend", stack.backend.map((a) => `- ${argumentText(a)}`)]);
  const body = lists
    .filter(([, lines]) => lines.length > 0)
    .map(([title, lines]) => `${title}:\n\n${lines.join("\n")}`);
  return [`## ${stack.name} (${stack.status})`, ...body].join("\n\n");
}

function countByType(addresses: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const address of addresses) {
    const parsed = parseAddress(address);
    const type = parsed ? `${parsed.mode === "data" ? "data." : ""}${parsed.type}` : address;
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts].map(([type, n]) => `- ${n} × \`${type}\``);
}

/** `` `cores: 80 → 100` ``, or `` `tags` changed `` when a value is long or structured. */
function argumentText(a: ArgumentChange): string {
  const value = (v: Scalar | undefined) => (v === undefined ? "(unset)" : JSON.stringify(v));
  if (!("base" in a) && !("current" in a)) return `\`${a.name}\` ${a.change}`;
  return `\`${a.name}: ${value(a.base)} → ${value(a.current)}\``;
}

function findingsMarkdown(findings: SynthesisDiff["findings"]): string {
  const lists: Array<[string, string[]]> = [
    ["Appeared", findings.appeared.map((f) => `- ${findingText(f)}`)],
    ["Disappeared", findings.disappeared.map((f) => `- ${findingText(f)}`)],
    [
      "Suppression changed",
      findings.suppressionChanged.map(
        ({ base, current }) =>
          `- ${findingIdentity(current)}: ${base.level}, ${suppressionText(base)} → ` +
          `${current.level}, ${suppressionText(current)}`,
      ),
    ],
  ];
  const body = lists
    .filter(([, lines]) => lines.length > 0)
    .map(([title, lines]) => `### ${title}\n\n${lines.join("\n")}`);
  return body.length > 0 ? ["## Findings", ...body].join("\n\n") : "";
}

/** `error RCC-NET-001 tenant-27110 \`address\`: message`, as synth prints it, and its suppression. */
function findingText(f: AuditFinding): string {
  const text = `${f.level} ${findingIdentity(f)}`;
  return f.suppressed ? `${text} (${suppressionText(f)})` : text;
}

function findingIdentity(f: AuditFinding): string {
  return `${f.rule} ${f.stack} \`${f.address}\`: ${f.message}`;
}

function suppressionText(f: AuditFinding): string {
  const s = f.suppressed;
  return s ? `suppressed by ${s.file} (${s.scope}; approved by ${s.approvedBy}: ${s.reason})` : "open";
}
