import { Construct } from "constructs";
import { Aspects, TerraformStack } from "cdktf";
import { OpenstackProvider } from "../.gen/providers/openstack/provider";
import { LabelAspect } from "../constructs/labels";
import { Region } from "../model/center";
import { Retention } from "../model/lifecycle";
import { configureStateBackend, StateLocation } from "./state-backend";
import { withMoves } from "./moves";
import { retainedStack } from "./retention";
import { stackJson } from "./stack-json";

export interface RccStackProps {
  readonly region: Region;
  readonly state: StateLocation;
  /** What a municipality's stack keeps as it leaves the center (see stacks/retention.ts); everything by default. */
  readonly retain?: Retention;
}

/** Where a stack's provider points when not at the center with its admin entry. */
export interface ProviderTarget {
  /** clouds.yaml entry. */
  readonly cloud: string;
  readonly region: string;
  /** A project to scope the token to, so what the stack creates (instances, volumes) belongs there. */
  readonly project?: { readonly name: string; readonly domainId: string };
}

/**
 * What every rcc stack shares: the OpenStack provider (a clouds.yaml entry and a region, never
 * credentials), its own state, and labels on every resource.
 */
export class RccStack extends TerraformStack {
  private readonly retain: Retention;

  constructor(scope: Construct, name: string, props: RccStackProps, target?: ProviderTarget) {
    super(scope, name);
    this.retain = props.retain ?? "everything";
    const project = target?.project;
    new OpenstackProvider(this, "openstack", {
      cloud: target?.cloud ?? props.region.openstack.cloud,
      region: target?.region ?? props.region.openstack.region,
      ...(project ? { tenantName: project.name, projectDomainId: project.domainId } : {}),
    });
    configureStateBackend(this, name, props.region, props.state);
    Aspects.of(this).add(new LabelAspect());
  }

  /**
   * cdktf's preparing pass resolves every resource once more, only to find references between
   * stacks and add remote-state lookups for them. rcc's stacks never reference each other (they
   * find each other's objects by name: a stack deploys on its own), so the pass is skipped, a
   * third of a large synthesis. A reference between stacks then fails the synthesis (tested).
   */
  prepareStack(): void {
    this.ensureBackendExists();
  }

  /**
   * cdktf's JSON for the stack, without most of the cost of its token resolution (see stack-json.ts),
   * keeping what the municipality's lifecycle allows (see retention.ts), with the recorded moves
   * of renamed resources (see moves.ts).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- cdktf's own signature
  toTerraform(): any {
    const { rawOverrides } = this as unknown as { rawOverrides: object };
    return withMoves(this.node.id, retainedStack(stackJson(this, rawOverrides) ?? super.toTerraform(), this.retain));
  }
}
