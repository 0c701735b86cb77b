/**
 * Reachability (도달성): one network model of a whole center built from its synthesized stacks,
 * and the two questions asked of it: does every flow the config declares get through (intent),
 * and does nothing else (isolation)?
 */
import * as path from "node:path";
import { Center, Region } from "../../model/center";
import { inService } from "../../model/lifecycle";
import { buildModel, ReachStack, SiteSurroundings } from "./build";
import { Endpoints } from "./endpoints";
import { Host, trace, Verdict } from "./forward";
import { DeclaredFlow, declaredFlows } from "./intent";
import { findOpenings, Opening } from "./isolation";
import { NetworkModel } from "./network";

export type { ReachStack } from "./build";
export type { Host, Hop, Verdict } from "./forward";
export type { DeclaredFlow } from "./intent";
export type { Opening, Party } from "./isolation";
export type { NetworkModel } from "./network";
export type { Stack } from "../separation/terraform";
export { Endpoints } from "./endpoints";
export { trace } from "./forward";

/** What lies outside the stacks, from the region file: each site's provider networks. */
export function surroundings(region: Region): SiteSurroundings[] {
  const standby = region.drPartner?.standby;
  return [
    {
      key: region.openstack.cloud,
      internet: [region.providerNetworks.external],
      backbone: [region.providerNetworks.administrative],
    },
    ...(region.drPartner && standby
      ? [
          {
            key: region.drPartner.cloud,
            internet: [standby.providerNetworks.external],
            backbone: [standby.providerNetworks.administrative],
          },
        ]
      : []),
  ];
}

export function centerModel(region: Region, stacks: readonly ReachStack[]): NetworkModel {
  return buildModel(stacks, surroundings(region));
}

export interface FlowResult {
  readonly flow: DeclaredFlow;
  /** Undefined when an end could not be found in the stacks (`unresolved` says why). */
  readonly verdict?: Verdict;
  readonly unresolved?: string;
}

/** Each declared flow of the center's municipalities, traced through the model. */
export function checkIntent(center: Center, model: NetworkModel, stackNames?: ReadonlySet<string>): FlowResult[] {
  const ends = new Endpoints(model, center.region);
  const has = (name: string) => stackNames === undefined || stackNames.has(name);
  // A leaving municipality's networks are being destroyed: only those in service have intent to hold.
  return declaredFlows(ends, center.municipalities.filter(inService), has).map((flow) => {
    const { source, destination } = flow;
    if (typeof source === "string") return { flow, unresolved: source };
    if (typeof destination === "string") return { flow, unresolved: destination };
    return { flow, verdict: trace(model, source as Host, destination as Host, flow.packet) };
  });
}

/**
 * The flows not delivered, each once: both ends of a declared range are traced, and when both
 * stop at the same hop for the same reason that is one broken flow.
 */
export function brokenFlows(results: readonly FlowResult[]): FlowResult[] {
  const seen = new Set<string>();
  return results.filter((r) => {
    if (r.verdict?.delivered) return false;
    const stop = r.verdict
      ? `${r.verdict.blocked!.stack} ${r.verdict.blocked!.address} ${r.verdict.blocked!.text}`
      : r.unresolved;
    const key = `${r.flow.name}\n${stop}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `tenant-27140` for `.../stacks/tenant-27140/cdk.tf.json`; empty for what is outside every stack. */
export function stackNameOf(file: string): string {
  return file ? path.basename(path.dirname(file)) : "";
}

/** Every path between the center's parties that the config does not declare. */
export function checkIsolation(center: Center, model: NetworkModel, stackNames?: ReadonlySet<string>): Opening[] {
  const has = (name: string) => stackNames === undefined || stackNames.has(name);
  return findOpenings(new Endpoints(model, center.region), center.municipalities.filter(inService), has);
}
