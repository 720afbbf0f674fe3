#!/usr/bin/env bash
# npm run smoke:oldest: the console against the oldest Elasticsearch with the API-key model that Maven Central
# serves (8.10.0, override with SMOKE_ES_VERSION) on both clusters: sign in, readiness, a key on the remote,
# keystore and the restart 8.10 needs, register, list, a real cross-cluster search, the version rules on fields
# (tests/pairs). Its own sandbox folder and ports; stops its clusters at the end. Not part of npm test (CI runs
# 9.5.4, 8.19.7 and the mixed pairs); about 3 minutes with the distribution cached.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib/setup.sh
export SANDBOX_ES_VERSION="${SMOKE_ES_VERSION:-8.10.0}" SANDBOX_WITH_LEGACY=0
unset SANDBOX_LOCAL_ES_VERSION SANDBOX_REMOTE_ES_VERSION SANDBOX_LEGACY_ES_VERSION
export SANDBOX_DIR="${SMOKE_SANDBOX_DIR:-/var/tmp/rcc-sandbox-smoke}/$SANDBOX_ES_VERSION"
export SANDBOX_LOCAL_HTTP_PORT=19230 SANDBOX_LOCAL_TRANSPORT_PORT=19330 SANDBOX_REMOTE_HTTP_PORT=19231
export SANDBOX_REMOTE_TRANSPORT_PORT=19331 SANDBOX_REMOTE_SERVER_PORT=19453 NEXT_TELEMETRY_DISABLED=1
ensure_node_modules || exit 1
ensure_build || exit 1
trap 'bash scripts/sandbox.sh down local remote' EXIT
bash scripts/sandbox.sh up || exit 1
RCC_TEST_PORT="${SMOKE_CONSOLE_PORT:-3150}" npx vitest run --config vitest.pairs.config.mts
