import { parseStackName } from "../../contract/stack-names";
import { Deployed, ofType } from "./state";
import { Inventory, Rule } from "./inventory";

/** What a check found wrong, one line each; none when the cloud holds what was promised. */
export type Check = (deployed: readonly Deployed[], cloud: Inventory) => string[];

const str = (v: unknown) => (typeof v === "string" ? v : "");
const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));
const where = (r: Deployed) => `${r.stack}: ${r.type} ${r.name}`;

/** Every deployed object of these types exists in the cloud under the id Terraform recorded. */
const exists: Check = (deployed, cloud) => {
  const tables: Record<string, readonly { id: string }[]> = {
    openstack_identity_project_v3: cloud.projects,
    openstack_networking_network_v2: cloud.networks,
    openstack_networking_subnet_v2: cloud.subnets,
    openstack_networking_router_v2: cloud.routers,
    openstack_networking_port_v2: cloud.ports,
    openstack_networking_secgroup_v2: cloud.securityGroups,
    openstack_compute_instance_v2: cloud.servers,
    openstack_compute_servergroup_v2: cloud.serverGroups,
    openstack_blockstorage_volume_v3: cloud.volumes,
    openstack_lb_loadbalancer_v2: cloud.loadBalancers,
    openstack_lb_listener_v2: cloud.listeners,
    openstack_lb_pool_v2: cloud.pools,
    openstack_lb_member_v2: cloud.members,
    openstack_lb_monitor_v2: cloud.monitors,
    openstack_networking_floatingip_v2: cloud.floatingIps,
  };
  return Object.entries(tables).flatMap(([type, rows]) => {
    const ids = new Set(rows.map((r) => r.id));
    return ofType(deployed, type)
      .filter((r) => !ids.has(str(r.attributes.id)))
      .map((r) => `${where(r)}: not in the cloud (id ${str(r.attributes.id)})`);
  });
};

/** Each quota field the stack set is the project's quota in Nova, Neutron and Cinder. */
const quotas: Check = (deployed, cloud) => {
  const services: Array<[string, "compute" | "network" | "volume", string[]]> = [
    ["openstack_compute_quotaset_v2", "compute", ["instances", "cores", "ram", "key_pairs", "server_groups"]],
    [
      "openstack_networking_quota_v2",
      "network",
      ["network", "subnet", "port", "router", "floatingip", "security_group", "security_group_rule"],
    ],
    [
      "openstack_blockstorage_quotaset_v3",
      "volume",
      ["volumes", "gigabytes", "snapshots", "backups", "backup_gigabytes"],
    ],
  ];
  return services.flatMap(([type, service, fields]) =>
    ofType(deployed, type).flatMap((r) => {
      const actual = cloud.quotas[str(r.attributes.project_id)]?.[service];
      if (!actual) return [`${where(r)}: no ${service} quotas for project ${str(r.attributes.project_id)}`];
      return fields
        .filter((f) => typeof r.attributes[f] === "number" && r.attributes[f] !== actual[f])
        .map((f) => `${where(r)}: ${service} quota ${f} is ${actual[f]}, not ${String(r.attributes[f])}`);
    }),
  );
};

const roleAssignments: Check = (deployed, cloud) =>
  ofType(deployed, "openstack_identity_role_assignment_v3").flatMap((r) => {
    const { group_id, user_id, project_id, role_id } = r.attributes;
    const found = cloud.roleAssignments.some(
      (a) =>
        a.role === role_id &&
        a.project === project_id &&
        (a.group ?? "") === str(group_id) &&
        (a.user ?? "") === str(user_id),
    );
    return found ? [] : [`${where(r)}: no such role assignment in Keystone`];
  });

/**
 * Routers: the gateway the stack gave each (the backbone without SNAT for the internal zone, the
 * internet with SNAT for the external one), and never interfaces on both zones.
 */
const routers: Check = (deployed, cloud) => {
  const routersById = byId(cloud.routers);
  const networks = byId(cloud.networks);
  const zoneOf = (networkId: string) =>
    networks
      .get(networkId)
      ?.tags.find((t) => t.startsWith("zone="))
      ?.slice("zone=".length);
  return ofType(deployed, "openstack_networking_router_v2").flatMap((r) => {
    const router = routersById.get(str(r.attributes.id));
    if (!router) return [];
    const problems: string[] = [];
    const gateway = router.external_gateway_info;
    if (gateway?.network_id !== r.attributes.external_network_id) {
      problems.push(`${where(r)}: gateway on ${gateway?.network_id}, not ${str(r.attributes.external_network_id)}`);
    }
    if (gateway?.enable_snat !== r.attributes.enable_snat) {
      problems.push(`${where(r)}: SNAT ${String(gateway?.enable_snat)}, not ${String(r.attributes.enable_snat)}`);
    }
    const zones = new Set(
      cloud.ports
        .filter((p) => p.device_id === router.id && p.device_owner === "network:router_interface")
        .map((p) => zoneOf(p.network_id)),
    );
    if (zones.has("internal") && zones.has("external")) problems.push(`${where(r)}: interfaces in both zones`);
    return problems;
  });
};

