# MariaDB, RabbitMQ and memcached, each on 127.0.0.1 only, state under .build/test-cloud/state.
mkdir -p "$ETC" "$STATE" "$RUN" "$LOG"

cat >"$ETC/my.cnf" <<INI
[mysqld]
datadir = $STATE/mysql
socket = $RUN/mysqld.sock
pid-file = $RUN/mysqld.mariadb.pid
bind-address = 127.0.0.1
port = 3306
user = root
skip-name-resolve
max_connections = 1000
innodb_buffer_pool_size = 128M
performance_schema = off
# a throwaway database: no flush at each commit, no doublewrite (the migrations are DDL-heavy)
innodb_flush_log_at_trx_commit = 0
innodb_doublewrite = 0
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
[client]
socket = $RUN/mysqld.sock
INI
if [[ ! -d $STATE/mysql/mysql ]]; then
  mariadb-install-db --defaults-file="$ETC/my.cnf" --auth-root-authentication-method=socket \
    --skip-test-db >"$LOG/mariadb-install.log" 2>&1
fi
start mariadb mariadbd --defaults-file="$ETC/my.cnf"

mkdir -p "$STATE/rabbitmq"
cat >"$ETC/rabbitmq.conf" <<INI
listeners.tcp.default = 127.0.0.1:5672
distribution.listener.interface = 127.0.0.1
distribution.listener.port_range.min = 25672
distribution.listener.port_range.max = 25672
default_user = openstack
default_pass = $(secret rabbit)
loopback_users = none
log.file = false
log.console = true
INI
: >"$ETC/rabbitmq-plugins"
start rabbitmq env HOME="$STATE/rabbitmq" ERL_EPMD_ADDRESS=127.0.0.1 RABBITMQ_NODENAME=rcc@localhost \
  RABBITMQ_CONFIG_FILE="$ETC/rabbitmq" RABBITMQ_MNESIA_BASE="$STATE/rabbitmq/mnesia" \
  RABBITMQ_LOG_BASE="$LOG" RABBITMQ_ENABLED_PLUGINS_FILE="$ETC/rabbitmq-plugins" \
  RABBITMQ_PID_FILE="$RUN/rabbitmq.erl.pid" /usr/lib/rabbitmq/bin/rabbitmq-server

start memcached memcached -l 127.0.0.1 -p 11211 -U 0 -m 64 -u memcache

wait_for mariadb 60 mariadb --defaults-file="$ETC/my.cnf" -e 'select 1'
if [[ ! -e $STATE/databases.done ]]; then
  {
    for db in keystone placement nova_api nova nova_cell0 neutron glance cinder octavia; do
      echo "CREATE DATABASE IF NOT EXISTS $db;"
    done
    echo "CREATE USER IF NOT EXISTS 'openstack'@'127.0.0.1' IDENTIFIED BY '$(secret db)';"
    echo "GRANT ALL ON *.* TO 'openstack'@'127.0.0.1';"
  } | mariadb --defaults-file="$ETC/my.cnf"
  touch "$STATE/databases.done"
fi
wait_for rabbitmq 90 port_open 5672
wait_for memcached 20 port_open 11211
# epmd is started by RabbitMQ and outlives it: note its pid so down can stop exactly it.
ss -Hltnp 'sport = :4369' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 >"$RUN/epmd.pid" || true
