#!/usr/bin/env bash
# Real Elasticsearch clusters for the console, its demo and its tests (no Docker, no mock server).
# Usage: npm run sandbox -- <command>
#   up                     download if needed, start "local" then "remote", seed the remote
#   down                   stop only the nodes this sandbox started (by pid file)
#   status                 each cluster's URL, version, licence and health
#   reset                  down, delete the clusters' data, up
#   credentials <alias> [--no-reload]
#                          put the encoded cross-cluster API key read from stdin into the local keystore
#                          as cluster.remote.<alias>.credentials, then reload secure settings (unless --no-reload)
#   remove-credentials <alias>
#   connect [alias]        the whole API-key flow for the demo (key on remote, keystore, register on local)
#   console-config         write the console's cluster registry for this sandbox and print its path
# Settings (ports, folders, version, password) come from the environment: see scripts/sandbox/common.sh.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/sandbox/common.sh"
source "$here/sandbox/install.sh"
source "$here/sandbox/cluster.sh"
source "$here/sandbox/data.sh"

cmd_up() {
  ensure_distribution
  ensure_security_analysis_plugin
  ensure_es_user
  ensure_certificates
  # One node at a time: two JVMs starting together on two cores double each start time.
  local cluster
  for cluster in "${SANDBOX_CLUSTERS[@]}"; do start_cluster "$cluster"; done
  seed_remote
  write_console_config >/dev/null
}

cmd_down() {
  local cluster
  for cluster in "${SANDBOX_CLUSTERS[@]}"; do stop_cluster "$cluster"; done
}

cmd_status() {
  local cluster any_down=0
  for cluster in "${SANDBOX_CLUSTERS[@]}"; do
    if ! is_running "$cluster"; then
      printf '%-7s %-24s stopped\n' "$cluster" "$(cluster_url "$cluster")"; any_down=1; continue
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
  return $any_down
}

cmd_reset() {
  cmd_down
  local cluster
  for cluster in "${SANDBOX_CLUSTERS[@]}"; do rm -rf "$(cluster_dir "$cluster")"; done
  cmd_up
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  credentials) [ -n "${2:-}" ] || fail "usage: sandbox credentials <alias> < encoded-key"; add_credentials "$2" "${3:-reload}" ;;
  remove-credentials) [ -n "${2:-}" ] || fail "usage: sandbox remove-credentials <alias>"; remove_credentials "$2" ;;
  connect) connect_demo "${2:-sandbox-remote}" ;;
  console-config) write_console_config ;;
  *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
