# The operator bootstrap, once the compute hosts have registered: cells learn the hosts, then
# everything rcc looks up by name is created from the config in config/.
if [[ ! -e $STATE/bootstrap.done ]]; then
  BOOT=(env COMPUTE_AZS="${COMPUTE_AZS[*]}" PROVIDER_NETS="$(printf "%s\n" "${PROVIDER_NETS[@]}")" "$PY" "$TC/tc.py")
  "${BOOT[@]}" wait_computes >>"$LOG/bootstrap.log" 2>&1 || { tail -5 "$LOG/bootstrap.log"; exit 1; }
  nova-manage --config-file "$ETC/nova/nova.conf" cell_v2 discover_hosts >>"$LOG/bootstrap.log" 2>&1
  "${BOOT[@]}" bootstrap "$ROOT/config" >>"$LOG/bootstrap.log" 2>&1 || { tail -20 "$LOG/bootstrap.log"; exit 1; }
  touch "$STATE/bootstrap.done"
fi
