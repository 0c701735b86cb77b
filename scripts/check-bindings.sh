#!/usr/bin/env bash
# CI check: regenerating the bindings from the shared schema cache reproduces the committed .gen/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/get-bindings.sh >/dev/null
if [ -n "$(git status --porcelain -- .gen)" ]; then
  echo "bindings differ from a fresh 'npm run get':" >&2
  git status --short -- .gen | head -20 >&2
  exit 1
fi
echo "bindings: .gen/providers/openstack matches a fresh 'npm run get'"
