"""Real packets on the test cloud, for the e2e's packet check (e2e/packets/).

    /usr/bin/python3 e2e/packets.py run WIRING.json RESULT.json   wire, send, unwire
    /usr/bin/python3 e2e/packets.py clean                          unwire what a run left

WIRING.json (e2e/packets/wiring.ts) names test hosts and probes. Each host behind a Neutron port
is a network namespace `rcc-probe-<n>` whose interface is the port's tap device, bound to the
test cloud's network host `rcc-net`, so the linuxbridge agent applies the port's security groups
and the L3 agent's routers (and FWaaS) carry it. A host on a provider network is a namespace at
its subnet's gateway, on the project's own bridge, which no real interface is attached to: no
packet leaves the machine. Every connection is TCP (a completed handshake) or UDP (an answer),
sent to a listener in the destination's namespace. Run as root, with OS_CLIENT_CONFIG_FILE set.
"""
import ipaddress
import json
import logging
import os
import subprocess
import sys
import threading
import time

PREFIX = "rcc-probe-"
NETWORK_HOST = "rcc-net"
CLOUD = "daegu-rcc"
TIMEOUT = 4.0
AGENT_POLLING = 2  # seconds: the linuxbridge agent's polling_interval
HERE = os.path.dirname(os.path.abspath(__file__))
MAPPINGS = os.path.join(HERE, "..", ".build", "test-cloud", "etc", "neutron", "bridge-mappings")
logging.getLogger("keystoneauth").setLevel(logging.ERROR)


def sh(*args, ns=None):
    cmd = (["ip", "netns", "exec", ns] if ns else []) + [str(a) for a in args]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def stable_mac(ip):
    """One MAC per fixed address, run after run: routers keep the MAC they last learned for it."""
    return "02:72:63:" + ":".join(f"{int(o):02x}" for o in ip.split(".")[1:])


def namespaces():
    out = subprocess.run(["ip", "netns", "list"], check=True, capture_output=True, text=True).stdout
    return [line.split()[0] for line in out.splitlines() if line.startswith(PREFIX)]


def bridge_of(network):
    mappings = dict(m.split(":") for m in open(MAPPINGS).read().strip().split(","))
    return mappings[network.provider_physical_network]


