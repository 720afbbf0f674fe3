#!/usr/bin/env bash
# Real Elasticsearch clusters for the console, its demo and its tests (no Docker, no mock server).
# Usage: npm run sandbox -- <command>
#   up [--with-legacy]     download if needed, start "local" then "remote" (then "legacy"), seed the remote;
#                          a running cluster whose elasticsearch.yml changed since it started is restarted
#   down [cluster ...]     stop only the nodes this sandbox started (by pid file): all, or the ones named
#   status                 each cluster's URL, version, licence and health (legacy when present)
#   reset [--with-legacy]  down, delete the clusters' data, up
#   credentials <alias> [--no-reload]
#                          put the encoded cross-cluster API key read from stdin into the local keystore
#                          as cluster.remote.<alias>.credentials, then reload secure settings (unless --no-reload)
#   remove-credentials <alias>
#   connect [alias]        the whole API-key flow for the demo (key on remote, keystore, register on local)
#   legacy-connect         (re)create what is missing of the certificate-model connection local -> legacy
#                          (remote "legacy", roles legacy-reader, user legacy-user, index legacy-logs); up does it
#   running                the names of the clusters that are running, one a line
#   console-config         write the console's cluster registry for this sandbox and print its path
# --with-legacy (or SANDBOX_WITH_LEGACY=1) adds "legacy", a third cluster connected to local in the deprecated
# certificate model (transport port, no credentials, role names) that also serves the API-key model, for
# migrations. Transport TLS with the sandbox CA is on for every cluster either way.
# Settings (ports, folders, version, password) come from the environment: see scripts/sandbox/common.sh.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/sandbox/common.sh"
source "$here/sandbox/install.sh"
source "$here/sandbox/cluster.sh"
source "$here/sandbox/data.sh"

cmd_up() {
  local -a clusters=("${SANDBOX_CLUSTERS[@]}")
  if legacy_enabled; then
    [ "$SANDBOX_WITH_LEGACY" = 1 ] || say "legacy is running (from an earlier up --with-legacy): kept in the sandbox"
    SANDBOX_WITH_LEGACY=1
    clusters+=(legacy)
  fi
  local version
  for version in $(sandbox_versions "${clusters[@]}"); do
    ensure_distribution "$version"
    ensure_security_analysis_plugin "$version"
  done
  ensure_es_user
  ensure_certificates
  # One node at a time: two JVMs starting together on two cores double each start time.
  local cluster
  for cluster in "${clusters[@]}"; do start_cluster "$cluster"; done
  seed_remote
  if [ "$SANDBOX_WITH_LEGACY" = 1 ]; then ensure_legacy_connection; else warn_about_stopped_legacy; fi
  write_console_config >/dev/null
}

cmd_down() {
  local cluster
  local -a clusters=("$@")
  [ ${#clusters[@]} -gt 0 ] || clusters=("${SANDBOX_ALL_CLUSTERS[@]}")
  for cluster in "${clusters[@]}"; do http_port "$cluster" >/dev/null; stop_cluster "$cluster"; done
}

cmd_running() {
  local cluster
  for cluster in "${SANDBOX_ALL_CLUSTERS[@]}"; do is_running "$cluster" && echo "$cluster"; done
  return 0
}

cmd_status() {
  local cluster any_down=0
  local -a clusters=("${SANDBOX_CLUSTERS[@]}")
  # legacy is shown when it is part of this sandbox (running, asked for, or has a folder); only when asked
  # for (SANDBOX_WITH_LEGACY=1) does a stopped legacy make the status fail.
  if legacy_enabled || [ -d "$(cluster_dir legacy)" ]; then clusters+=(legacy); fi
  for cluster in "${clusters[@]}"; do
    if ! is_running "$cluster"; then
      printf '%-7s %-24s stopped\n' "$cluster" "$(cluster_url "$cluster")"
      if [ "$cluster" != legacy ] || [ "$SANDBOX_WITH_LEGACY" = 1 ]; then any_down=1; fi
      continue
    fi
    local root license health
    # Not GET /: the test distribution lacks the rest-root module that serves it.
    root=$(es_curl "$cluster" '/_nodes/_local?filter_path=nodes.*.version' || true)
    license=$(es_curl "$cluster" /_license || true)
    health=$(es_curl "$cluster" /_cluster/health || true)
    node -e '
      const [name, url, root, license, health] = process.argv.slice(1);
      const parse = (s) => { try { return JSON.parse(s); } catch { return {}; } };
      const r = parse(root), l = parse(license).license ?? {}, h = parse(health);
      console.log([name.padEnd(7), url.padEnd(24), "version " + (Object.values(r.nodes ?? {})[0]?.version ?? "?"),
        "licence " + (l.type ?? "?") + " (" + (l.status ?? "?") + ")", "health " + (h.status ?? "?")].join(" "));
    ' "$cluster" "$(cluster_url "$cluster")" "$root" "$license" "$health"
  done
  printf 'sign in as elastic / %s   (data in %s)\n' "$SANDBOX_PASSWORD" "$SANDBOX_DIR"
  if is_running legacy; then
    printf 'certificate model: local -> legacy as "%s"; search as %s / %s\n' "$LEGACY_ALIAS" "$LEGACY_USER" "$LEGACY_PASSWORD"
  fi
  return $any_down
}

cmd_reset() {
  cmd_down
  local cluster
  for cluster in "${SANDBOX_ALL_CLUSTERS[@]}"; do rm -rf "$(cluster_dir "$cluster")"; done
  cmd_up
}

# --with-legacy is accepted after any of up, reset, status and console-config.
with_legacy_flag() {
  local arg
  for arg in "$@"; do
    case "$arg" in
      --with-legacy) SANDBOX_WITH_LEGACY=1 ;;
      *) fail "unknown option '$arg' (only --with-legacy)" ;;
    esac
  done
}

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

case "${1:-}" in
  up) with_legacy_flag "${@:2}"; cmd_up ;;
  down) cmd_down "${@:2}" ;;
  status) with_legacy_flag "${@:2}"; cmd_status ;;
  reset) with_legacy_flag "${@:2}"; cmd_reset ;;
  credentials) [ -n "${2:-}" ] || fail "usage: sandbox credentials <alias> < encoded-key"; add_credentials "$2" "${3:-reload}" ;;
  remove-credentials) [ -n "${2:-}" ] || fail "usage: sandbox remove-credentials <alias>"; remove_credentials "$2" ;;
  connect) connect_demo "${2:-sandbox-remote}" ;;
  legacy-connect)
    is_running legacy || fail "legacy is not running; start it with: npm run sandbox -- up --with-legacy"
    ensure_legacy_connection ;;
  running) cmd_running ;;
  console-config) with_legacy_flag "${@:2}"; write_console_config ;;
  *) usage; exit 2 ;;
esac
