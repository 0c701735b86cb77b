# Placement (uwsgi, :8778) and Nova (API :8774, conductor, scheduler, one fake-driver compute per AZ).
mkdir -p "$ETC/placement" "$ETC/nova" "$STATE/nova" "$STATE/lock"
{
  cat <<INI
[placement_database]
connection = $(db_url placement)
[api]
auth_strategy = keystone
INI
  ini_auth keystone_authtoken placement
} >"$ETC/placement/placement.conf"

{
  cat <<INI
[DEFAULT]
transport_url = $(rabbit_url)
my_ip = 127.0.0.1
enabled_apis = osapi_compute
osapi_compute_listen = 127.0.0.1
osapi_compute_workers = 1
compute_driver = fake.FakeDriver
state_path = $STATE/nova
[api]
auth_strategy = keystone
[wsgi]
api_paste_config = /etc/nova/api-paste.ini
[api_database]
connection = $(db_url nova_api)
[database]
connection = $(db_url nova)
[conductor]
workers = 1
[scheduler]
workers = 1
[oslo_concurrency]
lock_path = $STATE/lock
[oslo_messaging_notifications]
driver = noop
INI
  ini_auth keystone_authtoken nova
  ini_auth placement nova
  ini_auth neutron nova
  ini_auth cinder nova
  # Service tokens with Nova's calls: without them Cinder refuses detaching (ConflictNovaUsingAttachment).
  ini_auth service_user nova
  echo "send_service_user_token = true"
} >"$ETC/nova/nova.conf"
NOVA=(--config-file "$ETC/nova/nova.conf")

if [[ ! -e $STATE/nova.done ]]; then
  (
    placement-manage --config-dir "$ETC/placement" db sync
    nova-manage "${NOVA[@]}" api_db sync
    nova-manage "${NOVA[@]}" cell_v2 map_cell0 --database_connection "$(db_url nova_cell0)"
    nova-manage "${NOVA[@]}" cell_v2 list_cells | grep -q ' cell1 ' ||
      nova-manage "${NOVA[@]}" cell_v2 create_cell --name cell1
    nova-manage "${NOVA[@]}" db sync
  ) >>"$LOG/nova-manage.log" 2>&1
  touch "$STATE/nova.done"
fi

uwsgi_app placement 8778 /usr/bin/placement-api --env OS_PLACEMENT_CONFIG_DIR="$ETC/placement"
start nova-api nova-api "${NOVA[@]}"
start nova-conductor nova-conductor "${NOVA[@]}"
start nova-scheduler nova-scheduler "${NOVA[@]}"
# nova-compute without a hypervisor package: python3-nova's entry point with the fake driver.
for az in "${COMPUTE_AZS[@]}"; do
  host=$(compute_host "$az")
  printf '[DEFAULT]\nhost = %s\n' "$host" >"$ETC/nova/$host.conf"
  start "nova-compute-$az" "$PY" -c 'import sys; from nova.cmd.compute import main; sys.exit(main())' \
    "${NOVA[@]}" --config-file "$ETC/nova/$host.conf"
done
