import { isInternetAddress, parsePrefix, prefixesOverlap } from "../../../model/ip";
import { describeIn, findingAt, Finding, SeparationRule } from "../finding";
import { subnetsIn } from "../subnets";
import { Block, isFalse, nestedBlocks, resources, Stack, stringArg } from "../terraform";
import { inZone } from "../zones";

const ID = "SEP-004";

export const internalPortOpened: SeparationRule = {
  id: ID,
  title: "No internal port turns off port security or accepts internet or external-zone addresses",
  fix: "Keep port security on, and allowed address pairs inside the port's own internal subnet.",
  why:
    "Port security is what enforces security groups and anti-spoofing on a port. Without it, or with an " +
    "allowed address pair covering the internet or an external (인터넷망) subnet, an internal (행정망) port can " +
    "send and receive as a host of the other zone. Pairs inside the internal ranges (VRRP virtual IPs) are allowed.",
  check: (stack) =>
    resources(stack, "openstack_networking_port_v2")
      .filter((port) => inZone(stack, port, "internal"))
      .flatMap((port) => [...portSecurity(stack, port), ...addressPairs(stack, port)]),
};

function portSecurity(stack: Stack, port: Block): Finding[] {
  if (!isFalse(port.body.port_security_enabled)) return [];
  const message = `internal ${describeIn(stack, port, "internal")} has port security disabled, so no security group or anti-spoofing applies`;
  return [findingAt(stack, ID, port, message)];
}

function addressPairs(stack: Stack, port: Block): Finding[] {
  const external = subnetsIn(stack, "external");
  return nestedBlocks(port.body, "allowed_address_pairs").flatMap((pair) => {
    const address = stringArg(pair, "ip_address");
    const prefix = address === undefined ? undefined : parsePrefix(address);
    if (address === undefined || prefix === undefined) return [];
    const subject = `internal ${describeIn(stack, port, "internal")} accepts address pair ${address}`;
    if (isInternetAddress(address)) return [findingAt(stack, ID, port, `${subject}, an internet address`)];
    const crossed = external.find((s) => prefixesOverlap(s.prefix, prefix));
    if (!crossed) return [];
    const message = `${subject}, overlapping external subnet ${crossed.subnet.address} (${crossed.cidr})`;
    return [findingAt(stack, ID, port, message)];
  });
}
