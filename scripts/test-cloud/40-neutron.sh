# Neutron: server on 127.0.0.1:9696, ML2 linuxbridge with VXLAN on 127.0.0.1; L3 and DHCP agents
# on the network host rcc-net (network AZ net-az1); one linuxbridge agent per compute host, each in
# its own namespace, so ports bind to the hosts Nova schedules on.
mkdir -p "$ETC/neutron" "$STATE/neutron"
physnets=() mappings=()
for p in "${PROVIDER_NETS[@]}"; do
  IFS=: read -r physnet bridge _ _ _ <<<"$p"
  physnets+=("$physnet") mappings+=("$physnet:$bridge")
  if [[ ! -e /sys/class/net/$bridge ]]; then
    ip link add "$bridge" type bridge
    sysctl -qw "net.ipv6.conf.$bridge.disable_ipv6=1"
    ip link set "$bridge" up
  fi
done
join() { local IFS=,; echo "$*"; }
plugins=router
[[ -d $FWAAS_SITE ]] && plugins=router,firewall_v2

{
  cat <<INI
[DEFAULT]
bind_host = 127.0.0.1
bind_port = 9696
core_plugin = ml2
service_plugins = $plugins
api_workers = 1
rpc_workers = 1
rpc_state_report_workers = 1
transport_url = $(rabbit_url)
state_path = $STATE/neutron
auth_strategy = keystone
notify_nova_on_port_status_changes = true
notify_nova_on_port_data_changes = true
router_scheduler_driver = neutron.scheduler.l3_agent_scheduler.AZLeastRoutersScheduler
network_scheduler_driver = neutron.scheduler.dhcp_agent_scheduler.AZAwareWeightScheduler
api_paste_config = /etc/neutron/api-paste.ini
[experimental]
linuxbridge = true
[database]
connection = $(db_url neutron)
[oslo_concurrency]
lock_path = $STATE/lock
[agent]
root_helper =
INI
  ini_auth keystone_authtoken neutron
  ini_auth nova neutron
  ini_auth placement neutron
  if [[ -d $FWAAS_SITE ]]; then
    printf '[service_providers]\nservice_provider = %s\n' \
      FIREWALL_V2:fwaas_db:neutron_fwaas.services.firewall.service_drivers.agents.agents.FirewallAgentDriver:default
  fi
} >"$ETC/neutron/neutron.conf"

cat >"$ETC/neutron/ml2_conf.ini" <<INI
[ml2]
type_drivers = flat,vxlan
tenant_network_types = vxlan
mechanism_drivers = linuxbridge,l2population
extension_drivers = port_security
[ml2_type_flat]
flat_networks = $(join "${physnets[@]}")
[ml2_type_vxlan]
vni_ranges = 1:1000
[securitygroup]
enable_ipset = true
INI

echo "$(join "${mappings[@]}")" >"$ETC/neutron/bridge-mappings"
for f in l3 dhcp; do
  cat >"$ETC/neutron/$f.ini" <<INI
[DEFAULT]
host = rcc-net
interface_driver = linuxbridge
[agent]
availability_zone = $NET_AZ
INI
done
if [[ -d $FWAAS_SITE ]]; then
  cat >>"$ETC/neutron/l3.ini" <<INI
extensions = fwaas_v2
[fwaas]
enabled = true
agent_version = v2
driver = iptables_v2
INI
fi

NEUTRON=(--config-file "$ETC/neutron/neutron.conf")
if [[ ! -e $STATE/neutron.done ]]; then
  neutron-db-manage "${NEUTRON[@]}" --config-file "$ETC/neutron/ml2_conf.ini" upgrade heads \
    >>"$LOG/neutron-db-manage.log" 2>&1
  touch "$STATE/neutron.done"
fi
if [[ -d $FWAAS_SITE && ! -e $STATE/fwaas.done ]]; then
  "${FWAAS_ENV[@]}" neutron-db-manage "${NEUTRON[@]}" --subproject neutron-fwaas upgrade head \
    >>"$LOG/neutron-db-manage.log" 2>&1
  touch "$STATE/fwaas.done"
fi
start neutron-server "${FWAAS_ENV[@]}" neutron-server "${NEUTRON[@]}" --config-file "$ETC/neutron/ml2_conf.ini"
