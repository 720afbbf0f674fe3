#!/usr/bin/env bash
# npm test: every check from a clean clone, against real Elasticsearch and a real browser.
# Stages: install, lint + typecheck, unit, build (once); then per Elasticsearch line (9.5.4 and 8.19.7): its
# own sandbox of three clusters, the integration and e2e suites, its clusters stopped; then the mixed-version
# pairs (local 9.5.4 with remote 8.19.7, and the other way), each a sandbox of two clusters, tests/pairs and the
# browser's readiness check (e2e/version-readiness.spec.ts);
# then a summary with each tier's count and time.
# The tests get their own sandboxes (folders and ports below), so a running demo sandbox is left alone.
# RCC_TEST_ES_LINES (default "9.5.4 8.19.7") and RCC_TEST_MIXED_PAIRS (default "9.5.4:8.19.7 8.19.7:9.5.4",
# local:remote; "" for none) choose what runs.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib/setup.sh

TEST_ROOT="${TEST_SANDBOX_DIR:-/var/tmp/rcc-sandbox-test}"
read -r -a ES_LINES <<<"${RCC_TEST_ES_LINES:-9.5.4 8.19.7}"
read -r -a MIXED_PAIRS <<<"${RCC_TEST_MIXED_PAIRS-9.5.4:8.19.7 8.19.7:9.5.4}"
# One set of ports: the lines and pairs run one after another, each stopping its clusters when done.
export SANDBOX_LOCAL_HTTP_PORT="${TEST_SANDBOX_LOCAL_HTTP_PORT:-19200}"
export SANDBOX_LOCAL_TRANSPORT_PORT="${TEST_SANDBOX_LOCAL_TRANSPORT_PORT:-19300}"
export SANDBOX_REMOTE_HTTP_PORT="${TEST_SANDBOX_REMOTE_HTTP_PORT:-19201}"
export SANDBOX_REMOTE_TRANSPORT_PORT="${TEST_SANDBOX_REMOTE_TRANSPORT_PORT:-19301}"
export SANDBOX_REMOTE_SERVER_PORT="${TEST_SANDBOX_REMOTE_SERVER_PORT:-19443}"
export SANDBOX_LEGACY_HTTP_PORT="${TEST_SANDBOX_LEGACY_HTTP_PORT:-19202}"
export SANDBOX_LEGACY_TRANSPORT_PORT="${TEST_SANDBOX_LEGACY_TRANSPORT_PORT:-19302}"
export SANDBOX_LEGACY_SERVER_PORT="${TEST_SANDBOX_LEGACY_SERVER_PORT:-19444}"
export NEXT_TELEMETRY_DISABLED=1

