# Neutron's agents start once its API answers (earlier, they spend minutes in RPC timeouts).
wait_for neutron-server 120 curl -sf -o /dev/null http://127.0.0.1:9696/
AGENT=(--config-file "$ETC/neutron/neutron.conf")
# lb_conf HOST MAPPINGS: a linuxbridge agent's config
lb_conf() {
  cat <<INI
[DEFAULT]
host = $1
[linux_bridge]
bridge_mappings = $2
[vxlan]
enable_vxlan = true
local_ip = 127.0.0.1
l2_population = true
[securitygroup]
firewall_driver = iptables
enable_security_group = true
[agent]
root_helper =
INI
}
lb_conf rcc-net "$(cat "$ETC/neutron/bridge-mappings")" >"$ETC/neutron/lb-rcc-net.ini"
start neutron-linuxbridge-agent neutron-linuxbridge-agent "${AGENT[@]}" --config-file "$ETC/neutron/lb-rcc-net.ini"
start neutron-l3-agent "${FWAAS_ENV[@]}" neutron-l3-agent "${AGENT[@]}" --config-file "$ETC/neutron/l3.ini"
start neutron-dhcp-agent neutron-dhcp-agent "${AGENT[@]}" --config-file "$ETC/neutron/dhcp.ini"

# unlink-early: a socket left by a machine that stopped without `down` must not block the relay.
start rabbit-relay socat "UNIX-LISTEN:$RUN/rabbit.sock,fork,mode=600,unlink-early" TCP:127.0.0.1:5672
for az in "${COMPUTE_AZS[@]}"; do
  host=$(compute_host "$az") ns=$(host_ns "$host")
  if [[ ! -e /run/netns/$ns ]]; then
    ip netns add "$ns"
    ip -n "$ns" link set lo up
    # The agent names itself after a MAC address, and lo has none: a bridge with no port or address.
    ip -n "$ns" link add rcc-host type bridge
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.rcc-host.disable_ipv6=1
  fi
  start "rabbit-relay-$az" ip netns exec "$ns" socat TCP-LISTEN:5672,bind=127.0.0.1,reuseaddr,fork \
    "UNIX-CONNECT:$RUN/rabbit.sock"
  lb_conf "$host" "" >"$ETC/neutron/lb-$host.ini"
  start "neutron-linuxbridge-agent-$az" ip netns exec "$ns" neutron-linuxbridge-agent "${AGENT[@]}" \
    --config-file "$ETC/neutron/lb-$host.ini"
done