class Wired:
    def __init__(self, conn):
        self.conn = conn
        self.hosts = {}  # key: its namespace, address and the rest the probes read
        self.rebound = []  # (port id, host it was bound to)
        self.plugs = []  # (tap, bridge) for instance ports
        self.count = 0

    def namespace(self):
        self.count += 1
        ns = f"{PREFIX}{self.count}"
        sh("ip", "netns", "add", ns)
        sh("ip", "link", "set", "lo", "up", ns=ns)
        return ns

    def port_host(self, spec):
        conn = self.conn
        if "port" in spec:
            port = conn.network.get_port(spec["port"]["id"])
            self.rebound.append((port.id, port.binding_host_id))
            port = conn.network.update_port(port, binding_host_id=NETWORK_HOST)
            extra = spec["port"]["extraIps"]
        else:
            c = spec["create"]
            fixed = {"subnet_id": c["subnet"], **({"ip_address": c["ip"]} if c.get("ip") else {})}
            args = dict(name=f"{PREFIX}{spec['label']}", project_id=c["project"], network_id=c["network"],
                        fixed_ips=[fixed], binding_host_id=NETWORK_HOST, device_owner="rcc:packet-check",
                        is_port_security_enabled=c["portSecurity"])
            if c["portSecurity"]:
                args["security_group_ids"] = c["groups"]
            if c.get("ip"):
                args["mac_address"] = stable_mac(c["ip"])
            port = conn.network.create_port(**args)
            extra = []
        ip = port.fixed_ips[0]["ip_address"]
        subnet = conn.network.get_subnet(port.fixed_ips[0]["subnet_id"])
        ns = self.namespace()
        tap = f"tap{port.id[:11]}"
        sh("ip", "link", "add", tap, "type", "veth", "peer", "name", "eth0", "netns", ns)
        sh("ip", "link", "set", tap, "up")
        sh("ip", "link", "set", "eth0", "address", port.mac_address, ns=ns)
        sh("ip", "addr", "add", f"{ip}/{subnet.cidr.split('/')[1]}", "dev", "eth0", ns=ns)
        for address in extra:
            sh("ip", "addr", "add", f"{address}/32", "dev", "eth0", ns=ns)
        sh("ip", "link", "set", "eth0", "up", ns=ns)
        for route in subnet.host_routes or []:
            sh("ip", "route", "add", route["destination"], "via", route["nexthop"], ns=ns)
        if subnet.gateway_ip:
            sh("ip", "route", "add", "default", "via", subnet.gateway_ip, ns=ns)
        floating = None
        create = spec.get("create") or {}
        if create.get("floatingNetwork"):
            network = conn.network.find_network(create["floatingNetwork"])
            fip = conn.network.create_ip(floating_network_id=network.id, port_id=port.id,
                                         project_id=create["project"], description="rcc packet check")
            floating = fip.floating_ip_address
        else:
            found = list(conn.network.ips(port_id=port.id))
            floating = found[0].floating_ip_address if found else None
        self.hosts[spec["key"]] = {"ns": ns, "ip": ip, "floating": floating, "port": port.id}
        if port.device_owner.startswith("compute:"):
            # On a compute host Nova (os-vif) puts an instance's tap on the network's bridge; the
            # agent leaves compute ports to it, so the test does what Nova would.
            self.plugs.append((tap, f"brq{port.network_id[:11]}"))

    def outside_host(self, spec):
        conn = self.conn
        network = conn.network.find_network(spec["network"])
        subnet = next(conn.network.subnets(network_id=network.id))
        prefix = subnet.cidr.split("/")[1]
        ns = self.namespace()
        root = f"rcp-o{self.count}"
        sh("ip", "link", "add", root, "type", "veth", "peer", "name", "eth0", "netns", ns)
        sh("ip", "link", "set", root, "master", bridge_of(network))
        sh("ip", "link", "set", root, "up")
        sh("ip", "link", "set", "eth0", "address", stable_mac(subnet.gateway_ip), ns=ns)
        sh("ip", "addr", "add", f"{subnet.gateway_ip}/{prefix}", "dev", "eth0", ns=ns)
        sh("ip", "link", "set", "eth0", "up", ns=ns)
        on_link = ipaddress.ip_network(subnet.cidr)
        addresses = {}
        for address in spec["addresses"]:
            if ipaddress.ip_address(address) in on_link:
                addresses[address] = subnet.gateway_ip
            else:
                sh("ip", "addr", "add", f"{address}/32", "dev", "lo", ns=ns)
                addresses[address] = address
        for key in ("net.ipv4.ip_forward=1", "net.ipv4.conf.all.send_redirects=0", "net.ipv4.conf.eth0.send_redirects=0",
                    "net.ipv4.conf.all.rp_filter=0", "net.ipv4.conf.eth0.rp_filter=0"):
            sh("sysctl", "-qw", key, ns=ns)
        # The routed backbone: every router gatewayed here reaches the subnets it has legs on.
        gatewayed = [r for r in conn.network.routers()
                     if (r.external_gateway_info or {}).get("network_id") == network.id] if spec["routed"] else []
        for router in gatewayed:
            via = router.external_gateway_info["external_fixed_ips"][0]["ip_address"]
            for leg in conn.network.ports(device_id=router.id, device_owner="network:router_interface"):
                cidr = conn.network.get_subnet(leg.fixed_ips[0]["subnet_id"]).cidr
                sh("ip", "route", "replace", cidr, "via", via, ns=ns)
        self.hosts[spec["key"]] = {"ns": ns, "ip": subnet.gateway_ip, "addresses": addresses,
                                   "routes": spec["routes"]}

    def attack_routes(self):
        for host in self.hosts.values():
            for route in host.get("routes", []):
                router = self.conn.network.get_router(route["router"])
                via = router.external_gateway_info["external_fixed_ips"][0]["ip_address"]
                target = route.get("toIp") or self.hosts[route["to"]]["ip"]
                sh("ip", "route", "replace", f"{target}/32", "via", via, ns=host["ns"])

    def wait_active(self, limit=120):
        ports = [h["port"] for h in self.hosts.values() if "port" in h]
        end = time.time() + limit
        while time.time() < end:
            for tap, bridge in self.plugs:
                if os.path.exists(f"/sys/class/net/{bridge}") and not os.path.exists(f"/sys/class/net/{tap}/master"):
                    sh("ip", "link", "set", tap, "master", bridge)
            down = [p for p in ports if self.conn.network.get_port(p).status != "ACTIVE"]
            unplugged = [t for t, _ in self.plugs if not os.path.exists(f"/sys/class/net/{t}/master")]
            if not down and not unplugged:
                time.sleep(2)  # the agent marks a port up once its filters are in place
                return
            time.sleep(1)
        raise SystemExit(f"ports not ACTIVE or not plugged after {limit} s: {', '.join(down + unplugged)}")

    def restore(self):
        for port, host in self.rebound:
            try:
                self.conn.network.update_port(port, binding_host_id=host or "")
            except Exception as error:  # noqa: BLE001 - the port may be gone with its stack
                print(f"cannot restore the binding of {port}: {error}", file=sys.stderr)


