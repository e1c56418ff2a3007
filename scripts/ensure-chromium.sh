#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a downloaded browser: this network has none).
# Installs it when missing and we are root; otherwise stops with a clear message.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
	echo 'Chromium is missing: installing Debian package chromium (apt-get) ...'
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
	[ -x /usr/bin/chromium ] && exit 0
fi
echo 'Browser tests need Chromium at /usr/bin/chromium.' >&2
echo 'Install it as root with: apt-get update && apt-get install -y chromium' >&2
exit 1
