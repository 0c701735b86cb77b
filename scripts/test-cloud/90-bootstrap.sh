# The operator bootstrap, once the compute hosts have registered: cells learn the hosts, then
# everything rcc looks up by name is created from the config in config/.
if [[ ! -e $STATE/bootstrap.done ]]; then
  wait_for "compute hosts" 120 bash -c "nova-manage --config-file '$ETC/nova/nova.conf' cell_v2 discover_hosts 2>/dev/null && \
    mariadb --defaults-file='$ETC/my.cnf' -N -e 'select count(*) from nova_api.host_mappings' | grep -qx ${#COMPUTE_AZS[@]}"
  B=$B COMPUTE_AZS="${COMPUTE_AZS[*]}" PROVIDER_NETS="$(printf "%s\n" "${PROVIDER_NETS[@]}")" \
    tcpy bootstrap "$ROOT/config" >>"$LOG/bootstrap.log" 2>&1 || { tail -20 "$LOG/bootstrap.log"; exit 1; }
  touch "$STATE/bootstrap.done"
fi