def clean(conn):
    """Deletes what a run made; True when it found anything."""
    found = bool(namespaces())
    for ip in conn.network.ips():
        if ip.description == "rcc packet check":
            conn.network.delete_ip(ip)
    for port in conn.network.ports():
        if port.name.startswith(PREFIX):
            conn.network.delete_port(port)
    for ns in namespaces():
        subprocess.run(["ip", "netns", "delete", ns], check=False)
    return found


def local_addresses():
    out = subprocess.run(["ip", "-o", "-4", "addr", "show"], check=True, capture_output=True, text=True).stdout
    return [line.split()[3].split("/")[0] for line in out.splitlines()]


def listen(ports):
    import socket
    sockets = []
    for protocol, port in ports:
        # A UDP answer must come from the address asked (a resolver's, a VIP), not the one the
        # route prefers, or the asker's NAT and conntrack drop it: one socket per address.
        for address in ["0.0.0.0"] if protocol == "tcp" else local_addresses():
            kind = socket.SOCK_STREAM if protocol == "tcp" else socket.SOCK_DGRAM
            s = socket.socket(socket.AF_INET, kind)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((address, port))
            if protocol == "tcp":
                s.listen(64)
                threading.Thread(target=accept, args=(s,), daemon=True).start()
            else:
                threading.Thread(target=echo, args=(s,), daemon=True).start()
            sockets.append(s)
    print("ready", flush=True)
    sys.stdin.read()  # until the run closes it


def accept(s):
    while True:
        conn, _ = s.accept()
        conn.close()


def echo(s):
    while True:
        data, peer = s.recvfrom(2048)
        s.sendto(data, peer)


def send(probes):
    import socket
    results = {}

    def one(p):
        family = socket.SOCK_STREAM if p["protocol"] == "tcp" else socket.SOCK_DGRAM
        s = socket.socket(socket.AF_INET, family)
        if p.get("src"):
            s.bind((p["src"], 0))
        try:
            if p["protocol"] == "tcp":
                s.settimeout(TIMEOUT)
                s.connect((p["dst"], p["port"]))
                results[p["i"]] = True
            else:
                s.settimeout(0.5)
                end = time.time() + TIMEOUT
                results[p["i"]] = False
                while time.time() < end and not results[p["i"]]:
                    s.sendto(b"rcc packet check", (p["dst"], p["port"]))
                    try:
                        results[p["i"]] = s.recv(2048) == b"rcc packet check"
                    except (socket.timeout, ConnectionRefusedError):
                        pass
        except OSError:
            results[p["i"]] = False
        finally:
            s.close()

    threads = [threading.Thread(target=one, args=(p,)) for p in probes]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps(results))


