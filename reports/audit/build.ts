/** The audit report's data from one synthesis: the synthesized stacks for what is, the config for names and intent. */
import { codeOfStack, systemsStackName, tenantStackName } from "../../contract/stack-names";
import { Center, Municipality } from "../../model/center";
import { capacityLimit, Quota, RESOURCES } from "../../model/capacity";
import { AuditFinding, auditPasses, auditRules, AuditStack } from "../../policy/audit";
import { synthesizedQuota } from "../../policy/audit/quotas";
import { intentOf, modelOf } from "../../policy/audit/reachability";
import { brokenFlows, FlowResult, stackNameOf } from "../../policy/reach";
import { declaredAt } from "../../policy/reach/declared-at";
import { packetText, PROBES, ReachabilityMatrix, reachabilityMatrices } from "../reachability";
import { exposureOf } from "./exposure";
import { lifecycleLines } from "./lifecycle";
import { resilienceOf } from "./resilience";
import { separationEvidence } from "./separation-evidence";
import { topologyOf } from "./topology";
import { AuditReport, CapacityLine, Costs, IntentVerdict, MunicipalityReport } from "./types";

/** What the report is built from: a synthesis for review, kept whatever the audit said. */
export interface AuditedSynthesis {
  /** The center as synthesized (only the selected waves). */
  readonly center: Center;
  readonly stacks: readonly AuditStack[];
  readonly findings: readonly AuditFinding[];
}

export function auditReport({ center, stacks, findings }: AuditedSynthesis): AuditReport {
  const { region } = center;
  const byName = new Map(stacks.map((s) => [s.name, s]));
  const quotas = new Map(center.municipalities.map((m) => [m.code, quotasOf(m, byName.get(tenantStackName(m.code)))]));
  const sep = auditRules().filter((r) => r.id.startsWith("RCC-SEP-"));
  // The audit's own model and intent (cached per synthesis): the report says what the rules saw.
  const input = { center, stacks };
  const stackNames = new Set(stacks.map((s) => s.name));
  const matrices = reachabilityMatrices(center, modelOf(input), stackNames);
  return {
    region: {
      name: region.name,
      displayName: region.displayName,
      code: region.code,
      availabilityZones: region.availabilityZones,
      drPartner: region.drPartner
        ? `${region.drPartner.name} (${region.drPartner.cloud}, ${region.drPartner.region})`
        : null,
    },
    source: {
      stacks: stacks.map((s) => s.name),
      resources: stacks.reduce((n, s) => n + s.blocks.filter((b) => b.mode === "resource").length, 0),
    },
    passed: auditPasses(findings),
    rules: auditRules().map((rule) => {
      const mine = findings.filter((f) => f.rule === rule.id);
      const suppressed = mine.filter((f) => f.suppressed).length;
      return { ...rule, open: mine.length - suppressed, suppressed };
    }),
    findings,
    separation: {
      holds: !findings.some((f) => f.rule.startsWith("RCC-SEP-") && !f.suppressed),
      rules: sep.map(({ id, title }) => ({ id, title })),
    },
    capacity: capacityLines(center, quotas),
    costs: costsOf(center, quotas),
    waves: [...new Set(center.municipalities.map((m) => m.wave))]
      .sort((a, b) => a - b)
      .map((wave) => ({
        wave,
        municipalities: center.municipalities
          .filter((m) => m.wave === wave)
          .map((m) => ({ code: m.code, name: m.displayName })),
      })),
    lifecycle: lifecycleLines(center, stacks),
    reachability: {
      site: region.openstack.cloud,
      probes: PROBES.map(packetText),
      intent: intentVerdict(center, intentOf(input)),
    },
    municipalities: center.municipalities.map((m, i) =>
      municipalityReport(
        center,
        m,
        stacks.filter((s) => codeOfStack(s.name) === m.code),
        quotas.get(m.code)!,
        findings,
        matrices[i],
      ),
    ),
  };
}

