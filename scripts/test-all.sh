#!/usr/bin/env bash
# `npm test`: every suite, in order of speed. Exits non-zero on the first failing suite.
# Databases: TEST_DATABASE_URL or DATABASE_URL (a local PostgreSQL) when set, else the embedded one.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
results=".data/test-results"
mkdir -p "$results"
rm -f "$results"/*.json

step() { printf '\n==> %s\n' "$*"; }

CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROME_PATH" ]; then
  echo "No Chromium found at $CHROME_PATH; the end-to-end tests need one."
  echo "Install it with: apt-get install -y chromium   (or set CHROME_PATH to a Chromium/Chrome binary)"
  exit 1
fi
export CHROME_PATH

step "Type check"
node_modules/.bin/tsc --noEmit

step "Lint"
node_modules/.bin/eslint . --max-warnings=0

step "Unit tests"
node_modules/.bin/vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/unit.json"

step "Integration tests ($([ -n "${TEST_DATABASE_URL:-${DATABASE_URL:-}}" ] && echo PostgreSQL || echo embedded database))"
node_modules/.bin/vitest run --project integration --reporter=default --reporter=json --outputFile.json="$results/integration.json"

step "Production build"
node_modules/.bin/next build
node scripts/precompress-static.mjs
node scripts/build-server.mjs

step "End-to-end tests (Chromium, phone viewport)"
E2E_DATABASE_URL="$(node_modules/.bin/tsx scripts/prepare-e2e-db.ts)"
export E2E_DATABASE_URL
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" node_modules/.bin/playwright test --reporter=list,json

step "Summary"
node scripts/test-summary.mjs "$results"
