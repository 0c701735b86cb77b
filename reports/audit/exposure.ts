/** Every service the internet can reach, read off a municipality's primary stacks (tenant and systems). */
import { parseListenerName, routerName, systemResourceName, zoneNetworkName } from "../../contract/resource-names";
import { Municipality } from "../../model/center";
import { internetIngress } from "../../policy/separation/security-groups";
import { resolve, resources, Stack, stringArg } from "../../policy/separation/terraform";
import { Exposure, TopologyZone } from "./types";

export function exposureOf(m: Municipality, tenant: Stack | undefined, systems: Stack | undefined): Exposure[] {
  if (!tenant) return [];
  // `27170-homepage:443`: a system's load balancer listens there.
  const listening = new Set(
    systems
      ? resources(systems, "openstack_lb_listener_v2").map(
          (l) => `${parseListenerName(stringArg(l.body, "name") ?? "")?.system}:${l.body.protocol_port}`,
        )
      : [],
  );
  const openings = resources(tenant, "openstack_networking_secgroup_rule_v2").flatMap((rule) => {
    const from = internetIngress(rule);
    if (from === undefined) return [];
    const group = stringArg(resolve(tenant, rule.body.security_group_id)?.body ?? {}, "name") ?? "";
    const system = m.systems.find((s) => systemResourceName(m.code, s.name) === group);
    const zone: TopologyZone = system?.zone ?? "external";
    const min = rule.body.port_range_min;
    const max = rule.body.port_range_max ?? min;
    const balanced = min !== undefined && min === max && listening.has(`${group}:${min}`);
    return [
      {
        system: system?.name ?? group,
        zone,
        address: balanced ? `load balancer VIP in ${m.addressing[zone]}` : `${m.addressing[zone]} (the system's ports)`,
        protocol: stringArg(rule.body, "protocol") ?? "any",
        ports: min === undefined ? "all" : min === max ? String(min) : `${min}-${max}`,
        through: balanced
          ? `load balancer ${group} (listener ${min}), security group ${group}`
          : `security group ${group} via router ${routerName(zoneNetworkName(m.code, zone))}`,
        from,
      },
    ];
  });
  const floating = [tenant, systems]
    .filter((s): s is Stack => s !== undefined)
    .flatMap((stack) =>
      resources(stack, "openstack_networking_floatingip_v2").map((ip) => ({
        system: stringArg(resolve(stack, ip.body.port_id)?.body ?? {}, "name") ?? ip.address,
        zone: "external" as const,
        address: `floating IP ${ip.address}`,
        protocol: "any",
        ports: "as its security groups allow",
        through: "floating IP",
        from: "0.0.0.0/0",
      })),
    );
  return [...openings, ...floating].sort(
    (a, b) => a.system.localeCompare(b.system) || a.ports.localeCompare(b.ports, "en", { numeric: true }),
  );
}
