#!/usr/bin/env bash
# `npm test`: every check CI runs, in order, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

step "lint";        npx eslint . --max-warnings 0
step "format";      npx prettier --check . --log-level warn
step "typecheck";   npx tsc --noEmit
step "unit + integration (vitest)"; npx vitest run
step "build";       npm run build --silent
step "end to end (Playwright, Chromium)"; npx playwright test
