#!/usr/bin/env bash
# Debian's Chromium, which the audit report's browser test drives (headless, offline), and a
# Korean font so the screenshot shows municipality names. Idempotent.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list :lang=ko | grep -q .; then
  /usr/bin/chromium --version 2>/dev/null
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium fonts-nanum >/dev/null
/usr/bin/chromium --version 2>/dev/null
