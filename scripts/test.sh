#!/usr/bin/env bash
# The full test suite: the unit project and the integration project (which starts the real tools and servers it
# needs through scripts/infra/). Writes a JSON report to .vitest-report.json for .ci/run's summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
[ -f dist/validators/routes.js ] || npm run build
exec npx vitest run --reporter=default --reporter=json --outputFile=.vitest-report.json "$@"
