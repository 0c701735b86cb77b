# Glance on 127.0.0.1:9292, images in a plain directory.
mkdir -p "$ETC/glance" "$STATE/glance/images" "$STATE/glance/staging"
{
  cat <<INI
[DEFAULT]
bind_host = 127.0.0.1
bind_port = 9292
workers = 1
transport_url = $(rabbit_url)
node_staging_uri = file://$STATE/glance/staging
[database]
connection = $(db_url glance)
[paste_deploy]
flavor = keystone
config_file = /etc/glance/glance-api-paste.ini
[glance_store]
stores = file
default_store = file
filesystem_store_datadir = $STATE/glance/images
[oslo_concurrency]
lock_path = $STATE/lock
INI
  ini_auth keystone_authtoken glance
} >"$ETC/glance/glance-api.conf"
if [[ ! -e $STATE/glance.done ]]; then
  glance-manage --config-file "$ETC/glance/glance-api.conf" db_sync >>"$LOG/glance-manage.log" 2>&1
  touch "$STATE/glance.done"
fi
start glance-api glance-api --config-file "$ETC/glance/glance-api.conf"
