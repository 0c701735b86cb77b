"""What a center's operators create before rcc runs, read from rcc's own config so the names
match: AZ aggregates, provider networks, flavors, images, volume types, the DR partner's domain,
groups, the deployer and backup identities, quotas, and clouds.yaml. Finds before it creates."""
import glob
import ipaddress
import os
import time

import yaml

from tc import connect, role, secret

B = os.environ["B"]
AZS = os.environ["COMPUTE_AZS"].split()
FLAVOR_SIZES = {  # the usual m1 sizes: vcpus, MiB, GiB
    "m1.tiny": (1, 512, 1), "m1.small": (1, 2048, 20), "m1.medium": (2, 4096, 40),
    "m1.large": (4, 8192, 80), "m1.xlarge": (8, 16384, 160),
}
BIG = 100000


def load(config_dir):
    with open(os.path.join(config_dir, "region.yaml")) as f:
        region = yaml.safe_load(f)
    municipalities = []
    for path in sorted(glob.glob(os.path.join(config_dir, "municipalities", "*.yaml"))):
        with open(path) as f:
            municipalities.append(yaml.safe_load(f))
    return region, municipalities


def walk(node, key):
    """Every value of `key` anywhere in a YAML tree."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key and isinstance(v, str):
                yield v
            yield from walk(v, key)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v, key)


def wait_computes(conn=None, limit=180):
    conn = conn or connect()
    end = time.time() + limit
    while time.time() < end:
        try:
            up = {s.host for s in conn.compute.services(binary="nova-compute") if s.state == "up"}
        except Exception:  # noqa: BLE001 - nova-api may still be starting
            up = set()
        if all(f"cmp-{az}" in up for az in AZS):
            return
        time.sleep(1)
    raise SystemExit(f"compute hosts not up after {limit}s")


def aggregates(conn):
    for az in AZS:
        name = f"agg-{az}"
        agg = next((a for a in conn.compute.aggregates() if a.name == name), None)
        if agg is None:
            agg = conn.compute.create_aggregate(name=name, availability_zone=az)
        if f"cmp-{az}" not in (agg.hosts or []):
            conn.compute.add_host_to_aggregate(agg, f"cmp-{az}")


def provider_networks(conn):
    for spec in os.environ["PROVIDER_NETS"].split("\n"):
        physnet, _bridge, name, cidr, flags = spec.split(":")
        net = conn.network.find_network(name)
        if net is None:
            net = conn.network.create_network(
                name=name, provider_network_type="flat", provider_physical_network=physnet,
                is_router_external="--external" in flags, is_shared="--share" in flags,
                description="test cloud provider network: a bridge with no uplink",
            )
        # The gateway address is where the packet check's namespace stands in for the internet
        # or the backbone (e2e/packets.py); outside that check nothing answers there.
        gateway = str(next(ipaddress.ip_network(cidr).hosts()))
        subnets = list(conn.network.subnets(network_id=net.id))
        if not subnets:
            conn.network.create_subnet(name=f"{name}-subnet", network_id=net.id, ip_version=4, cidr=cidr,
                                       gateway_ip=gateway, is_dhcp_enabled=False)
        elif subnets[0].gateway_ip != gateway:
            conn.network.update_subnet(subnets[0], gateway_ip=gateway)


def flavors(conn, municipalities):
    for name in sorted(set(walk(municipalities, "flavor"))):
        if conn.compute.find_flavor(name) is None:
            vcpus, ram, disk = FLAVOR_SIZES.get(name, (2, 4096, 20))
            conn.compute.create_flavor(name=name, vcpus=vcpus, ram=ram, disk=disk, is_public=True)


def images(conn, municipalities):
    for name in sorted(set(walk(municipalities, "image"))):
        if conn.image.find_image(name) is None:
            # A few bytes: the fake compute driver never boots it.
            conn.create_image(name, data=b"rcc test cloud image\n", disk_format="raw",
                              container_format="bare", visibility="public", wait=True)


def volume_types(conn, region):
    vt = region.get("volumeTypes", {})
    for name in [vt.get("standard"), vt.get("replicated")] + [
        (region.get("drPartner") or {}).get("standby", {}).get("volumeType")
    ]:
        if name and conn.block_storage.find_type(name) is None:
            conn.block_storage.create_type(name=name, is_public=True, extra_specs={"volume_backend_name": "fake"})


PARTNER_ADMIN = "busan-admin"


def domain(conn, name):
    d = conn.identity.find_domain(name)
    return d or conn.identity.create_domain(name=name, description="rcc test cloud")


def group(conn, name, domain_id):
    return conn.identity.find_group(name, domain_id=domain_id) or conn.identity.create_group(
        name=name, domain_id=domain_id)


def user(conn, name, domain_id, password, project=None):
    u = conn.identity.find_user(name, domain_id=domain_id)
    if u is None:
        u = conn.identity.create_user(name=name, domain_id=domain_id, password=password,
                                      **({"default_project_id": project.id} if project else {}))
    return u


def project(conn, name, domain_id, description):
    return conn.identity.find_project(name, domain_id=domain_id) or conn.identity.create_project(
        name=name, domain_id=domain_id, description=description)


def quotas(conn, project_id):
    conn.set_compute_quotas(project_id, instances=BIG, cores=BIG, ram=BIG * 1024, server_groups=BIG,
                            server_group_members=BIG)
    conn.set_network_quotas(project_id, network=BIG, subnet=BIG, port=BIG, router=BIG, floatingip=BIG,
                            security_group=BIG, security_group_rule=BIG)
    conn.set_volume_quotas(project_id, volumes=BIG, gigabytes=BIG * 100, snapshots=BIG, backups=BIG)


def clouds_yaml(region, deployer_password):
    """The center's admin, the partner's admin (an account of its own, so the partner's
    containers are not the center's), each one's deployer as `<cloud>-deployer`, whose OS_*
    variables the systems stacks deploy with, and the center's backup identity as `<cloud>-backup`."""
    auth = {"auth_url": "http://127.0.0.1:5000/v3", "user_domain_id": "default", "project_domain_id": "default"}
    admin = {**auth, "username": "admin", "password": secret("admin"), "project_name": "admin"}
    partner_admin = {**auth, "username": PARTNER_ADMIN, "password": secret(PARTNER_ADMIN), "project_name": PARTNER_ADMIN}
    deployer = {**auth, "username": "rcc-deployer", "password": deployer_password}
    clouds = {}

    def entry(name, a, region_name):
        clouds[name] = {"auth": dict(a), "region_name": region_name, "identity_api_version": 3}

    os_ = region["openstack"]
    entry(os_["cloud"], admin, os_["region"])
    entry(f"{os_['cloud']}-deployer", deployer, os_["region"])
    backup = region.get("backup")
    if backup:
        # The backup service's identity, for the e2e's proof that backups reach the partner.
        domain = {"user_domain_id": backup["domainId"], "project_domain_id": backup["domainId"]}
        entry(f"{os_['cloud']}-backup", {**auth, **domain, "username": backup["user"],
                                          "password": secret("backup-agent"), "project_name": backup["project"]}, os_["region"])
    partner = region.get("drPartner")
    if partner:
        entry(partner["cloud"], partner_admin, partner["region"])
        entry(f"{partner['cloud']}-deployer", deployer, partner["region"])
    path = os.path.join(B, "clouds.yaml")
    with open(path + ".new", "w") as f:
        os.chmod(path + ".new", 0o600)
        yaml.safe_dump({"clouds": clouds}, f, sort_keys=False)
    os.replace(path + ".new", path)


def bootstrap(config_dir):
    region, municipalities = load(config_dir)
    conn = connect()
    aggregates(conn)
    provider_networks(conn)
    flavors(conn, municipalities)
    images(conn, municipalities)
    volume_types(conn, region)

    idn = conn.identity
    # Octavia's roles, as deployments with Octavia create them (its policy asks for them).
    for r in {region["identity"]["adminRole"], region["identity"]["readonlyRole"], "member", "reader",
              "load-balancer_member", "load-balancer_observer"}:
        role(conn, r)
    center_domain = region["openstack"]["domainId"]
    domains = [center_domain]
    partner = region.get("drPartner") or {}
    standby = partner.get("standby")
    if standby:
        # Keystone takes only UUIDs as explicit domain ids: the domain is named as the config says.
        domains.append(domain(conn, standby["domainId"]).id)
    deployer_password = secret("deployer")
    deployer = user(conn, "rcc-deployer", "default", deployer_password)
    for d in domains:
        for m in municipalities:
            g = m.get("groups") or {}
            group(conn, g.get("admin", f"rcc-{m['code']}-admins"), d)
            group(conn, g.get("readonly", f"rcc-{m['code']}-readers"), d)
        deployers = group(conn, region["identity"]["deployerGroup"], d)
        idn.add_user_to_group(deployer, deployers)

    backup = region.get("backup")
    if backup:
        bp = project(conn, backup["project"], backup["domainId"], "backup service of the center")
        bu = user(conn, backup["user"], backup["domainId"], secret("backup-agent"), bp)
        idn.assign_project_role_to_user(bp, bu, role(conn, "member"))
        quotas(conn, bp.id)
    quotas(conn, conn.current_project_id)
    if partner:
        # The partner's admin: another cloud's in real life, here an account of its own.
        pp = project(conn, PARTNER_ADMIN, "default", "the DR partner's admin account")
        pu = user(conn, PARTNER_ADMIN, "default", secret(PARTNER_ADMIN), pp)
        idn.assign_project_role_to_user(pp, pu, role(conn, "admin"))
        quotas(conn, pp.id)
    clouds_yaml(region, deployer_password)
