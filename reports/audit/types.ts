/**
 * The audit report as data: built from the synthesized Terraform plus the config, rendered as
 * index.html, report.md and findings.json. Plain JSON, sorted, with no timestamps, so the same
 * input gives identical files.
 */
import { LifecycleState } from "../../model/lifecycle";
import { AuditFinding, Level } from "../../policy/audit/rule";
import { ReachabilityMatrix } from "../reachability";

export interface AuditReport {
  readonly region: {
    readonly name: string;
    readonly displayName: string;
    readonly code: string;
    readonly availabilityZones: readonly string[];
    /** `busan (busan-rcc, RegionOne)`, or null without a DR partner. */
    readonly drPartner: string | null;
  };
  /** What the report was built from. */
  readonly source: { readonly stacks: readonly string[]; readonly resources: number };
  /** Did the synth pass: no unsuppressed error. */
  readonly passed: boolean;
  readonly rules: readonly RuleSummary[];
  /** Every finding, suppressed ones included, in a stable order. */
  readonly findings: readonly AuditFinding[];
  readonly separation: {
    readonly holds: boolean;
    /** The separation rules (`RCC-SEP-00N`) and what each proves. */
    readonly rules: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  };
  readonly capacity: readonly CapacityLine[];
  /** Null when the region file has no unit prices. */
  readonly costs: Costs | null;
  readonly waves: ReadonlyArray<{
    readonly wave: number;
    readonly municipalities: ReadonlyArray<{ readonly code: string; readonly name: string }>;
  }>;
  /** Every municipality in the config, retired ones included, by code: where each is in its life. */
  readonly lifecycle: readonly LifecycleLine[];
  /** The declared flows traced through the network model; each municipality's matrix is in its report. */
  readonly reachability: Reachability;
  /** Sorted by code. */
  readonly municipalities: readonly MunicipalityReport[];
}

/** 도달성: does what the config declares get through the synthesized network, and what reaches what. */
export interface Reachability {
  /** The site the matrices are traced at: the center's cloud. */
  readonly site: string;
  /** The packets every pair of a matrix is tried on, beside those its two ends' rules name. */
  readonly probes: readonly string[];
  readonly intent: IntentVerdict;
}

/** The intent check's verdict, as `rcc check-separation --config` gives it. */
export interface IntentVerdict {
  readonly holds: boolean;
  /** Declared flows traced (a range peer is traced from both its ends). */
  readonly flows: number;
  readonly delivered: number;
  /** Each broken flow once, in declaration order. */
  readonly broken: readonly BrokenFlow[];
}

export interface BrokenFlow {
  /** `27140 water-telemetry ingress from 172.27.0.0/16 tcp/8883`. */
  readonly name: string;
  readonly municipality: string;
  /** `config/municipalities/27140-dong-gu.yaml:97 systems[4].ingress[0]`. */
  readonly declaredAt: string;
  /** The hop that drops it: its stack (null outside every stack) and Terraform address, and what it does. */
  readonly stack: string | null;
  readonly address: string | null;
  readonly hop: string;
}

export interface LifecycleLine {
  readonly code: string;
  readonly name: string;
  readonly state: LifecycleState;
  /** `2026-11-01 by …: reason`; null while active. */
  readonly requested: string | null;
  /** `2026-11-20, kept at …, approved by …`; null until recorded. */
  readonly finalBackup: string | null;
  readonly retiredOn: string | null;
  /** Over its stacks in this synthesis: resources the next deploy destroys, and those kept until the final backup. */
  readonly nextDeploy: { readonly destroys: number; readonly keeps: number } | null;
}

export interface RuleSummary {
  readonly id: string;
  readonly level: Level;
  readonly title: string;
  readonly rationale: string;
  readonly fix: string;
  /** Findings not suppressed. */
  readonly open: number;
  readonly suppressed: number;
}

export interface CapacityLine {
  /** `vCPU`, `RAM`, `volume storage`. */
  readonly resource: string;
  readonly unit: string;
  readonly capacity: number;
  readonly overcommit: number;
  /** capacity × overcommit, rounded down. */
  readonly limit: number;
  /** Sum of the tenants' quotas. */
  readonly allocated: number;
  readonly perMunicipality: ReadonlyArray<{ readonly code: string; readonly value: number }>;
}

export interface Costs {
  readonly currency: string;
  /** Per month, for the whole center: tenants' resources plus shared services. */
  readonly total: number;
  readonly lines: ReadonlyArray<{
    readonly code: string;
    readonly name: string;
    /** Its quotas at unit prices, per month. */
    readonly resources: number;
    /** Its part of the shared services, in proportion to its resources. */
    readonly sharedServices: number;
    readonly total: number;
    /** total / the center's total, 0..1. */
    readonly share: number;
  }>;
}

export interface MunicipalityReport {
  readonly code: string;
  /** File name part, e.g. `jung-gu`. */
  readonly name: string;
  readonly displayName: string;
  readonly wave: number;
  readonly stacks: readonly string[];
  readonly topology: Topology;
  readonly exposure: readonly Exposure[];
  readonly separation: {
    readonly holds: boolean;
    /** One line per fact the verdict rests on, read off the synthesized stacks. */
    readonly evidence: readonly string[];
  };
  readonly resilience: readonly SystemResilience[];
  readonly quotas: Readonly<Record<string, number>>;
  /** Which of its parties reaches which, and on what, at the center's site. */
  readonly reachability: ReachabilityMatrix;
}

export type TopologyZone = "internal" | "external" | "linkage";

export interface Topology {
  readonly zones: ReadonlyArray<{
    readonly zone: TopologyZone;
    readonly cidr: string;
    readonly network: string;
    readonly subnet: string;
    /** Null when the zone has no router. */
    readonly router: { readonly name: string; readonly gateway: string | null } | null;
    readonly systems: ReadonlyArray<{ readonly name: string; readonly grade: string; readonly exposed: boolean }>;
  }>;
  /** Declared linkage flows (망연계): the only crossings between the zones. */
  readonly flows: ReadonlyArray<{
    readonly from: string;
    readonly to: string;
    readonly protocol: string;
    readonly ports: string;
  }>;
}

/** A service reachable from the internet. */
export interface Exposure {
  readonly system: string;
  readonly zone: TopologyZone;
  /** Where it answers: the load balancer's subnet, or the system's subnet. */
  readonly address: string;
  readonly protocol: string;
  /** `443`, `80-81`. */
  readonly ports: string;
  /** `load balancer 27170-homepage`, `security group 27110-homepage via router 27110-external-router`. */
  readonly through: string;
  /** The source range allowed, e.g. `0.0.0.0/0`. */
  readonly from: string;
}

export interface SystemResilience {
  readonly system: string;
  readonly grade: string;
  readonly zone: string;
  /** `active-active x2`, `single x1`. */
  readonly availability: string;
  readonly built: boolean;
  readonly backup: {
    readonly schedule: string;
    readonly retentionDays: number;
    readonly rpoHours: number;
    readonly replication: readonly string[];
  };
  readonly dr: { readonly tier: string; readonly rtoHours: number; readonly rpoHours: number };
  readonly recoveryOrder: number;
  readonly dependsOn: readonly string[];
  /** What meets the targets: `daily backup + container sync; warm standby (1 of 2 running)`. */
  readonly mechanism: string;
}
