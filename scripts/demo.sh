#!/usr/bin/env bash
# npm run demo: the console against a local sandbox of real clusters, from a clean clone.
# Installs, starts the sandbox (local + remote, connected with the API-key model as "sandbox-remote", and
# legacy, connected in the certificate model as "legacy"), builds, starts the console and prints where to
# sign in. Ctrl-C stops the console; the sandbox keeps running until `npm run sandbox -- down`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib/setup.sh
export NEXT_TELEMETRY_DISABLED=1
PORT="${PORT:-3000}"

ensure_node_modules
step "sandbox up"
bash scripts/sandbox.sh up --with-legacy
source scripts/sandbox/common.sh
if ! es_curl local /_remote/info | grep -q '"sandbox-remote"'; then
  bash scripts/sandbox.sh connect sandbox-remote
fi
ensure_build

# The session secret stays with the sandbox, so sessions survive a restart of the demo.
secret_file="$SANDBOX_DIR/console-session-secret"
[ -s "$secret_file" ] || (umask 077 && openssl rand -base64 32 >"$secret_file")

export RCC_CONFIG_FILE="$SANDBOX_DIR/console.config.json"
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://127.0.0.1:$PORT}"
export NEXTAUTH_SECRET; NEXTAUTH_SECRET=$(cat "$secret_file")

step "the console"
bash scripts/sandbox.sh status || true
cat <<INFO

  Console:  $NEXTAUTH_URL
  Sign in:  elastic / $SANDBOX_PASSWORD   (cluster "Local (sandbox)"; the remote and legacy can be chosen too)
  Legacy:   remote "legacy" uses the certificate model; $LEGACY_USER / $LEGACY_PASSWORD searches legacy:$LEGACY_INDEX
  Stop:     Ctrl-C (console), then: npm run sandbox -- down

INFO
exec npx next start -H 127.0.0.1 -p "$PORT"
