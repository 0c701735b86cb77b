import { resolve, resources, stringArg } from "../../separation/terraform";
import { inZone, ZONES } from "../../separation/zones";
import { at, AuditRule } from "../rule";

const FLOATING_IPS = ["openstack_networking_floatingip_v2", "openstack_networking_floatingip_associate_v2"];

export const floatingIpOutsideExternal: AuditRule = {
  id: "RCC-NET-003",
  level: "error",
  title: "Floating IPs only in the external zone",
  rationale: "A floating IP is an internet address: only the internet-facing zone may carry one.",
  fix: "Publish the service from the external zone, through its load balancer or an external port.",
  check: ({ stacks }) =>
    stacks.flatMap((stack) =>
      FLOATING_IPS.flatMap((type) => resources(stack, type)).flatMap((ip) => {
        const port = resolve(stack, ip.body.port_id);
        if (port === undefined && stringArg(ip.body, "port_id") === undefined) return [];
        // A port is in every zone it or what it is attached to declares; only external alone may carry the IP.
        const zones = port ? ZONES.filter((zone) => inZone(stack, port, zone)) : [];
        if (zones.includes("external") && !zones.includes("internal") && !zones.includes("linkage")) return [];
        const target = port ? port.address : String(ip.body.port_id);
        return [at(stack, ip, `floating IP on ${target} in zone ${zones.join(", ") || "unknown"}`)];
      }),
    ),
};
