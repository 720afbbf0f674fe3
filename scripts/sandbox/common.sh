# Shared settings and helpers of the Elasticsearch sandbox. Sourced, never run.
# Every value can be overridden from the environment, so a second sandbox (the test run's) never
# collides with the first (the demo's) or with another service on this machine.

: "${SANDBOX_ES_VERSION:=9.5.4}"                       # newest 9.x on Maven Central; 8.19.7 runs in CI too
# One version per cluster, so a mixed pair can run (local 9.5.4 with remote 8.19.7, or the other way).
: "${SANDBOX_LOCAL_ES_VERSION:=$SANDBOX_ES_VERSION}"
: "${SANDBOX_REMOTE_ES_VERSION:=$SANDBOX_ES_VERSION}"
: "${SANDBOX_LEGACY_ES_VERSION:=$SANDBOX_ES_VERSION}"
: "${SANDBOX_CACHE:=/var/tmp/rcc-sandbox-cache}"        # downloaded and unpacked distributions, shared
: "${SANDBOX_DIR:=/var/tmp/rcc-sandbox}"                # this sandbox's certificates and cluster folders
: "${SANDBOX_PASSWORD:=sandbox-elastic}"                # the elastic superuser's password on every cluster
: "${SANDBOX_USER:=rcc-es}"                             # Elasticsearch refuses root: nodes run as this user
: "${SANDBOX_HEAP:=512m}"
: "${SANDBOX_START_TIMEOUT:=180}"                       # seconds per node start
: "${SANDBOX_LOCAL_HTTP_PORT:=9200}"
: "${SANDBOX_LOCAL_TRANSPORT_PORT:=9300}"
: "${SANDBOX_REMOTE_HTTP_PORT:=9201}"
: "${SANDBOX_REMOTE_TRANSPORT_PORT:=9301}"
: "${SANDBOX_REMOTE_SERVER_PORT:=9443}"
: "${SANDBOX_NODE_REMOTE_ALIAS:=node-defined}"          # a remote the local cluster defines in elasticsearch.yml
# The optional third cluster, "legacy", connected to local in the deprecated certificate model (up --with-legacy).
: "${SANDBOX_WITH_LEGACY:=0}"                          # 1: same as --with-legacy
: "${SANDBOX_LEGACY_HTTP_PORT:=9202}"
: "${SANDBOX_LEGACY_TRANSPORT_PORT:=9302}"
: "${SANDBOX_LEGACY_SERVER_PORT:=9444}"                # its remote cluster server, for a migration to API keys

CERTS_DIR="$SANDBOX_DIR/certs"
SANDBOX_CLUSTERS=(local remote)                        # always started by up
SANDBOX_ALL_CLUSTERS=(local remote legacy)             # legacy only with --with-legacy / SANDBOX_WITH_LEGACY=1
# The certificate model's names: the remote alias on local, and the role both clusters define (the remote
# authorises by role NAME). Fixed, like tests/support/sandbox.ts's LEGACY_* constants.
LEGACY_ALIAS=legacy
LEGACY_ROLE=legacy-reader
LEGACY_USER=legacy-user
LEGACY_PASSWORD=legacy-password
LEGACY_INDEX=legacy-logs

say() { printf '[sandbox] %s\n' "$*"; }
fail() { printf '[sandbox] ERROR: %s\n' "$*" >&2; exit 1; }

es_version() {
  case "$1" in
    local) echo "$SANDBOX_LOCAL_ES_VERSION" ;;
    remote) echo "$SANDBOX_REMOTE_ES_VERSION" ;;
    legacy) echo "$SANDBOX_LEGACY_ES_VERSION" ;;
    *) fail "unknown cluster '$1'" ;;
  esac
}
# The unpacked distribution of one version (es_home_of_version) or of one cluster's version (es_home).
es_home_of_version() { printf '%s/elasticsearch-%s' "$SANDBOX_CACHE" "$1"; }
es_home() { es_home_of_version "$(es_version "$1")"; }
# The versions the clusters of this sandbox run, each once.
sandbox_versions() { printf '%s\n' "$@" | while read -r c; do es_version "$c"; done | sort -u; }

