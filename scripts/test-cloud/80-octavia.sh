# Octavia with no-op amphora, compute, network, volume and image drivers: API on 127.0.0.1:9876,
# worker, health manager (UDP 127.0.0.1:5555), housekeeping. The flows still sign amphora
# certificates, so a throwaway CA is made.
mkdir -p "$ETC/octavia" "$STATE/octavia/certs"
CERTS=$STATE/octavia/certs
if [[ ! -e $CERTS/ca.pem ]]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=rcc test cloud octavia CA" \
    -keyout "$CERTS/ca.key" -out "$CERTS/ca.pem" >>"$LOG/octavia-ca.log" 2>&1
  openssl req -newkey rsa:2048 -nodes -subj "/CN=octavia controller" -keyout "$CERTS/client.key" \
    -out "$CERTS/client.csr" >>"$LOG/octavia-ca.log" 2>&1
  openssl x509 -req -in "$CERTS/client.csr" -CA "$CERTS/ca.pem" -CAkey "$CERTS/ca.key" -CAcreateserial \
    -days 30 -out "$CERTS/client.crt" >>"$LOG/octavia-ca.log" 2>&1
  cat "$CERTS/client.crt" "$CERTS/client.key" >"$CERTS/client.pem"
fi
{
  cat <<INI
[DEFAULT]
transport_url = $(rabbit_url)
[api_settings]
bind_host = 127.0.0.1
bind_port = 9876
auth_strategy = keystone
default_provider_driver = amphora
enabled_provider_drivers = amphora:Amphora driver with no-op back ends
[database]
connection = $(db_url octavia)
[health_manager]
bind_ip = 127.0.0.1
bind_port = 5555
controller_ip_port_list = 127.0.0.1:5555
heartbeat_key = $(secret octavia-heartbeat)
health_update_threads = 1
stats_update_threads = 1
[controller_worker]
amphora_driver = amphora_noop_driver
compute_driver = compute_noop_driver
network_driver = network_noop_driver
volume_driver = volume_noop_driver
image_driver = image_noop_driver
loadbalancer_topology = SINGLE
client_ca = $CERTS/ca.pem
workers = 1
[haproxy_amphora]
client_cert = $CERTS/client.pem
server_ca = $CERTS/ca.pem
[certificates]
cert_generator = local_cert_generator
ca_certificate = $CERTS/ca.pem
ca_private_key = $CERTS/ca.key
[task_flow]
jobboard_enabled = false
[oslo_messaging]
topic = octavia_prov
INI
  ini_auth keystone_authtoken octavia
  ini_auth service_auth octavia
} >"$ETC/octavia/octavia.conf"
OCTAVIA=(--config-file "$ETC/octavia/octavia.conf")
if [[ ! -e $STATE/octavia.done ]]; then
  octavia-db-manage "${OCTAVIA[@]}" upgrade head >>"$LOG/octavia-db-manage.log" 2>&1
  touch "$STATE/octavia.done"
fi
# octavia-api serves with wsgiref (HTTP/1.0, one connection per request), not uwsgi.
for p in api worker health-manager housekeeping; do start "octavia-$p" "octavia-$p" "${OCTAVIA[@]}"; done
