import { isInternetAddress, parsePrefix, prefixesOverlap } from "../../../model/ip";
import { balancerOf, memberIn } from "../balancers";
import { describeIn, findingAt, Finding, SeparationRule } from "../finding";
import { interfacesOf, pluggedIn } from "../routers";
import { subnetsIn, ZonedSubnet } from "../subnets";
import { Block, nestedBlocks, resolve, resources, Stack, stringArg } from "../terraform";
import { attachments, inZone, Zone } from "../zones";

const ID = "SEP-008";
type Side = "internal" | "external";
const SIDES: readonly Side[] = ["internal", "external"];
const other = (side: Side): Side => (side === "internal" ? "external" : "internal");

export const crossingOutsideLinkage: SeparationRule = {
  id: ID,
  title: "Nothing joins the internal and external zones except through the linkage zone",
  fix: "Declare the crossing as a linkage flow (linkage.flows) so it goes through the relay, or remove it.",
  why:
    "망연계 is the only sanctioned crossing: its relays and their security groups carry the declared flows and " +
    "nothing else. A machine in both zones, a security-group rule naming the other zone, a route towards it or " +
    "an internal load balancer with external members is a crossing no relay controls.",
  check: (stack) => [
    ...dualHomedInstances(stack),
    ...groupRulesAcross(stack),
    ...routesAcross(stack),
    ...internalBalancersToExternal(stack),
  ],
};

function dualHomedInstances(stack: Stack): Finding[] {
  return resources(stack, "openstack_compute_instance_v2").flatMap((instance) => {
    const nics = attachments(stack, instance);
    const inside = nics.find((nic) => inZone(stack, nic, "internal"));
    const outside = nics.find((nic) => inZone(stack, nic, "external"));
    if (!inside || !outside) return [];
    const message =
      `instance ${instance.address} is on internal ${describeIn(stack, inside, "internal")} ` +
      `and external ${describeIn(stack, outside, "external")}: a host in both zones bridges them`;
    return [findingAt(stack, ID, instance, message)];
  });
}

/** The side (internal or external) a block is in; undefined if neither or both. */
function sideOf(stack: Stack, block: Block): Side | undefined {
  const sides = SIDES.filter((side) => inZone(stack, block, side));
  return sides.length === 1 ? sides[0] : undefined;
}

/** A private range overlapping one of the other side's subnets; the internet is SEP-005's concern, not a crossing. */
function subnetReached(stack: Stack, cidr: string | undefined, side: Side): ZonedSubnet | undefined {
  const prefix = cidr === undefined ? undefined : parsePrefix(cidr);
  if (!prefix || isInternetAddress(cidr!)) return undefined;
  return subnetsIn(stack, side).find((s) => prefixesOverlap(s.prefix, prefix));
}

function groupRulesAcross(stack: Stack): Finding[] {
  return resources(stack, "openstack_networking_secgroup_rule_v2").flatMap((rule) => {
    const side = sideOf(stack, rule);
    if (!side) return [];
    const target = other(side);
    const remoteGroup = resolve(stack, rule.body.remote_group_id);
    const subject = `security-group rule ${rule.address} of ${side} ${describeIn(stack, rule, side)}`;
    if (remoteGroup && inZone(stack, remoteGroup, target) && !inZone(stack, remoteGroup, "linkage")) {
      const message = `${subject} names ${target} ${describeIn(stack, remoteGroup, target)} directly, not the linkage relay`;
      return [findingAt(stack, ID, rule, message)];
    }
    const prefix = stringArg(rule.body, "remote_ip_prefix");
    const reached = subnetReached(stack, prefix, target);
    if (!reached) return [];
    const message = `${subject} admits ${prefix}, which covers ${target} subnet ${reached.subnet.address} (${reached.cidr})`;
    return [findingAt(stack, ID, rule, message)];
  });
}

/** Destinations of the routes a block declares: router routes (one or many) and subnet host routes. */
function routeDestinations(route: Block): string[] {
  if (route.type === "openstack_networking_router_routes_v2") {
    return nestedBlocks(route.body, "routes").flatMap((r) => stringArg(r, "destination_cidr") ?? []);
  }
  return [stringArg(route.body, "destination_cidr") ?? []].flat();
}

/** The sides a router serves: its own zone and those of its interfaces. */
function routerSides(stack: Stack, router: Block): Side[] {
  return SIDES.filter(
    (side) => inZone(stack, router, side) || interfacesOf(stack, router).some((i) => pluggedIn(stack, i, side)),
  );
}

function routesAcross(stack: Stack): Finding[] {
  const routers = ["openstack_networking_router_route_v2", "openstack_networking_router_routes_v2"].flatMap((type) =>
    resources(stack, type).flatMap((route) => {
      const router = resolve(stack, route.body.router_id);
      return router ? routerSides(stack, router).map((side) => ({ route, via: router, side })) : [];
    }),
  );
  const subnets = resources(stack, "openstack_networking_subnet_route_v2").flatMap((route) => {
    const subnet = resolve(stack, route.body.subnet_id);
    const side = subnet && sideOf(stack, subnet);
    // A linkage subnet routes to both sides: that is what it is for.
    return subnet && side && !inZone(stack, subnet, "linkage") ? [{ route, via: subnet, side }] : [];
  });
  return [...routers, ...subnets].flatMap(({ route, via, side }) =>
    routeDestinations(route).flatMap((destination) => {
      const target = other(side);
      const reached = subnetReached(stack, destination, target);
      if (!reached) return [];
      const message =
        `route ${route.address} sends ${side} ${describeIn(stack, via, side as Zone)} traffic for ${destination} ` +
        `to ${target} subnet ${reached.subnet.address} (${reached.cidr}), around the linkage zone`;
      return [findingAt(stack, ID, route, message)];
    }),
  );
}

function internalBalancersToExternal(stack: Stack): Finding[] {
  return resources(stack, "openstack_lb_member_v2").flatMap((member) => {
    const balancer = balancerOf(stack, member);
    const external = balancer && inZone(stack, balancer, "internal") ? memberIn(stack, member, "external") : undefined;
    if (!balancer || !external) return [];
    const message = `internal ${describeIn(stack, balancer, "internal")} forwards to ${external}`;
    return [findingAt(stack, ID, member, message)];
  });
}
