/** The internet as Terraform shows it: provider networks marked `external`, and routers gatewayed to them. */
import { Block, isTrue, resolve, Stack } from "./terraform";

const NETWORK = "openstack_networking_network_v2";

/**
 * A network (resource or data source) with `external: true`: the internet provider network. The
 * administrative backbone is also a provider network but is looked up without `external`.
 */
export function isInternetNetwork(block: Block): boolean {
  return block.type === NETWORK && isTrue(block.body.external);
}

/** The internet network a router's gateway is on, or undefined (no gateway, another network, a literal id). */
export function internetGateway(stack: Stack, router: Block): Block | undefined {
  // `external_gateway` is the provider's older spelling of the same argument.
  const gateway = resolve(stack, router.body.external_network_id ?? router.body.external_gateway);
  return gateway && isInternetNetwork(gateway) ? gateway : undefined;
}