function intentVerdict(center: Center, results: readonly FlowResult[]): IntentVerdict {
  const delivered = results.filter((r) => r.verdict?.delivered).length;
  return {
    holds: delivered === results.length,
    flows: results.length,
    delivered,
    broken: brokenFlows(results).map(({ flow, verdict, unresolved }) => {
      const hop = verdict?.blocked;
      return {
        name: flow.name,
        municipality: flow.municipality,
        declaredAt: declaredAt(center, flow),
        stack: hop ? stackNameOf(hop.stack) || null : null,
        address: hop?.address ?? null,
        hop: hop ? hop.text : `cannot be traced: ${unresolved}`,
      };
    }),
  };
}

type Quotas = Record<Quota, number>;

/** A tenant's quotas as synthesized (the config's when its stack is not in this synthesis). */
function quotasOf(m: Municipality, tenant: AuditStack | undefined): Quotas {
  const quota = (name: Quota) => (tenant ? synthesizedQuota(tenant, name) : undefined) ?? m.quotas[name];
  return { vcpus: quota("vcpus"), ramGiB: quota("ramGiB"), volumeGiB: quota("volumeGiB") };
}

function capacityLines(center: Center, quotas: ReadonlyMap<string, Quotas>): CapacityLine[] {
  const { capacity } = center.region;
  return RESOURCES.map((resource) => {
    const { quota, overcommit, unit } = resource;
    const perMunicipality = center.municipalities.map((m) => ({ code: m.code, value: quotas.get(m.code)![quota] }));
    return {
      resource: unit.replace(/^GiB /, ""),
      unit: unit.startsWith("GiB") ? "GiB" : unit,
      capacity: capacity[quota],
      overcommit: capacity.overcommit[overcommit],
      limit: capacityLimit(capacity, resource),
      allocated: perMunicipality.reduce((sum, p) => sum + p.value, 0),
      perMunicipality,
    };
  });
}

/** Cost sharing (비용 분담): each tenant pays for its quotas and its part of the shared services, in proportion. */
function costsOf(center: Center, quotas: ReadonlyMap<string, Quotas>): Costs | null {
  const prices = center.region.unitPrices;
  if (!prices) return null;
  const own = center.municipalities.map((m) => {
    const q = quotas.get(m.code)!;
    return { m, resources: q.vcpus * prices.vcpu + q.ramGiB * prices.ramGiB + q.volumeGiB * prices.volumeGiB };
  });
  const tenantsTotal = own.reduce((sum, o) => sum + o.resources, 0);
  const total = tenantsTotal + prices.sharedServices;
  return {
    currency: prices.currency,
    total: Math.round(total),
    lines: own.map(({ m, resources: cost }) => {
      const sharedServices = tenantsTotal === 0 ? 0 : (prices.sharedServices * cost) / tenantsTotal;
      return {
        code: m.code,
        name: m.displayName,
        resources: Math.round(cost),
        sharedServices: Math.round(sharedServices),
        total: Math.round(cost + sharedServices),
        share: total === 0 ? 0 : Math.round(((cost + sharedServices) / total) * 10000) / 10000,
      };
    }),
  };
}

function municipalityReport(
  center: Center,
  m: Municipality,
  stacks: readonly AuditStack[],
  quotas: Quotas,
  findings: readonly AuditFinding[],
  reachability: ReachabilityMatrix,
): MunicipalityReport {
  const tenant = stacks.find((s) => s.name === tenantStackName(m.code));
  const systems = stacks.find((s) => s.name === systemsStackName(m.code));
  const exposure = exposureOf(m, tenant, systems);
  const primary = stacks.filter((s) => s === tenant || s === systems);
  const breaches = findings.filter((f) => f.municipality === m.code && f.rule.startsWith("RCC-SEP-") && !f.suppressed);
  return {
    code: m.code,
    name: m.name,
    displayName: m.displayName,
    wave: m.wave,
    stacks: stacks.map((s) => s.name),
    topology: topologyOf(m, tenant, exposure),
    exposure,
    separation: { holds: breaches.length === 0, evidence: separationEvidence(m, primary, breaches) },
    resilience: m.systems.map((s) => resilienceOf(center.region, s)),
    quotas: { ...m.quotas, ...quotas },
    reachability,
  };
}
