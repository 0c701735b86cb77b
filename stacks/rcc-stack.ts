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

/**
 * What every rcc stack shares: the OpenStack provider (a clouds.yaml entry and a region, never
 * credentials), its own state, and labels on every resource.
 */
export class RccStack extends TerraformStack {
  constructor(scope: Construct, name: string, props: RccStackProps) {
    super(scope, name);
    new OpenstackProvider(this, "openstack", {
      cloud: props.region.openstack.cloud,
      region: props.region.openstack.region,
    });
    configureStateBackend(this, name, props.region, props.state);
    Aspects.of(this).add(new LabelAspect());
  }
}
