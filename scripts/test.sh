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
read -r -a ES_LINES <<<"${RCC_TEST_ES_LINES-9.5.4 8.19.7}"
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

# One vitest or Playwright run, counted and timed under its name in the summary.
run_vitest() { # name, config, report
  local t=$SECONDS
  npx vitest run --config "$2" --reporter=default --reporter=json --outputFile="$3"
  record_tests "$1" $? "$3" "$VITEST_COUNTS" $((SECONDS - t))
}
run_playwright() { # name, report, [spec ...]
  local name="$1" report="$2" t=$SECONDS; shift 2
  if [ "$chromium_ok" != 1 ]; then record_stage "$name: no browser" 1 0; return; fi
  RCC_E2E_REPORT="$report" npx playwright test "$@"
  record_tests "$name" $? "$report" "$PLAYWRIGHT_COUNTS" $((SECONDS - t))
}

# A sandbox of the given versions in its own folder; false (and the suites counted as failed) when it does not start.
sandbox_for() { # folder, label, local version, remote version, legacy (0/1)
  export SANDBOX_DIR="$TEST_ROOT/$1" SANDBOX_WITH_LEGACY="$5"
  export SANDBOX_LOCAL_ES_VERSION="$3" SANDBOX_REMOTE_ES_VERSION="$4" SANDBOX_LEGACY_ES_VERSION="$3"
  sandbox_up "$2" && return 0
  summary+=("tests of $2: not run (sandbox failed)"); failed=$((failed + 1)); sandbox_down; return 1
}

# The integration and e2e suites against three clusters of one Elasticsearch line.
run_line() { # version
  local version="$1"
  sandbox_for "$version" "$version" "$version" "$version" 1 || return
  step "integration tests, Elasticsearch $version (real clusters)"
  run_vitest "integration ($version)" vitest.integration.config.mts ".reports/integration-$version.json"
  step "end-to-end tests, Elasticsearch $version (Chromium, real clusters)"
  # Tests of what the console alone decides (the walk through every page at two widths, addresses, links, embedding:
  # tagged @console-only) do not depend on Elasticsearch's version: they run on the first line only, the rest on each.
  local only_once=()
  [ "$version" != "${ES_LINES[0]}" ] && only_once=(--grep-invert @console-only)
  run_playwright "e2e ($version)" ".reports/e2e-$version.json" "${only_once[@]}"
  sandbox_down
}

# The pair test and the browser's readiness check against a local and a remote cluster of different lines.
run_pair() { # local:remote
  local local_version="${1%%:*}" remote_version="${1#*:}"
  local label="local $local_version, remote $remote_version" name="mixed-$local_version-$remote_version"
  sandbox_for "$name" "$label" "$local_version" "$remote_version" 0 || return
  step "mixed-version test: $label"
  run_vitest "mixed ($label)" vitest.pairs.config.mts ".reports/$name.json"
  step "mixed-version readiness in the browser: $label"
  run_playwright "mixed e2e ($label)" ".reports/e2e-$name.json" e2e/version-readiness.spec.ts
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
