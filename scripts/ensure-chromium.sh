#!/usr/bin/env bash
# Browser tests need a Chromium; none is downloaded. Uses CHROME_PATH or
# Debian's /usr/bin/chromium, installing it with apt-get when run as root.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$chrome" ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chromium at $chrome. Install it (Debian: sudo apt-get install chromium) or set CHROME_PATH." >&2
exit 1
