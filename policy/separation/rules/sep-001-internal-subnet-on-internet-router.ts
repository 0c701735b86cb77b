import { describeIn, findingAt, SeparationRule } from "../finding";
import { internetGateway } from "../internet";
import { pluggedIn } from "../routers";
import { resolve, resources, Stack } from "../terraform";
import { inZone } from "../zones";

const ID = "SEP-001";

export const internalSubnetOnInternetRouter: SeparationRule = {
  id: ID,
  title: "No internal subnet is attached to a router whose gateway is the internet",
  fix: "Give internal subnets a router whose gateway is the administrative backbone, never the internet network.",
  why:
    "A router with an internet gateway routes (and SNATs) everything plugged into it to the internet; " +
    "an internal (행정망) subnet on it has a direct path out and back in.",
  check: (stack) => [...internalInterfaces(stack), ...internalRouters(stack)],
};

function internalInterfaces(stack: Stack) {
  return resources(stack, "openstack_networking_router_interface_v2").flatMap((routerInterface) => {
    const router = resolve(stack, routerInterface.body.router_id);
    const gateway = router && internetGateway(stack, router);
    const internal = pluggedIn(stack, routerInterface, "internal");
    if (!router || !gateway || !internal) return [];
    const message =
      `internal ${describeIn(stack, internal, "internal")} is on router ${router.address} ` +
      `whose gateway ${gateway.address} is the internet`;
    return [findingAt(stack, ID, routerInterface, message)];
  });
}

// An internal router should never have an internet gateway, even before anything is plugged in.
function internalRouters(stack: Stack) {
  return resources(stack, "openstack_networking_router_v2").flatMap((router) => {
    const gateway = internetGateway(stack, router);
    if (!gateway || !inZone(stack, router, "internal")) return [];
    const message = `internal ${describeIn(stack, router, "internal")} has its gateway on ${gateway.address}, the internet`;
    return [findingAt(stack, ID, router, message)];
  });
}
