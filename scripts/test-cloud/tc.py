"""The test cloud's Keystone catalog and operator bootstrap, through openstacksdk: one process
instead of dozens of `openstack` CLI start-ups. Every step finds before it creates, so it can run
again. Usage: tc.py register | bootstrap CONFIG_DIR BUILD_DIR | status"""
import os
import secrets
import sys

import openstack

SECRETS = os.path.join(os.environ["B"], "secrets")

SERVICES = [  # user, service type, name, endpoint
    ("placement", "placement", "placement", "http://127.0.0.1:8778"),
    ("nova", "compute", "nova", "http://127.0.0.1:8774/v2.1"),
    ("neutron", "network", "neutron", "http://127.0.0.1:9696"),
    ("glance", "image", "glance", "http://127.0.0.1:9292"),
    ("cinder", "block-storage", "cinder", "http://127.0.0.1:8776/v3/%(project_id)s"),
    ("cinder", "volumev3", "cinderv3", "http://127.0.0.1:8776/v3/%(project_id)s"),
    ("swift", "object-store", "swift", "http://127.0.0.1:8080/v1/AUTH_%(project_id)s"),
    ("octavia", "load-balancer", "octavia", "http://127.0.0.1:9876"),
]


def secret(name):
    """A generated password, kept under .build/test-cloud/secrets only (as lib.sh's secret)."""
    path = os.path.join(SECRETS, name)
    if not os.path.exists(path):
        os.makedirs(SECRETS, mode=0o700, exist_ok=True)
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as f:
            f.write(secrets.token_hex(16) + "\n")
    with open(path) as f:
        return f.read().strip()


def connect(cloud="daegu-rcc"):
    return openstack.connect(cloud=cloud)


def role(conn, name):
    return conn.identity.find_role(name) or conn.identity.create_role(name=name)


def register():
    conn = connect()
    idn = conn.identity
    service_project = idn.find_project("service", domain_id="default") or idn.create_project(
        name="service", domain_id="default", description="OpenStack services"
    )
    admin, service = role(conn, "admin"), role(conn, "service")
    for user_name in sorted({s[0] for s in SERVICES}):
        user = idn.find_user(user_name, domain_id="default")
        password = secret("svc-" + user_name)
        if user is None:
            user = idn.create_user(name=user_name, domain_id="default", password=password)
        for r in (admin, service):
            idn.assign_project_role_to_user(service_project, user, r)
    for _, stype, name, url in SERVICES:
        svc = idn.find_service(name) or idn.create_service(name=name, type=stype)
        have = {e.interface for e in idn.endpoints(service_id=svc.id)}
        for interface in ("public", "internal", "admin"):
            if interface not in have:
                idn.create_endpoint(service_id=svc.id, interface=interface, url=url, region_id="RegionOne")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "register":
        register()
    else:
        import tc_bootstrap  # noqa: E402

        getattr(tc_bootstrap, cmd)(*sys.argv[2:])
