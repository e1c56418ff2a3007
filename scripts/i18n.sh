#!/usr/bin/env bash
# Compiles messages/*.json with Paraglide into src/lib/paraglide/ (generated, not committed),
# unless the compiled messages are already newer than every catalogue: the compile takes
# several seconds, and `npm run calc` should not pay for it every time.
set -euo pipefail
cd "$(dirname "$0")/.."
compiled=src/lib/paraglide/messages.js
if [ -f "$compiled" ] && [ -z "$(find messages project.inlang/settings.json -newer "$compiled")" ]; then
	exit 0
fi
exec npx paraglide-js compile --project ./project.inlang --outdir ./src/lib/paraglide \
	--strategy baseLocale --output-structure locale-modules --silent