/** Terraform records an unset port range as 0 where Neutron says null. */
const ruleKey = (r: Partial<Rule>) =>
  [
    r.direction,
    r.ethertype,
    r.protocol ?? "any",
    r.port_range_min || "",
    r.port_range_max || "",
    r.remote_ip_prefix ?? "",
    r.remote_group_id ?? "",
  ].join(" ");

/** Each security group holds exactly the rules the stacks made for it: no default egress left. */
const securityGroups: Check = (deployed, cloud) => {
  const groups = byId(cloud.securityGroups);
  const made = new Map<string, string[]>();
  for (const rule of ofType(deployed, "openstack_networking_secgroup_rule_v2")) {
    const id = str(rule.attributes.security_group_id);
    const a = rule.attributes as Partial<Rule>;
    made.set(id, [
      ...(made.get(id) ?? []),
      ruleKey({
        ...a,
        protocol: a.protocol || null,
        remote_ip_prefix: a.remote_ip_prefix || null,
        remote_group_id: a.remote_group_id || null,
      }),
    ]);
  }
  return ofType(deployed, "openstack_networking_secgroup_v2").flatMap((g) => {
    const group = groups.get(str(g.attributes.id));
    if (!group) return [];
    const actual = group.rules.map(ruleKey).sort();
    const wanted = [...(made.get(group.id) ?? [])].sort();
    return actual.join("\n") === wanted.join("\n")
      ? []
      : [`${where(g)}: rules ${JSON.stringify(actual)}, made ${JSON.stringify(wanted)}`];
  });
};

/** Port security and allowed address pairs as the stacks set them. */
const ports: Check = (deployed, cloud) => {
  const byPort = byId(cloud.ports);
  return ofType(deployed, "openstack_networking_port_v2").flatMap((r) => {
    const port = byPort.get(str(r.attributes.id));
    if (!port) return [];
    const problems: string[] = [];
    if (port.is_port_security_enabled !== r.attributes.port_security_enabled) {
      problems.push(`${where(r)}: port security ${String(port.is_port_security_enabled)}`);
    }
    const pairs = (r.attributes.allowed_address_pairs as Array<{ ip_address: string }> | undefined) ?? [];
    const actual = port.allowed_address_pairs.map((p) => p.ip_address).sort();
    if (
      actual.join() !==
      pairs
        .map((p) => p.ip_address)
        .sort()
        .join()
    ) {
      problems.push(`${where(r)}: address pairs ${actual.join(", ")}`);
    }
    return problems;
  });
};

/** Instances ACTIVE in the zones the stack chose, spread by their server group's policy. */
const compute: Check = (deployed, cloud) => {
  const servers = byId(cloud.servers);
  const groups = byId(cloud.serverGroups);
  const problems = ofType(deployed, "openstack_compute_instance_v2").flatMap((r) => {
    const server = servers.get(str(r.attributes.id));
    if (!server) return [];
    return [
      ...(server.status === "ACTIVE" ? [] : [`${where(r)}: ${server.status}`]),
      ...(server.availability_zone === r.attributes.availability_zone
        ? []
        : [`${where(r)}: in ${server.availability_zone}, not ${str(r.attributes.availability_zone)}`]),
    ];
  });
  for (const g of ofType(deployed, "openstack_compute_servergroup_v2")) {
    const group = groups.get(str(g.attributes.id));
    if (!group) continue;
    const policy = group.policy ?? group.policies?.[0];
    const wanted = (g.attributes.policies as string[] | undefined)?.[0];
    if (policy !== wanted) problems.push(`${where(g)}: policy ${policy}, not ${wanted}`);
    const zones = group.member_ids.map((id) => servers.get(id)?.availability_zone);
    if (policy?.includes("anti-affinity") && new Set(zones).size < zones.length) {
      problems.push(`${where(g)}: members share a zone (${zones.join(", ")})`);
    }
  }
  return problems;
};

