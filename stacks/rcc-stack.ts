import { Construct } from "constructs";
import { Aspects } from "cdktf";
import { OpenstackProvider } from "../.gen/providers/openstack/provider";
import { PROVIDER_ID } from "../contract/construct-ids";
import { LabelAspect } from "../constructs/labels";
import { Region } from "../model/center";
import { Retention } from "../model/lifecycle";
import { EngineStack } from "./engine/engine-stack";
import { configureStateBackend, StateLocation } from "./state-backend";
import { withMoves } from "./moves";
import { retainedStack, StackJson } from "./retention";

export interface RccStackProps {
  readonly region: Region;
  readonly state: StateLocation;
  /** What a municipality's stack keeps as it leaves the center (see stacks/retention.ts); everything by default. */
  readonly retain?: Retention;
}

/**
 * Where a stack's provider points when not at the center with its admin entry: another
 * clouds.yaml entry, or a project to scope the token to, so what the stack creates (instances,
 * volumes) belongs there. The provider ignores a project given beside a clouds.yaml entry (it
 * takes the entry's scope, none for a deployer's), so a scoped stack authenticates from the
 * OS_* environment of the deploying shell (an openrc), with `cloud` set empty so an OS_CLOUD
 * there cannot take over.
 */
export type ProviderTarget =
  | { readonly cloud: string; readonly region: string }
  | { readonly region: string; readonly project: { readonly name: string; readonly domainId: string } };

/**
 * What every rcc stack shares: the OpenStack provider (a clouds.yaml entry or the environment,
 * and a region, never credentials), its own state, and labels on every resource.
 */
export class RccStack extends EngineStack {
  private readonly retain: Retention;

  constructor(scope: Construct, name: string, props: RccStackProps, target?: ProviderTarget) {
    super(scope, name);
    this.retain = props.retain ?? "everything";
    new OpenstackProvider(this, PROVIDER_ID, {
      region: target?.region ?? props.region.openstack.region,
      ...(target && "project" in target
        ? { cloud: "", tenantName: target.project.name, projectDomainId: target.project.domainId }
        : { cloud: target?.cloud ?? props.region.openstack.cloud }),
    });
    configureStateBackend(this, name, props.region, props.state);
    Aspects.of(this).add(new LabelAspect());
  }

  /** What the municipality's lifecycle allows it to keep (see retention.ts), with the recorded moves of renamed resources (see moves.ts). */
  protected finish(json: object): object {
    return withMoves(this.node.id, retainedStack(json as StackJson, this.retain));
  }
}
