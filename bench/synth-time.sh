#!/usr/bin/env bash
# Wall time of synthesizing the sample config: `npm run synth` (in-process, warm: 5 runs) and
# `npx cdktf synth` (1 run). Usage: bash bench/synth-time.sh [config-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1 DISABLE_VERSION_CHECK=1
config="${1:-config}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
ms() { local start=$(date +%s%N); "$@" >/dev/null 2>&1; echo $(( ($(date +%s%N) - start) / 1000000 )); }

node bin/rcc.js synth --config "$config" --out "$out/warmup" >/dev/null # fills tsx's compile cache
runs=()
for i in 1 2 3 4 5; do runs+=("$(ms node bin/rcc.js synth --config "$config" --out "$out/rcc")"); done
sorted=($(printf '%s\n' "${runs[@]}" | sort -n))
echo "npm run synth (rcc synth): median ${sorted[2]} ms, min ${sorted[0]} ms, max ${sorted[4]} ms over 5 warm runs"
echo "npx cdktf synth:           $(RCC_CONFIG_DIR="$config" CDKTF_OUTDIR="$out/cdktf" ms npx cdktf synth) ms (1 run)"
node -e '
const fs = require("fs"), path = require("path");
const dir = path.join(process.argv[1], "stacks");
let resources = 0, data = 0;
for (const stack of fs.readdirSync(dir)) {
  const json = JSON.parse(fs.readFileSync(path.join(dir, stack, "cdk.tf.json"), "utf8"));
  for (const byName of Object.values(json.resource ?? {})) resources += Object.keys(byName).length;
  for (const byName of Object.values(json.data ?? {})) data += Object.keys(byName).length;
}
console.log(`stacks: ${fs.readdirSync(dir).length}, resources: ${resources}, data sources: ${data}`);
' "$out/rcc"
