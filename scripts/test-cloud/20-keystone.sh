# Keystone under uwsgi on 127.0.0.1:5000, fernet tokens, the admin user from keystone-manage bootstrap.
mkdir -p "$ETC/keystone" "$STATE/keystone"
cat >"$ETC/keystone/keystone.conf" <<INI
[DEFAULT]
use_stderr = true
[database]
connection = $(db_url keystone)
[token]
provider = fernet
[fernet_tokens]
key_repository = $STATE/keystone/fernet-keys
[fernet_receipts]
key_repository = $STATE/keystone/fernet-keys
[credential]
key_repository = $STATE/keystone/credential-keys
[cache]
enabled = true
backend = dogpile.cache.memcached
memcache_servers = 127.0.0.1:11211
INI
KS=(keystone-manage --config-file "$ETC/keystone/keystone.conf")
if [[ ! -e $STATE/keystone.done ]]; then
  "${KS[@]}" db_sync >>"$LOG/keystone-manage.log" 2>&1
  "${KS[@]}" fernet_setup --keystone-user root --keystone-group root >>"$LOG/keystone-manage.log" 2>&1
  "${KS[@]}" credential_setup --keystone-user root --keystone-group root >>"$LOG/keystone-manage.log" 2>&1
  "${KS[@]}" bootstrap --bootstrap-password "$(secret admin)" --bootstrap-region-id RegionOne \
    --bootstrap-public-url "$KEYSTONE" --bootstrap-internal-url "$KEYSTONE" \
    --bootstrap-admin-url "$KEYSTONE" >>"$LOG/keystone-manage.log" 2>&1
  touch "$STATE/keystone.done"
fi

uwsgi_app keystone 5000 /usr/bin/keystone-wsgi-public --env OS_KEYSTONE_CONFIG_DIR="$ETC/keystone"

# clouds.yaml: the admin entry first, so the next steps can use it; bootstrap adds the others.
if [[ ! -e $B/clouds.yaml ]]; then
  cat >"$B/clouds.yaml" <<YAML
clouds:
  daegu-rcc:
    auth:
      auth_url: $KEYSTONE
      username: admin
      password: $(secret admin)
      project_name: admin
      user_domain_id: default
      project_domain_id: default
    region_name: RegionOne
    identity_api_version: 3
YAML
  chmod 600 "$B/clouds.yaml"
fi
wait_for keystone 60 curl -sf -o /dev/null "$KEYSTONE"
if [[ ! -e $STATE/catalog.done ]]; then
  tcpy register >>"$LOG/register.log" 2>&1
  touch "$STATE/catalog.done"
fi
