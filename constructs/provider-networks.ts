import { Construct } from "constructs";
import { DataOpenstackNetworkingNetworkV2 } from "../.gen/providers/openstack/data-openstack-networking-network-v2";

export interface ProviderNetworksProps {
  /** Provider network that reaches the internet (인터넷망). */
  readonly external: string;
  /** Provider network of the administrative backbone (행정망). */
  readonly administrative: string;
}

/**
 * The center's two provider networks, looked up by name in every stack that needs them, so no
 * stack depends on another stack's outputs and each can be planned and deployed on its own.
 */
export class ProviderNetworks extends Construct {
  readonly externalId: string;
  readonly administrativeId: string;

  constructor(scope: Construct, id: string, props: ProviderNetworksProps) {
    super(scope, id);
    this.externalId = new DataOpenstackNetworkingNetworkV2(this, "external", {
      name: props.external,
      external: true,
    }).id;
    this.administrativeId = new DataOpenstackNetworkingNetworkV2(this, "administrative", {
      name: props.administrative,
    }).id;
  }
}
