"""What a test cloud holds, as JSON on stdout, for the e2e's checks (e2e/verify/).

Run with Debian's python3 (its openstacksdk comes with the test cloud's packages):
    /usr/bin/python3 e2e/inventory.py CLOUD
CLOUD is a clouds.yaml entry with admin rights (OS_CLIENT_CONFIG_FILE names the file). One
process makes every call, which takes seconds where one `openstack` command per object would
take minutes.
"""
import json
import logging
import sys

import openstack

# Swift has no version document to discover; keystoneauth says so once per call.
logging.getLogger("keystoneauth").setLevel(logging.ERROR)


def plain(resource, *fields):
    data = resource.to_dict() if hasattr(resource, "to_dict") else dict(resource)
    return {f: data.get(f) for f in fields}


def containers(conn):
    """The deploying identity's containers, with the headers rcc sets: ACLs, sync, versioning, history."""
    found = []
    for container in conn.object_store.containers():
        headers = conn.object_store.head(container.name).headers
        found.append(
            {
                "name": container.name,
                "read": headers.get("X-Container-Read"),
                "write": headers.get("X-Container-Write"),
                "syncTo": headers.get("X-Container-Sync-To"),
                "versionsEnabled": headers.get("X-Versions-Enabled"),
                "historyLocation": headers.get("X-History-Location"),
            }
        )
    return found


def quotas(conn, project_id):
    """Each service's quota set as its own API names the fields (Terraform's names too)."""
    compute = conn.compute.get(f"/os-quota-sets/{project_id}").json()["quota_set"]
    network = conn.network.get(f"/quotas/{project_id}").json()["quota"]
    volume = conn.block_storage.get(f"/os-quota-sets/{project_id}").json()["quota_set"]
    return {
        "compute": {k: compute.get(k) for k in ("instances", "cores", "ram", "key_pairs", "server_groups")},
        "network": {k: network.get(k) for k in ("network", "subnet", "port", "router", "floatingip", "security_group", "security_group_rule")},
        "volume": {k: volume.get(k) for k in ("volumes", "gigabytes", "snapshots", "backups", "backup_gigabytes")},
    }


def inventory(cloud):
    conn = openstack.connect(cloud=cloud)
    projects = [plain(p, "id", "name", "domain_id", "description", "tags") for p in conn.identity.projects()]
    return {
        "projects": projects,
        "quotas": {p["id"]: quotas(conn, p["id"]) for p in projects if p["name"].startswith(("daegu-", "busan-"))},
        "groups": [plain(g, "id", "name", "domain_id") for g in conn.identity.groups()],
        "users": [plain(u, "id", "name", "domain_id") for u in conn.identity.users()],
        "roles": [plain(r, "id", "name") for r in conn.identity.roles()],
        "roleAssignments": [
            {
                "role": (a.role or {}).get("id"),
                "group": (a.group or {}).get("id"),
                "user": (a.user or {}).get("id"),
                "project": ((a.scope or {}).get("project") or {}).get("id"),
            }
            for a in conn.identity.role_assignments()
        ],
        "networks": [plain(n, "id", "name", "project_id", "shared", "is_router_external", "tags") for n in conn.network.networks()],
        "subnets": [plain(s, "id", "name", "network_id", "cidr", "gateway_ip", "dns_nameservers", "host_routes", "is_dhcp_enabled") for s in conn.network.subnets()],
        "routers": [
            plain(r, "id", "name", "project_id", "external_gateway_info", "availability_zone_hints", "availability_zones", "status", "tags")
            for r in conn.network.routers()
        ],
        "ports": [
            plain(p, "id", "name", "network_id", "project_id", "device_id", "device_owner", "fixed_ips", "is_port_security_enabled", "allowed_address_pairs", "security_group_ids", "status")
            for p in conn.network.ports()
        ],
        "securityGroups": [
            {
                **plain(g, "id", "name", "project_id", "description", "tags"),
                "rules": [
                    {k: r.get(k) for k in ("direction", "ethertype", "protocol", "port_range_min", "port_range_max", "remote_ip_prefix", "remote_group_id", "description")}
                    for r in g.security_group_rules
                ],
            }
            for g in conn.network.security_groups()
        ],
        "servers": [
            plain(s, "id", "name", "status", "availability_zone", "project_id", "flavor", "image", "metadata")
            for s in conn.compute.servers(all_projects=True)
        ],
        "serverGroups": [plain(g, "id", "name", "policy", "policies", "member_ids", "project_id") for g in conn.compute.server_groups(all_projects=True)],
        "volumes": [
            plain(v, "id", "name", "status", "size", "volume_type", "availability_zone", "project_id", "metadata", "attachments")
            for v in conn.block_storage.volumes(all_projects=True)
        ],
        "loadBalancers": [plain(b, "id", "name", "provisioning_status", "operating_status", "vip_subnet_id", "project_id") for b in conn.load_balancer.load_balancers()],
        "listeners": [plain(x, "id", "name", "protocol", "protocol_port", "provisioning_status", "load_balancer_ids") for x in conn.load_balancer.listeners()],
        "pools": [plain(x, "id", "name", "protocol", "lb_algorithm", "provisioning_status", "listener_id", "members", "health_monitor_id") for x in conn.load_balancer.pools()],
        "members": [
            {**plain(m, "id", "name", "address", "protocol_port", "provisioning_status"), "pool": pool.id}
            for pool in conn.load_balancer.pools()
            for m in conn.load_balancer.members(pool)
        ],
        "monitors": [plain(x, "id", "name", "type", "provisioning_status", "pools") for x in conn.load_balancer.health_monitors()],
        "floatingIps": [
            plain(x, "id", "floating_ip_address", "floating_network_id", "port_id", "fixed_ip_address", "status", "project_id")
            for x in conn.network.ips()
        ],
        "containers": containers(conn),
    }


if __name__ == "__main__":
    if sys.argv[2:3] == ["--domain-id"]:
        conn = openstack.connect(cloud=sys.argv[1])
        json.dump(conn.identity.find_domain(sys.argv[3], ignore_missing=False).id, sys.stdout)
    elif sys.argv[2:] == ["--swift-account"]:
        conn = openstack.connect(cloud=sys.argv[1])
        json.dump(conn.object_store.get_endpoint().rstrip("/").rsplit("/", 1)[1], sys.stdout)
    elif sys.argv[2:] == ["--extensions"]:
        conn = openstack.connect(cloud=sys.argv[1])
        json.dump(sorted(e.alias for e in conn.network.extensions()), sys.stdout)
    else:
        json.dump(inventory(sys.argv[1]), sys.stdout, default=str)
