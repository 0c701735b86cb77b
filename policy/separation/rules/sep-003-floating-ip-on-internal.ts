import { describeIn, findingAt, SeparationRule } from "../finding";
import { Block, resolve, resources, Stack } from "../terraform";
import { inZone } from "../zones";

const ID = "SEP-003";

/** Floating-IP resources and the argument naming what they put on the internet. */
const FLOATING_IPS: ReadonlyArray<[type: string, target: string]> = [
  ["openstack_networking_floatingip_v2", "port_id"],
  ["openstack_networking_floatingip_associate_v2", "port_id"],
  ["openstack_compute_floatingip_associate_v2", "instance_id"],
];

export const floatingIpOnInternal: SeparationRule = {
  id: ID,
  title: "No floating IP is associated with a port or instance in the internal zone",
  fix: "Remove the floating IP; publish the service from the external zone and reach internal systems through a linkage flow.",
  why:
    "A floating IP is a public address NATed to a port: it makes an internal (행정망) machine reachable " +
    "from, and able to reach, the internet.",
  check: (stack) =>
    FLOATING_IPS.flatMap(([type, argument]) =>
      resources(stack, type).flatMap((floatingIp) => {
        const target = resolve(stack, floatingIp.body[argument]);
        return target && inZone(stack, target, "internal") ? [finding(stack, floatingIp, target)] : [];
      }),
    ),
};

function finding(stack: Stack, floatingIp: Block, target: Block) {
  const message = `floating IP ${floatingIp.address} puts internal ${describeIn(stack, target, "internal")} on the internet`;
  return findingAt(stack, ID, floatingIp, message);
}
