#!/usr/bin/env bash
# Debian's Chromium, which the audit page's browser test drives headless through playwright-core
# (Playwright's own browser downloads are never used). Idempotent: nothing to do when installed.
set -euo pipefail
CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  # The launcher's own shell checks may complain on stderr; the version is on stdout.
  "$CHROMIUM" --version 2>/dev/null
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "install-chromium: not root and no sudo; run it as root" >&2
    exit 1
  fi
  sudo="sudo"
fi
# `env` because sudo resets the environment.
apt=($sudo env DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o Dpkg::Use-Pty=0)
"${apt[@]}" update
# fonts-nanum: a Korean font, so municipality names show in the screenshot rather than boxes.
"${apt[@]}" install --no-install-recommends chromium fonts-nanum
"$CHROMIUM" --version 2>/dev/null
