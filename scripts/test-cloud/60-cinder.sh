# Cinder: API on 127.0.0.1:8776, scheduler, and one volume service with a fake backend per Nova
# AZ (rcc gives each volume its server's AZ). The fake driver (py/rcc_fake_cinder.py adds the
# extend it lacks) stores nothing and reports 5 GB, so the scheduler runs without its capacity filter.
mkdir -p "$ETC/cinder" "$STATE/cinder"
backends=()
for az in "${COMPUTE_AZS[@]}"; do backends+=("fake-$az"); done
{
  cat <<INI
[DEFAULT]
osapi_volume_listen = 127.0.0.1
osapi_volume_listen_port = 8776
osapi_volume_workers = 1
transport_url = $(rabbit_url)
auth_strategy = keystone
state_path = $STATE/cinder
host = rcc-storage
enabled_backends = $(IFS=,; echo "${backends[*]}")
default_availability_zone = az1
scheduler_default_filters = AvailabilityZoneFilter,CapabilitiesFilter
api_paste_config = /etc/cinder/api-paste.ini
rootwrap_config = /etc/cinder/rootwrap.conf
[database]
connection = $(db_url cinder)
[oslo_concurrency]
lock_path = $STATE/lock
INI
  ini_auth keystone_authtoken cinder
  echo "service_token_roles_required = true"
  ini_auth nova cinder
  for az in "${COMPUTE_AZS[@]}"; do
    cat <<INI
[fake-$az]
volume_driver = rcc_fake_cinder.ExtendableFakeDriver
volume_backend_name = fake
backend_availability_zone = $az
INI
  done
} >"$ETC/cinder/cinder.conf"
CINDER=(--config-file "$ETC/cinder/cinder.conf")
if [[ ! -e $STATE/cinder.done ]]; then
  cinder-manage "${CINDER[@]}" db sync >>"$LOG/cinder-manage.log" 2>&1
  touch "$STATE/cinder.done"
fi
start cinder-api cinder-api "${CINDER[@]}"
start cinder-scheduler cinder-scheduler "${CINDER[@]}"
start cinder-volume env PYTHONPATH="$TC/py" cinder-volume "${CINDER[@]}"
