import { describeIn, findingAt, SeparationRule } from "../finding";
import { interfacesOf, pluggedIn } from "../routers";
import { resources } from "../terraform";

const ID = "SEP-002";

export const routerJoinsZones: SeparationRule = {
  id: ID,
  title: "No router has interfaces in both the internal and the external zone",
  fix: "Give each zone its own router; let the zones meet only through the linkage relay.",
  why:
    "A router routes between all of its interfaces: one with an internal (행정망) and an external (인터넷망) " +
    "interface is a layer-3 bridge between them that no linkage-zone control sees.",
  check: (stack) =>
    resources(stack, "openstack_networking_router_v2").flatMap((router) => {
      const interfaces = interfacesOf(stack, router);
      // Two distinct interfaces: one interface in both zones is SEP-008's dual-homed case.
      const pairs = interfaces.flatMap((i) => interfaces.filter((j) => j !== i).map((j) => [i, j] as const));
      const joined = pairs
        .map(([i, j]) => [pluggedIn(stack, i, "internal"), pluggedIn(stack, j, "external")] as const)
        .find(([inside, outside]) => inside && outside);
      if (!joined) return [];
      const [inside, outside] = [joined[0]!, joined[1]!];
      const message =
        `router ${router.address} joins internal ${describeIn(stack, inside, "internal")} ` +
        `and external ${describeIn(stack, outside, "external")}`;
      return [findingAt(stack, ID, router, message)];
    }),
};