/** Each floating IP on the port the stack gave it, from the provider network it named. */
const floatingIps: Check = (deployed, cloud) => {
  const found = byId(cloud.floatingIps);
  const networks = byId(cloud.networks);
  return ofType(deployed, "openstack_networking_floatingip_v2").flatMap((r) => {
    const ip = found.get(str(r.attributes.id));
    if (!ip) return [];
    const pool = networks.get(ip.floating_network_id)?.name;
    return [
      ...(ip.port_id === str(r.attributes.port_id)
        ? []
        : [`${where(r)}: on port ${ip.port_id}, not ${str(r.attributes.port_id)}`]),
      ...(pool === r.attributes.pool ? [] : [`${where(r)}: from ${pool}, not ${str(r.attributes.pool)}`]),
    ];
  });
};

/** Load balancer, listener, pool, members and monitor all ACTIVE. */
const loadBalancing: Check = (deployed, cloud) => {
  const tables: Array<[string, readonly { id: string; provisioning_status: string }[]]> = [
    ["openstack_lb_loadbalancer_v2", cloud.loadBalancers],
    ["openstack_lb_listener_v2", cloud.listeners],
    ["openstack_lb_pool_v2", cloud.pools],
    ["openstack_lb_member_v2", cloud.members],
    ["openstack_lb_monitor_v2", cloud.monitors],
  ];
  return tables.flatMap(([type, rows]) => {
    const found = byId(rows);
    return ofType(deployed, type)
      .map((r) => ({ r, status: found.get(str(r.attributes.id))?.provisioning_status }))
      .filter(({ status }) => status !== undefined && status !== "ACTIVE")
      .map(({ r, status }) => `${where(r)}: ${status}`);
  });
};

const volumes: Check = (deployed, cloud) => {
  const found = byId(cloud.volumes);
  return ofType(deployed, "openstack_blockstorage_volume_v3").flatMap((r) => {
    const volume = found.get(str(r.attributes.id));
    if (!volume) return [];
    return [
      ...(volume.volume_type === r.attributes.volume_type ? [] : [`${where(r)}: type ${volume.volume_type}`]),
      ...(volume.status === "in-use" ? [] : [`${where(r)}: ${volume.status}, not attached`]),
      ...(volume.size === r.attributes.size ? [] : [`${where(r)}: ${volume.size} GiB`]),
    ];
  });
};

/** Backup containers with the ACLs, the sync target and the history container the stacks set. */
const containers: Check = (deployed, cloud) =>
  ofType(deployed, "openstack_objectstorage_container_v1").flatMap((r) => {
    // The standby tenants' containers are in the partner's account, the tenants' in the center's.
    const atPartner = parseStackName(r.stack)?.kind === "dr";
    const container = cloud.containers.find((c) => c.name === r.name && c.atPartner === atPartner);
    if (!container) return [`${where(r)}: no such container`];
    const [legacy] = (r.attributes.versioning_legacy ?? []) as Array<{ type?: string; location?: string }>;
    const wanted: Array<[string, string | null, unknown]> = [
      ["read ACL", container.read, r.attributes.container_read],
      ["write ACL", container.write, r.attributes.container_write],
      ["sync target", container.syncTo, r.attributes.container_sync_to],
      ["history container", container.historyLocation, legacy?.type === "history" ? legacy.location : undefined],
      [
        "object versioning",
        container.versionsEnabled?.toLowerCase() ?? null,
        r.attributes.versioning ? "true" : undefined,
      ],
    ];
    return [
      ...wanted
        .filter(([, actual, want]) => (actual ?? "") !== str(want))
        .map(([what, actual]) => `${where(r)}: ${what} ${actual}`),
    ];
  });

/** A standby tenant at the partner has the same subnets, with the same addresses, as its tenant. */
const standbyAddresses: Check = (deployed) => {
  const subnets = ofType(deployed, "openstack_networking_subnet_v2");
  return subnets
    .filter((s) => s.stack.startsWith("dr-"))
    .flatMap((standby) => {
      const primary = subnets.find(
        (s) => s.stack === standby.stack.replace(/^dr-/, "tenant-") && s.name === standby.name,
      );
      return primary?.attributes.cidr === standby.attributes.cidr
        ? []
        : [`${where(standby)}: ${str(standby.attributes.cidr)}, the tenant has ${str(primary?.attributes.cidr)}`];
    });
};

export const CHECKS: Readonly<Record<string, Check>> = {
  "every object exists": exists,
  quotas: quotas,
  "role assignments": roleAssignments,
  "routers' gateways and zones": routers,
  "security groups hold exactly their rules": securityGroups,
  "port security and address pairs": ports,
  "instances and server groups": compute,
  "load balancing ACTIVE": loadBalancing,
  "floating IPs on their ports": floatingIps,
  volumes: volumes,
  "backup containers": containers,
  "standby addresses": standbyAddresses,
};
