/**
 * What the separation verdict rests on, one fact per line, read off a municipality's synthesized
 * stacks: where its routers lead, what its internal security groups admit, where floating IPs
 * sit, and how the zones meet.
 */
import { linkageFlows, Municipality } from "../../model/center";
import { AuditFinding } from "../../policy/audit";
import { isInternetAddress } from "../../model/ip";
import { internetGateway } from "../../policy/separation/internet";
import { interfacesOf, pluggedIn } from "../../policy/separation/routers";
import { remotePrefix } from "../../policy/separation/security-groups";
import { isTrue, resolve, resources, Stack, stringArg } from "../../policy/separation/terraform";
import { inZone } from "../../policy/separation/zones";

const name = (stack: Stack, value: unknown) => {
  const block = resolve(stack, value);
  return block ? (stringArg(block.body, "name") ?? block.address) : String(value);
};

/** `breaches`: the municipality's open findings of the separation rules; the last line says what they mean. */
export function separationEvidence(
  m: Municipality,
  stacks: readonly (Stack & { name: string })[],
  breaches: readonly AuditFinding[],
): string[] {
  return [
    ...stacks.flatMap((stack) => routerFacts(stack)),
    ...stacks.flatMap((stack) => groupFacts(stack)),
    floatingIpFact(stacks),
    verdictFact(m, breaches),
  ];
}

function verdictFact(m: Municipality, breaches: readonly AuditFinding[]): string {
  const relayed = `${linkageFlows(m).length} declared flow(s), relayed by the linkage relay ports`;
  if (breaches.length === 0) return `zones meet only in the linkage zone: ${relayed}`;
  const rules = [...new Set(breaches.map((f) => f.rule))].sort().join(", ");
  return `separation does NOT hold: ${breaches.length} open finding(s) of ${rules} (see Findings); besides, ${relayed}`;
}

function routerFacts(stack: Stack & { name: string }): string[] {
  return resources(stack, "openstack_networking_router_v2").map((router) => {
    const zones = (["internal", "external", "linkage"] as const).filter((zone) =>
      interfacesOf(stack, router).some((i) => pluggedIn(stack, i, zone)),
    );
    const gateway = router.body.external_network_id ?? router.body.external_gateway;
    const leads =
      gateway === undefined
        ? "no gateway"
        : `gateway on ${name(stack, gateway)}${internetGateway(stack, router) ? " (the internet)" : " (not the internet)"}`;
    return `${stack.name}: router ${stringArg(router.body, "name") ?? router.address} serves ${zones.join(", ") || "no subnet"}; ${leads}`;
  });
}

function groupFacts(stack: Stack & { name: string }): string[] {
  const groups = resources(stack, "openstack_networking_secgroup_v2").filter((g) => inZone(stack, g, "internal"));
  if (groups.length === 0) return [];
  const rules = resources(stack, "openstack_networking_secgroup_rule_v2").filter((r) => inZone(stack, r, "internal"));
  const open = rules.filter((r) => {
    const remote = remotePrefix(r);
    return remote !== undefined && isInternetAddress(remote);
  }).length;
  const closed = groups.filter((g) => isTrue(g.body.delete_default_rules)).length;
  return [
    `${stack.name}: ${groups.length} internal security group(s), ${closed} without Neutron's default rules; ` +
      `${rules.length} rule(s), ${open} naming an internet address`,
  ];
}

function floatingIpFact(stacks: readonly Stack[]): string {
  const ips = stacks.flatMap((stack) =>
    resources(stack, "openstack_networking_floatingip_v2").map((ip) => ({ stack, ip })),
  );
  const internal = ips.filter(({ stack, ip }) => {
    const port = resolve(stack, ip.body.port_id);
    return port !== undefined && inZone(stack, port, "internal");
  }).length;
  return `floating IPs: ${ips.length} in all, ${internal} on an internal port`;
}
