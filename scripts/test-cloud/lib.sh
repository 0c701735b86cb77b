# Shared by the test-cloud scripts: paths, telemetry off, process bookkeeping. Source it.
set -euo pipefail
trap 'log "failed: line $LINENO of ${BASH_SOURCE[0]}: $BASH_COMMAND"' ERR
export CHECKPOINT_DISABLE=1 DISABLE_VERSION_CHECK=1
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TC=$ROOT/scripts/test-cloud
B=$ROOT/.build/test-cloud # everything a run writes: config, state, pids, logs, secrets
ETC=$B/etc RUN=$B/run LOG=$B/log STATE=$B/state
export OS_CLIENT_CONFIG_FILE=$B/clouds.yaml
export PYTHONWARNINGS=ignore
PY=/usr/bin/python3 # Debian's, whatever python3 comes first in PATH

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Stable generated secret, kept under .build only.
secret() {
  local f=$B/secrets/$1
  if [[ ! -s $f ]]; then mkdir -p "$B/secrets"; chmod 700 "$B/secrets"; openssl rand -hex 16 >"$f"; fi
  cat "$f"
}

alive() { local p; p=$(cat "$RUN/$1.pid" 2>/dev/null) && kill -0 "$p" 2>/dev/null; }

# start NAME CMD...: run in the background (own process group), pid in run/NAME.pid, log in log/NAME.log.
start() {
  local name=$1; shift
  alive "$name" && return 0
  mkdir -p "$RUN" "$LOG"
  setsid "$@" >>"$LOG/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN/$name.pid"
}

# wait_for WHAT SECONDS CMD...: poll CMD until it succeeds, within a bound.
wait_for() {
  local what=$1 limit=$2; shift 2
  local end=$((SECONDS + limit))
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < end)) || { log "timed out after ${limit}s waiting for $what"; return 1; }
    sleep 0.5
  done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

os() { openstack --os-cloud "${CLOUD:-daegu-rcc}" "$@"; }

# Every OpenStack service's database user and password: one throwaway MariaDB user for all.
db_url() { echo "mysql+pymysql://openstack:$(secret db)@127.0.0.1/$1?charset=utf8"; }
rabbit_url() { echo "rabbit://openstack:$(secret rabbit)@127.0.0.1:5672/"; }
KEYSTONE=http://127.0.0.1:5000/v3

# authtoken/service-user style section: ini_auth SECTION USER
ini_auth() {
  cat <<INI
[$1]
auth_type = password
auth_url = $KEYSTONE
www_authenticate_uri = $KEYSTONE
memcached_servers = 127.0.0.1:11211
username = $2
password = $(secret "svc-$2")
user_domain_id = default
project_name = service
project_domain_id = default
region_name = RegionOne
INI
}

# uwsgi_app NAME PORT WSGI-FILE [uwsgi args...]: a WSGI API on 127.0.0.1 that closes every
# connection itself, since uwsgi's http-socket resets connections clients try to reuse.
uwsgi_app() {
  local name=$1 port=$2 file=$3; shift 3
  start "$name" uwsgi --plugin python3 --master --die-on-term --processes 1 --threads 4 \
    --http-socket "127.0.0.1:$port" --wsgi-file "$file" --add-header "Connection: close" \
    --hook-master-start "unix_signal:15 gracefully_kill_them_all" --need-app "$@"
}

# Python with the test cloud's settings, for steps that are faster through openstacksdk than the CLI.
tcpy() { $PY "$TC/tc.py" "$@"; }

# The compute hosts: one per Nova availability zone, center's then the DR partner's.
COMPUTE_AZS=(az1 az2 az3 busan-az1 busan-az2)
compute_host() { echo "cmp-$1"; }
NET_AZ=net-az1 # the network AZ the L3 and DHCP agents report

# Provider networks: physnet, bridge, network name, subnet (documentation ranges, no gateway), flags. Bridges have no address
# and no uplink: nothing on them ever leaves this machine.
PROVIDER_NETS=(
  "ext:rccbr-ext:public-internet:203.0.113.0/24:--external"
  "adm:rccbr-adm:admin-backbone:198.51.100.0/24:--external --share"
  "busan-ext:rccbr-bext:busan-public:192.0.2.0/25:--external"
  "busan-adm:rccbr-badm:busan-admin-backbone:192.0.2.128/25:--external --share"
)
# Compute hosts' L2 agents live in namespaces of their own and reach RabbitMQ on a unix socket.
host_ns() { echo "rcc-$1"; }

# FWaaS v2 is not packaged for Debian 12: install puts PyPI's neutron-fwaas here (outside what
# down wipes), and neutron-server and the L3 agent get it on their PYTHONPATH.
FWAAS_VERSION=17.0.0
FWAAS_SITE=$ROOT/.build/fwaas/site
FWAAS_ENV=()
if [[ -d $FWAAS_SITE ]]; then FWAAS_ENV=(env PYTHONPATH="$FWAAS_SITE"); fi
