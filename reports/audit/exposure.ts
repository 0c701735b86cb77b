/** Every service the internet can reach, read off a municipality's primary stacks (tenant and systems). */
import { readLabels } from "../../contract/labels";
import { parseListenerName, routerName, systemResourceName, zoneNetworkName } from "../../contract/resource-names";
import { Municipality } from "../../model/center";
import { internetIngress } from "../../policy/separation/security-groups";
import { Block, resolve, resources, Stack, stringArg } from "../../policy/separation/terraform";
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
    .flatMap((stack) => resources(stack, "openstack_networking_floatingip_v2").map((ip) => floatingIp(stack, ip)));
  return [...openings, ...floating].sort(
    (a, b) => a.system.localeCompare(b.system) || a.ports.localeCompare(b.ports, "en", { numeric: true }),
  );
}

/**
 * A floating IP reaches what its port lets through: a load balancer's VIP answers on its
 * listeners' ports only, any other port on what its security groups allow.
 */
function floatingIp(stack: Stack, ip: Block): Exposure {
  const port = resolve(stack, ip.body.port_id);
  const portName = stringArg(port?.body ?? {}, "name");
  const balancer = port
    ? resources(stack, "openstack_lb_loadbalancer_v2").find((lb) => resolve(stack, lb.body.vip_port_id) === port)
    : undefined;
  const listening = balancer
    ? resources(stack, "openstack_lb_listener_v2")
        .filter((l) => resolve(stack, l.body.loadbalancer_id) === balancer)
        .map((l) => Number(l.body.protocol_port))
        .sort((a, b) => a - b)
    : [];
  return {
    system: readLabels(ip.body).system ?? portName ?? ip.address,
    zone: "external",
    address: `floating IP ${ip.address}`,
    protocol: balancer ? "tcp" : "any",
    ports: balancer ? listening.join(", ") : "as its security groups allow",
    through: balancer
      ? `floating IP on the VIP of load balancer ${stringArg(balancer.body, "name") ?? balancer.address}`
      : `floating IP on port ${portName ?? String(ip.body.port_id)}`,
    from: "0.0.0.0/0",
  };
}