started=$SECONDS
mkdir -p .reports && rm -f .reports/*.json
declare -a summary=()
passed=0 failed=0

record_stage() { # name, exit code, seconds: for stages that are one check, not a set of tests
  if [ "$2" = 0 ]; then summary+=("$1: ok ($3 s)"); else summary+=("$1: FAILED ($3 s)"); failed=$((failed + 1)); fi
}

record_tests() { # name, exit code, json report, node expression for [passed, failed], seconds
  local counts
  counts=$(node -e "const r=require('./$3'); const [p,f]=$4; console.log(p+' '+f)" 2>/dev/null || echo "0 1")
  local p=${counts% *} f=${counts#* }
  [ "$2" != 0 ] && [ "$f" = 0 ] && f=1 # a runner that crashed still failed
  passed=$((passed + p)); failed=$((failed + f))
  summary+=("$1: $p passed, $f failed ($5 s)")
}

VITEST_COUNTS='[r.numPassedTests, r.numFailedTests]'
PLAYWRIGHT_COUNTS='[r.stats.expected, r.stats.unexpected + r.stats.flaky]'

# Starts the sandbox in $SANDBOX_DIR; on success sets we_started to the clusters this run started (a cluster
# someone else runs there is left running at the end: up restarts it when its configuration changed).
sandbox_up() { # label
  local running_before t=$SECONDS rc
  step "sandbox up: $1 ($SANDBOX_DIR)"
  running_before=$(bash scripts/sandbox.sh running 2>/dev/null || true)
  bash scripts/sandbox.sh up; rc=$?
  record_stage "sandbox up ($1)" $rc $((SECONDS - t))
  we_started=()
  local cluster
  for cluster in local remote legacy; do grep -qx "$cluster" <<<"$running_before" || we_started+=("$cluster"); done
  return $rc
}

sandbox_down() {
  [ ${#we_started[@]} -gt 0 ] || return 0
  step "sandbox down ($SANDBOX_DIR)"
  bash scripts/sandbox.sh down "${we_started[@]}"
  we_started=()
}
we_started=()
trap 'sandbox_down' EXIT

# The integration and e2e suites against three clusters of one Elasticsearch line.
run_line() { # version
  local version="$1" t
  export SANDBOX_DIR="$TEST_ROOT/$version" SANDBOX_WITH_LEGACY=1
  export SANDBOX_LOCAL_ES_VERSION="$version" SANDBOX_REMOTE_ES_VERSION="$version" SANDBOX_LEGACY_ES_VERSION="$version"
  if ! sandbox_up "$version"; then
    summary+=("integration and e2e ($version): not run (sandbox failed)"); failed=$((failed + 1)); sandbox_down; return
  fi
  step "integration tests, Elasticsearch $version (real clusters)"
  t=$SECONDS
  npx vitest run --config vitest.integration.config.mts --reporter=default --reporter=json --outputFile=".reports/integration-$version.json"
  record_tests "integration ($version)" $? ".reports/integration-$version.json" "$VITEST_COUNTS" $((SECONDS - t))
  if [ "$chromium_ok" = 1 ]; then
    step "end-to-end tests, Elasticsearch $version (Chromium, real clusters)"
    t=$SECONDS
    RCC_E2E_REPORT=".reports/e2e-$version.json" npx playwright test
    record_tests "e2e ($version)" $? ".reports/e2e-$version.json" "$PLAYWRIGHT_COUNTS" $((SECONDS - t))
  else
    record_stage "e2e ($version): no browser" 1 0
  fi
  sandbox_down
}

# The mixed-version test against a local and a remote cluster of different lines.
run_pair() { # local:remote
  local local_version="${1%%:*}" remote_version="${1#*:}" label t
  label="local $local_version, remote $remote_version"
  export SANDBOX_DIR="$TEST_ROOT/mixed-$local_version-$remote_version" SANDBOX_WITH_LEGACY=0
  export SANDBOX_LOCAL_ES_VERSION="$local_version" SANDBOX_REMOTE_ES_VERSION="$remote_version" SANDBOX_LEGACY_ES_VERSION="$local_version"
  if ! sandbox_up "$label"; then
    summary+=("mixed ($label): not run (sandbox failed)"); failed=$((failed + 1)); sandbox_down; return
  fi
  step "mixed-version test: $label"
  t=$SECONDS
  local report=".reports/mixed-$local_version-$remote_version.json"
  npx vitest run --config vitest.pairs.config.mts --reporter=default --reporter=json --outputFile="$report"
  record_tests "mixed ($label)" $? "$report" "$VITEST_COUNTS" $((SECONDS - t))
  if [ "$chromium_ok" = 1 ]; then
    step "mixed-version readiness in the browser: $label"
    t=$SECONDS
    report=".reports/e2e-mixed-$local_version-$remote_version.json"
    RCC_E2E_REPORT="$report" npx playwright test e2e/version-readiness.spec.ts
    record_tests "mixed e2e ($label)" $? "$report" "$PLAYWRIGHT_COUNTS" $((SECONDS - t))
  fi
  sandbox_down
}

t=$SECONDS; ensure_node_modules; record_stage install $? $((SECONDS - t))
if [ "${summary[0]%% (*}" = "install: ok" ]; then
  step "lint + typecheck"; t=$SECONDS; npm run --silent check; record_stage "lint + typecheck" $? $((SECONDS - t))
  step "unit tests"
  t=$SECONDS
  npx vitest run --config vitest.unit.config.mts --reporter=default --reporter=json --outputFile=.reports/unit.json
  record_tests unit $? .reports/unit.json "$VITEST_COUNTS" $((SECONDS - t))

  t=$SECONDS; ensure_build; build_rc=$?; record_stage build $build_rc $((SECONDS - t))
  chromium_ok=0; ensure_chromium && chromium_ok=1
  if [ $build_rc = 0 ]; then
    for version in "${ES_LINES[@]}"; do run_line "$version"; done
    for pair in "${MIXED_PAIRS[@]}"; do run_pair "$pair"; done
  else
    summary+=("integration, e2e and mixed: not run (build failed)"); failed=$((failed + 1))
  fi
fi

step "summary ($((SECONDS - started)) s)"
printf '  %s\n' "${summary[@]}"
echo "Total: $passed passed, $failed failed"
[ "$failed" = 0 ]
