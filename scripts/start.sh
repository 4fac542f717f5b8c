#!/usr/bin/env bash
# `npm start`: the production build's standalone server, as the Dockerfile runs it.
# Without configuration it runs the embedded demo (GUILD_DEMO_MODE=true): set
# GUILD_DEMO_MODE=false and AUTH_SECRET for anything real.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f .next/standalone/server.js ]; then
  echo "No production build yet: run \`npm run build\` first." >&2
  exit 1
fi
export GUILD_DEMO_MODE="${GUILD_DEMO_MODE:-true}"
export DATABASE_URL="${DATABASE_URL:-file:$PWD/data/guild.db}"
export MIGRATIONS_DIR="${MIGRATIONS_DIR:-$PWD/drizzle}"
exec node .next/standalone/server.js