def in_namespace(ns, verb, payload, **kwargs):
    return subprocess.Popen(["ip", "netns", "exec", ns, sys.executable, __file__, verb, json.dumps(payload)],
                            text=True, stdout=subprocess.PIPE, **kwargs)


def run(wiring_file, result_file, keep):
    import openstack
    wiring = json.load(open(wiring_file))
    conn = openstack.connect(cloud=CLOUD)
    if clean(conn):
        # The agent must see a left tap gone before a new one of the same name (a deployed port's) comes.
        time.sleep(2 * AGENT_POLLING)
    wired = Wired(conn)
    started = time.time()
    try:
        for spec in wiring["hosts"]:
            wired.port_host(spec)
        for spec in wiring["outside"]:
            wired.outside_host(spec)
        wired.attack_routes()
        wired.wait_active()
        wired_seconds = time.time() - started
        sent = []
        for i, p in enumerate(wiring["probes"]):
            source, destination = wired.hosts[p["from"]], wired.hosts[p["to"]]
            src = source.get("addresses", {}).get(p.get("fromIp"), source["ip"]) if p.get("fromIp") else None
            if p["floating"]:
                dst = destination.get("floating")
                if not dst:
                    raise SystemExit(f"probe {i}: {p['to']} has no floating IP")
            elif p.get("toIp"):
                dst = destination.get("addresses", {}).get(p["toIp"], p["toIp"])
            else:
                dst = destination["ip"]
            sent.append({"i": i, "ns": source["ns"], "src": src, "dst": dst, "protocol": p["protocol"],
                         "port": p["port"], "toNs": destination["ns"],
                         "from": src or source["ip"], "to": dst, "fixed": destination["ip"]})
        listeners = []
        for ns in sorted({s["toNs"] for s in sent}):
            ports = sorted({(s["protocol"], s["port"]) for s in sent if s["toNs"] == ns})
            listener = in_namespace(ns, "listen", ports, stdin=subprocess.PIPE)
            if listener.stdout.readline().strip() != "ready":
                raise SystemExit(f"the listener in {ns} did not start")
            listeners.append(listener)
        senders = [in_namespace(ns, "send", [s for s in sent if s["ns"] == ns])
                   for ns in sorted({s["ns"] for s in sent})]
        answered = {}
        for sender in senders:
            answered.update({int(k): v for k, v in json.loads(sender.communicate()[0]).items()})
        for listener in listeners:
            listener.stdin.close()
            listener.wait()
        result = {
            "wiredSeconds": round(wired_seconds, 1),
            "sentSeconds": round(time.time() - started - wired_seconds, 1),
            "probes": [{"i": s["i"], "from": s["from"], "to": s["to"], "fixed": s["fixed"],
                        "connected": answered.get(s["i"], False)} for s in sent],
        }
        json.dump(result, open(result_file, "w"), indent=2)
    finally:
        if not keep:
            clean(conn)
            wired.restore()


def main():
    verb = sys.argv[1] if len(sys.argv) > 1 else ""
    if verb == "listen":
        listen(json.loads(sys.argv[2]))
    elif verb == "send":
        send(json.loads(sys.argv[2]))
    elif verb == "run":
        run(sys.argv[2], sys.argv[3], keep=os.environ.get("RCC_E2E_KEEP") == "1")
    elif verb == "clean":
        import openstack
        clean(openstack.connect(cloud=CLOUD))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
