#!/usr/bin/env bash
# npm test: every check from a clean clone, against real Elasticsearch and a real browser.
# Stages: install, lint + typecheck, unit, build, sandbox up, integration, e2e, sandbox down; then a summary.
# The tests get their own sandbox (folder and ports below), so a running demo sandbox is left alone.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib/setup.sh

export SANDBOX_DIR="${TEST_SANDBOX_DIR:-/var/tmp/rcc-sandbox-test}"
export SANDBOX_LOCAL_HTTP_PORT="${TEST_SANDBOX_LOCAL_HTTP_PORT:-19200}"
export SANDBOX_LOCAL_TRANSPORT_PORT="${TEST_SANDBOX_LOCAL_TRANSPORT_PORT:-19300}"
export SANDBOX_REMOTE_HTTP_PORT="${TEST_SANDBOX_REMOTE_HTTP_PORT:-19201}"
export SANDBOX_REMOTE_TRANSPORT_PORT="${TEST_SANDBOX_REMOTE_TRANSPORT_PORT:-19301}"
export SANDBOX_REMOTE_SERVER_PORT="${TEST_SANDBOX_REMOTE_SERVER_PORT:-19443}"
# The third cluster, connected to local in the certificate model (issue 7's migration tests need it).
export SANDBOX_WITH_LEGACY=1
export SANDBOX_LEGACY_HTTP_PORT="${TEST_SANDBOX_LEGACY_HTTP_PORT:-19202}"
export SANDBOX_LEGACY_TRANSPORT_PORT="${TEST_SANDBOX_LEGACY_TRANSPORT_PORT:-19302}"
export SANDBOX_LEGACY_SERVER_PORT="${TEST_SANDBOX_LEGACY_SERVER_PORT:-19444}"
export NEXT_TELEMETRY_DISABLED=1

started=$SECONDS
mkdir -p .reports && rm -f .reports/*.json
declare -a summary=()
passed=0 failed=0

record_stage() { # name, exit code: for stages that are one check, not a set of tests
  if [ "$2" = 0 ]; then summary+=("$1: ok"); else summary+=("$1: FAILED"); failed=$((failed + 1)); fi
}

record_tests() { # name, exit code, json report, node expression for [passed, failed]
  local counts
  counts=$(node -e "const r=require('./$3'); const [p,f]=$4; console.log(p+' '+f)" 2>/dev/null || echo "0 1")
  local p=${counts% *} f=${counts#* }
  [ "$2" != 0 ] && [ "$f" = 0 ] && f=1 # a runner that crashed still failed
  passed=$((passed + p)); failed=$((failed + f))
  summary+=("$1: $p passed, $f failed")
}

VITEST_COUNTS='[r.numPassedTests, r.numFailedTests]'
PLAYWRIGHT_COUNTS='[r.stats.expected, r.stats.unexpected + r.stats.flaky]'

ensure_node_modules; record_stage install $?
if [ "${summary[0]}" = "install: ok" ]; then
  step "lint + typecheck"; npm run --silent check; record_stage "lint + typecheck" $?
  step "unit tests"
  npx vitest run --config vitest.unit.config.mts --reporter=default --reporter=json --outputFile=.reports/unit.json
  record_tests unit $? .reports/unit.json "$VITEST_COUNTS"

  ensure_build; build_rc=$?; record_stage build $build_rc
  step "sandbox up ($SANDBOX_DIR)"
  # At the end, stop only the clusters this run started: a cluster someone else runs is left running (up
  # restarts it when its configuration changed, and it stays up).
  running_before=$(bash scripts/sandbox.sh running 2>/dev/null || true)
  bash scripts/sandbox.sh up; sandbox_rc=$?; record_stage "sandbox up" $sandbox_rc
  we_started=()
  for cluster in local remote legacy; do grep -qx "$cluster" <<<"$running_before" || we_started+=("$cluster"); done
  if [ ${#we_started[@]} -gt 0 ]; then trap 'step "sandbox down"; bash scripts/sandbox.sh down "${we_started[@]}"' EXIT; fi

  if [ $build_rc = 0 ] && [ $sandbox_rc = 0 ]; then
    step "integration tests (real clusters)"
    npx vitest run --config vitest.integration.config.mts --reporter=default --reporter=json --outputFile=.reports/integration.json
    record_tests integration $? .reports/integration.json "$VITEST_COUNTS"

    if ensure_chromium; then
      step "end-to-end tests (Chromium, real clusters)"
      npx playwright test
      record_tests e2e $? .reports/e2e.json "$PLAYWRIGHT_COUNTS"
    else
      record_stage "e2e (no browser)" 1
    fi
  else
    summary+=("integration and e2e: not run (build or sandbox failed)"); failed=$((failed + 1))
  fi
fi

step "summary ($((SECONDS - started)) s)"
printf '  %s\n' "${summary[@]}"
echo "Total: $passed passed, $failed failed"
[ "$failed" = 0 ]
