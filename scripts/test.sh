#!/usr/bin/env bash
# The README's test command (`npm test`): static checks, unit + property + corpus tests, then a
# production build driven in Debian's Chromium. Ends with one plain line `N passed, N failed`
# summed over all suites, which CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."

results_dir=$(mktemp -d)
status=0

step() { printf '\n== %s\n' "$1"; }

bash scripts/ensure-chromium.sh || exit 1

step 'messages compile (npm run i18n) and svelte-check (types)'
npm run --silent check || status=1 # check compiles messages/*.json into src/lib/paraglide first

step 'eslint'
npx eslint . || status=1

step 'unit, property and corpus tests'
npx vitest run --project unit --reporter=default --reporter=json \
	--outputFile.json="$results_dir/unit.json" || status=1

step 'production build'
if npm run --silent build > "$results_dir/build.log" 2>&1; then
	step 'browser tests (built server in Chromium)'
	npx vitest run --project e2e --reporter=default --reporter=json \
		--outputFile.json="$results_dir/e2e.json" || status=1
else
	cat "$results_dir/build.log"
	echo 'Build failed: browser tests not run.'
	status=1
fi

node scripts/sum-results.mjs "$results_dir"/*.json || status=1
rm -rf "$results_dir"
exit $status