cluster_dir() { printf '%s/clusters/%s' "$SANDBOX_DIR" "$1"; }
pid_file() { printf '%s/es.pid' "$(cluster_dir "$1")"; }
log_file() { printf '%s/logs/%s.log' "$(cluster_dir "$1")" "$1"; }

http_port() {
  case "$1" in
    local) echo "$SANDBOX_LOCAL_HTTP_PORT" ;;
    remote) echo "$SANDBOX_REMOTE_HTTP_PORT" ;;
    legacy) echo "$SANDBOX_LEGACY_HTTP_PORT" ;;
    *) fail "unknown cluster '$1'" ;;
  esac
}

transport_port() {
  case "$1" in
    local) echo "$SANDBOX_LOCAL_TRANSPORT_PORT" ;;
    remote) echo "$SANDBOX_REMOTE_TRANSPORT_PORT" ;;
    legacy) echo "$SANDBOX_LEGACY_TRANSPORT_PORT" ;;
    *) fail "unknown cluster '$1'" ;;
  esac
}

# The remote cluster serves HTTPS (signed by the sandbox CA) so the console's CA-file configuration is
# exercised for real; the local and legacy clusters serve plain HTTP, the common case behind a proxy.
http_scheme() { [ "$1" = remote ] && echo https || echo http; }
cluster_url() { printf '%s://127.0.0.1:%s' "$(http_scheme "$1")" "$(http_port "$1")"; }

# curl as the elastic superuser; the sandbox's own administration, never the console's.
es_curl() {
  local cluster="$1"; shift
  local path="$1"; shift
  curl -sS --max-time 30 --cacert "$CERTS_DIR/ca.crt" -u "elastic:$SANDBOX_PASSWORD" \
    -H 'Content-Type: application/json' "$@" "$(cluster_url "$cluster")$path"
}

is_running() {
  local pidf; pidf=$(pid_file "$1")
  [ -s "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null
}

# The argv prefix that runs a command as the unprivileged Elasticsearch user (nothing when we are not root).
es_user_prefix() {
  [ "$(id -u)" = 0 ] && printf '%s\n' runuser -u "$SANDBOX_USER" --
  return 0
}

# ES 9 needs Java 21+; ES 8 needs 17 to 21 (it relies on the Security Manager, which Java 24 removed).
# No JDK is bundled in the test distribution, and JAVA_HOME is ignored.
pick_java_home() { # version
  local version="$1"
  if [ -n "${SANDBOX_JAVA_HOME:-}" ]; then echo "$SANDBOX_JAVA_HOME"; return; fi
  local need=17 most=21 best="" best_v=0 v dir
  [ "${version%%.*}" -ge 9 ] && { need=21; most=999; }
  for dir in /usr/lib/jvm/*/; do
    [ -x "$dir/bin/java" ] && [ -f "$dir/release" ] || continue
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$dir/release")
    [ -n "$v" ] && [ "$v" -ge "$need" ] && [ "$v" -le "$most" ] && [ "$v" -gt "$best_v" ] && { best="${dir%/}"; best_v=$v; }
  done
  [ -n "$best" ] || fail "no JDK $need-$most under /usr/lib/jvm for Elasticsearch $version; set SANDBOX_JAVA_HOME"
  echo "$best"
}

es_env() {
  local cluster="$1" dir; dir=$(cluster_dir "$cluster")
  printf '%s\n' env "ES_JAVA_HOME=$(pick_java_home "$(es_version "$cluster")")" "ES_PATH_CONF=$dir/config" "ES_TMPDIR=$dir/tmp" \
    "ES_JAVA_OPTS=-Xms$SANDBOX_HEAP -Xmx$SANDBOX_HEAP"
}

keystore() {
  local cluster="$1"; shift
  local -a cmd; mapfile -t cmd < <(es_user_prefix; es_env "$cluster")
  "${cmd[@]}" "$(es_home "$cluster")/bin/elasticsearch-keystore" "$@"
}
