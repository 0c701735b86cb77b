# Swift: proxy on 127.0.0.1:8080 (keystoneauth, s3api, container sync, object versioning) and one
# account/container/object server each on 127.0.0.1, 1-replica rings on a plain directory.
# /etc/swift/swift.conf (the package's hash suffix and policy) is used as it is. The servers run
# as root (they would drop to user swift, who can write neither .build/ nor the log socket).
# authtoken comes before s3api in the pipeline: after s3token it would strip the identity s3token
# set, and every S3 request would fail with SignatureDoesNotMatch.
SW=$ETC/swift
mkdir -p "$SW" "$STATE/swift/node/d1" "$STATE/swift/cache"
# Swift logs to syslog, and with no /dev/log it would send UDP from sockets bound to 0.0.0.0:
# it gets a unix socket of its own instead, read into log/swift.log.
SYSLOG=$RUN/swift-syslog.sock
alive swift-syslog || rm -f "$SYSLOG"
start swift-syslog bash -c "socat -u UNIX-RECV:$SYSLOG,mode=600 STDOUT | tr '\\000' '\\n'"
wait_for swift-syslog 10 test -S "$SYSLOG"
declare -A SWIFT_PORTS=([account]=6202 [container]=6201 [object]=6200)
for kind in account container object; do
  if [[ ! -e $SW/$kind.ring.gz ]]; then
    (
      cd "$SW"
      swift-ring-builder "$kind.builder" create 8 1 1
      swift-ring-builder "$kind.builder" add "r1z1-127.0.0.1:${SWIFT_PORTS[$kind]}/d1" 1
      swift-ring-builder "$kind.builder" rebalance
    ) >>"$LOG/swift-rings.log" 2>&1
  fi
  cat >"$SW/$kind-server.conf" <<INI
[DEFAULT]
bind_ip = 127.0.0.1
bind_port = ${SWIFT_PORTS[$kind]}
devices = $STATE/swift/node
mount_check = false
swift_dir = $SW
user = root
workers = 1
log_name = swift-$kind
log_address = $SYSLOG
[pipeline:main]
pipeline = $kind-server
[app:$kind-server]
use = egg:swift#$kind
[$kind-replicator]
[$kind-updater]
[$kind-auditor]
INI
done
cat >>"$SW/container-server.conf" <<INI
[container-sync]
interval = 10
internal_client_conf_path = $SW/internal-client.conf
INI
cat >"$SW/internal-client.conf" <<INI
[DEFAULT]
swift_dir = $SW
user = root
log_address = $SYSLOG
[pipeline:main]
pipeline = catch_errors proxy-logging cache symlink proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
[filter:symlink]
use = egg:swift#symlink
[filter:cache]
use = egg:swift#memcache
memcache_servers = 127.0.0.1:11211
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:catch_errors]
use = egg:swift#catch_errors
INI
# The DR partner's cluster busan-swift is this same proxy: sync between containers of one cloud.
cat >"$SW/container-sync-realms.conf" <<INI
[rcc]
key = $(secret swift-realm)
cluster_busan-swift = http://127.0.0.1:8080/v1/
INI
{
  cat <<INI
[DEFAULT]
bind_ip = 127.0.0.1
bind_port = 8080
swift_dir = $SW
user = root
workers = 1
log_name = swift-proxy
log_address = $SYSLOG
[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats container_sync bulk tempurl ratelimit authtoken s3api s3token keystoneauth copy container-quotas account-quotas slo dlo versioned_writes symlink proxy-logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:cache]
use = egg:swift#memcache
memcache_servers = 127.0.0.1:11211
[filter:listing_formats]
use = egg:swift#listing_formats
[filter:container_sync]
use = egg:swift#container_sync
current = //rcc/busan-swift
[filter:bulk]
use = egg:swift#bulk
[filter:tempurl]
use = egg:swift#tempurl
[filter:ratelimit]
use = egg:swift#ratelimit
[filter:s3api]
use = egg:swift#s3api
# S3 clients sign for the region they are given (Terraform's S3 backend: region = RegionOne)
location = RegionOne
[filter:s3token]
use = egg:swift#s3token
auth_uri = $KEYSTONE
# Debian's Keystone security update lets only services and admins call /v3/s3tokens
$(ini_auth s3token swift | sed '1d; /^www_authenticate_uri/d; /^memcached_servers/d')
[filter:keystoneauth]
use = egg:swift#keystoneauth
operator_roles = admin, member
reseller_admin_role = ResellerAdmin
[filter:copy]
use = egg:swift#copy
[filter:container-quotas]
use = egg:swift#container_quotas
[filter:account-quotas]
use = egg:swift#account_quotas
[filter:slo]
use = egg:swift#slo
[filter:dlo]
use = egg:swift#dlo
[filter:versioned_writes]
use = egg:swift#versioned_writes
allow_versioned_writes = true
allow_object_versioning = true
[filter:symlink]
use = egg:swift#symlink
INI
  ini_auth filter:authtoken swift | sed '1a paste.filter_factory = keystonemiddleware.auth_token:filter_factory\ndelay_auth_decision = true'
} >"$SW/proxy-server.conf"
for kind in account container object; do
  start "swift-$kind" "swift-$kind-server" "$SW/$kind-server.conf"
done
start swift-container-sync swift-container-sync "$SW/container-server.conf"
start swift-proxy swift-proxy-server "$SW/proxy-server.conf"
