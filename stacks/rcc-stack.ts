import { Construct } from "constructs";
import { Aspects, TerraformStack } from "cdktf";
import { OpenstackProvider } from "../.gen/providers/openstack/provider";
import { LabelAspect } from "../constructs/labels";
import { Region } from "../model/center";
import { configureStateBackend, StateLocation } from "./state-backend";

export interface RccStackProps {
  readonly region: Region;
  readonly state: StateLocation;
}

/** A project the stack's provider scopes its token to, so what it creates (instances, volumes) belongs there. */
export interface ProjectScope {
  readonly name: string;
  readonly domainId: string;
  /** clouds.yaml entry able to scope to that project. */
  readonly cloud: string;
}

/**
 * What every rcc stack shares: the OpenStack provider (a clouds.yaml entry and a region, never
 * credentials), its own state, and labels on every resource.
 */
export class RccStack extends TerraformStack {
  constructor(scope: Construct, name: string, props: RccStackProps, project?: ProjectScope) {
    super(scope, name);
    new OpenstackProvider(this, "openstack", {
      cloud: project?.cloud ?? props.region.openstack.cloud,
      region: props.region.openstack.region,
      ...(project ? { tenantName: project.name, projectDomainId: project.domainId } : {}),
    });
    configureStateBackend(this, name, props.region, props.state);
    Aspects.of(this).add(new LabelAspect());
  }
}
