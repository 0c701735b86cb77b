#!/usr/bin/env bash
# Generates the OpenStack provider bindings into .gen/ (npm run get).
# With ../shared/provider-schemas/cdktf-cache present (or RCC_PROVIDER_SCHEMA_CACHE set), cdktf
# reads the provider schema from that cache and needs no registry access; otherwise it asks the
# Terraform registry, exactly as a plain `cdktf get` does.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1 DISABLE_VERSION_CHECK=1
cache="${RCC_PROVIDER_SCHEMA_CACHE:-../shared/provider-schemas/cdktf-cache}"
if [ -d "$cache" ]; then
  export CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH="$cache"
fi
npx cdktf get --force
