import { balancerOf, memberIn } from "../balancers";
import { describeIn, findingAt, SeparationRule } from "../finding";
import { resources } from "../terraform";
import { inZone } from "../zones";

const ID = "SEP-007";

export const externalBalancerToInternal: SeparationRule = {
  id: ID,
  title: "No external load balancer has pool members in the internal zone",
  fix: "Put the load balancer in the zone of its members, or relay through a declared linkage flow.",
  why:
    "A load balancer forwards connections from its VIP to its members: an external (인터넷망) VIP with an " +
    "internal (행정망) member carries internet traffic straight into the administrative network.",
  check: (stack) =>
    resources(stack, "openstack_lb_member_v2").flatMap((member) => {
      const balancer = balancerOf(stack, member);
      const internal =
        balancer && inZone(stack, balancer, "external") ? memberIn(stack, member, "internal") : undefined;
      if (!balancer || !internal) return [];
      const message = `external ${describeIn(stack, balancer, "external")} forwards to ${internal}`;
      return [findingAt(stack, ID, member, message)];
    }),
};
