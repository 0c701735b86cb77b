"""Health of every test-cloud service, one line each; exit 0 only when all are healthy.
--quiet prints nothing; --failing-logs prints the log files of the failing services;
--memory prints the PSS of all the test cloud's processes."""
import os
import socket
import sys

B = os.environ["B"]
RUN, LOG = os.path.join(B, "run"), os.path.join(B, "log")
AZS = os.environ["COMPUTE_AZS"].split()
results = []  # (name, ok, detail)


def report(name, ok, detail=""):
    results.append((name, bool(ok), detail))


def pid_alive(name):
    try:
        with open(os.path.join(RUN, name + ".pid")) as f:
            os.kill(int(f.read().strip()), 0)
        return True
    except (OSError, ValueError):
        return False


def port_open(port, kind=socket.SOCK_STREAM):
    with socket.socket(socket.AF_INET, kind) as s:
        s.settimeout(2)
        try:
            s.connect(("127.0.0.1", port))
            return True
        except OSError:
            return False


def process_and_port(name, port):
    alive = pid_alive(name)
    report(name, alive and port_open(port), f"127.0.0.1:{port}" if alive else "process not running")


def main():
    process_and_port("mariadb", 3306)
    process_and_port("rabbitmq", 5672)
    process_and_port("memcached", 11211)
    try:
        from keystoneauth1 import session
        from keystoneauth1.identity import v3
        import openstack.config

        cloud = openstack.config.OpenStackConfig().get_one("daegu-rcc")
        a = cloud.auth
        auth = v3.Password(auth_url=a["auth_url"], username=a["username"], password=a["password"],
                           project_name=a["project_name"], user_domain_id="default", project_domain_id="default")
        sess = session.Session(auth=auth, timeout=5)
        project = sess.get_project_id()
        report("keystone", True, "token issued")
    except Exception as e:  # noqa: BLE001
        report("keystone", False, f"no token: {str(e)[:120]}")
        return

    def api(name, url, check=lambda body: (True, "")):
        try:
            r = sess.get(url, raise_exc=False, headers={"Accept": "application/json"})
            if r.status_code >= 300:
                report(name, False, f"GET {url} -> {r.status_code}")
                return None
            body = r.json() if r.content and "json" in r.headers.get("content-type", "") else {}
            ok, detail = check(body)
            report(name, ok, detail or f"GET {url} -> {r.status_code}")
            return body
        except Exception as e:  # noqa: BLE001
            report(name, False, f"GET {url}: {type(e).__name__}")
            return None

    api("placement", "http://127.0.0.1:8778/")
    services = api("nova-api", "http://127.0.0.1:8774/v2.1/os-services")
    if services is not None:
        up = {(s["binary"], s["host"]) for s in services["services"] if s["state"] == "up" and s["status"] == "enabled"}
        for binary in ("nova-conductor", "nova-scheduler"):
            report(binary, any(b == binary for b, _ in up), "up" if any(b == binary for b, _ in up) else "not up")
        for az in AZS:
            host = f"cmp-{az}"
            report(f"nova-compute-{az}", ("nova-compute", host) in up, f"{host} up" if ("nova-compute", host) in up else f"{host} not up")
    agents = api("neutron-server", "http://127.0.0.1:9696/v2.0/agents")
    if agents is not None:
        alive = {(a["binary"], a["host"]): a for a in agents["agents"] if a["alive"]}
        expected = [("neutron-linuxbridge-agent", "rcc-net", "neutron-linuxbridge-agent"),
                    ("neutron-l3-agent", "rcc-net", "neutron-l3-agent"),
                    ("neutron-dhcp-agent", "rcc-net", "neutron-dhcp-agent")]
        expected += [("neutron-linuxbridge-agent", f"cmp-{az}", f"neutron-linuxbridge-agent-{az}") for az in AZS]
        for binary, host, name in expected:
            a = alive.get((binary, host))
            zone = f", zone {a['availability_zone']}" if a and a.get("availability_zone") else ""
            report(name, a is not None, f"{host} alive{zone}" if a else f"{host} not alive")
    api("glance-api", "http://127.0.0.1:9292/v2/images")
    volumes = api("cinder-api", f"http://127.0.0.1:8776/v3/{project}/os-services")
    if volumes is not None:
        up = [s for s in volumes["services"] if s["state"] == "up"]
        report("cinder-scheduler", any(s["binary"] == "cinder-scheduler" for s in up), "up")
        backends = sorted(s["zone"] for s in up if s["binary"] == "cinder-volume")
        report("cinder-volume", len(backends) == len(AZS), "backends up in " + ",".join(backends))
    try:
        r = sess.head(f"http://127.0.0.1:8080/v1/AUTH_{project}", raise_exc=False)
        report("swift-proxy", r.status_code in (200, 204), f"HEAD account -> {r.status_code}")
    except Exception as e:  # noqa: BLE001
        report("swift-proxy", False, type(e).__name__)
    for kind, port in (("account", 6202), ("container", 6201), ("object", 6200)):
        process_and_port(f"swift-{kind}", port)
    report("swift-container-sync", pid_alive("swift-container-sync"), "running")
    api("octavia-api", "http://127.0.0.1:9876/v2/lbaas/loadbalancers")
    for p in ("worker", "health-manager", "housekeeping"):
        report(f"octavia-{p}", pid_alive(f"octavia-{p}"), "running" if pid_alive(f"octavia-{p}") else "not running")


def memory():
    """PSS of every process the test cloud runs: the process groups up started (with their
    children and privsep helpers), the compute hosts' namespaces, Neutron's dnsmasq."""
    groups = set()
    for f in os.listdir(RUN):
        if f.endswith(".pid") and f not in ("mysqld.mariadb.pid", "rabbitmq.erl.pid"):
            try:
                groups.add(int(open(os.path.join(RUN, f)).read().strip()))
            except ValueError:
                pass
    total = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            pgid = os.getpgid(int(pid))
            cmd = open(f"/proc/{pid}/cmdline", "rb").read()
            if pgid in groups or int(pid) in groups or B.encode() in cmd:
                for line in open(f"/proc/{pid}/smaps_rollup"):
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except (OSError, ValueError):
            pass
    print(f"test cloud PSS: {total // 1024} MiB")


mode = sys.argv[1] if len(sys.argv) > 1 else ""
if mode == "--memory":
    memory()
    sys.exit(0)
main()
failing = [r for r in results if not r[1]]
if mode == "--failing-logs":
    for name, _, _ in failing:
        path = os.path.join(LOG, name + ".log")
        if os.path.exists(path):
            print(path)
elif mode != "--quiet":
    for name, ok, detail in results:
        print(f"{'ok  ' if ok else 'FAIL'} {name:34} {detail}")
sys.exit(1 if failing or len(results) < 5 else 0)
