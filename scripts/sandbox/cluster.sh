# Configuring, starting and stopping one single-node cluster. Sourced after common.sh.

# The elasticsearch.yml a cluster gets from this script now, on standard output. Deterministic, so that it can
# be compared with the one a running node was started with (see start_cluster).
render_cluster_config() {
  local cluster="$1" dir; dir=$(cluster_dir "$cluster")
  cat <<EOF
# Written by scripts/sandbox at every start; edit scripts/sandbox/cluster.sh instead.
# Node certificate (sha256): $(node_certificate_fingerprint)
# Elasticsearch $(es_version "$cluster")
cluster.name: $cluster
node.name: $cluster-0
path.data: $dir/data
path.logs: $dir/logs
discovery.type: single-node
network.host: 127.0.0.1
http.port: $(http_port "$cluster")
transport.port: $(transport_port "$cluster")
xpack.security.enabled: true
xpack.license.self_generated.type: trial
cluster.routing.allocation.disk.threshold_enabled: false
indices.breaker.total.use_real_memory: false
# Transport TLS with the sandbox CA on every cluster: the certificate model of remote clusters runs on it
# (node-defined, and legacy with --with-legacy). Mutual TLS: a node connecting to another cluster's transport
# port presents node.crt as its client certificate (client_authentication defaults to required), hence
# clientAuth in the certificate. verification_mode certificate checks the chain, not the host name.
xpack.security.transport.ssl.enabled: true
xpack.security.transport.ssl.verification_mode: certificate
xpack.security.transport.ssl.key: certs/node.key
xpack.security.transport.ssl.certificate: certs/node.crt
xpack.security.transport.ssl.certificate_authorities: [ "certs/ca.crt" ]
EOF
  if [ "$(http_scheme "$cluster")" = https ]; then
    cat <<EOF
xpack.security.http.ssl.enabled: true
xpack.security.http.ssl.key: certs/node.key
xpack.security.http.ssl.certificate: certs/node.crt
xpack.security.http.ssl.certificate_authorities: [ "certs/ca.crt" ]
EOF
  else
    echo "xpack.security.http.ssl.enabled: false"
  fi
  case "$cluster" in
    remote|legacy) cat <<EOF
# The remote cluster server (API-key model). On legacy, where an in-place migration moves its remote to.
remote_cluster_server.enabled: true
remote_cluster.host: 127.0.0.1
remote_cluster.port: $(server_port "$cluster")
xpack.security.remote_cluster_server.ssl.enabled: true
xpack.security.remote_cluster_server.ssl.key: certs/node.key
xpack.security.remote_cluster_server.ssl.certificate: certs/node.crt
EOF
    ;;
    local) cat <<EOF
xpack.security.remote_cluster_client.ssl.enabled: true
xpack.security.remote_cluster_client.ssl.certificate_authorities: [ "certs/ca.crt" ]
# A remote defined in elasticsearch.yml (certificate model, on the remote's transport port): the API cannot
# change or delete it, and the console must show it as such and refuse to.
cluster.remote.$SANDBOX_NODE_REMOTE_ALIAS.seeds: [ "127.0.0.1:$(transport_port remote)" ]
cluster.remote.$SANDBOX_NODE_REMOTE_ALIAS.skip_unavailable: true
EOF
    ;;
  esac
}

server_port() {
  case "$1" in
    remote) echo "$SANDBOX_REMOTE_SERVER_PORT" ;;
    legacy) echo "$SANDBOX_LEGACY_SERVER_PORT" ;;
    *) fail "cluster '$1' has no remote cluster server" ;;
  esac
}

write_cluster_config() {
  local cluster="$1" dir version; dir=$(cluster_dir "$cluster"); version=$(es_version "$cluster")
  # A cluster's data, keystore and jvm.options belong to the version that wrote them (8.x cannot read what 9.x
  # wrote): a cluster moved to another version starts afresh, as a new cluster.
  # (A folder from before versions were recorded is taken to be of this version.)
  local was; was=$(cat "$dir/es-version" 2>/dev/null || echo "$version")
  if [ -d "$dir/config" ] && [ "$was" != "$version" ]; then
    say "$cluster ran Elasticsearch $was before; starting it afresh on $version"
    rm -rf "$dir"
  fi
  mkdir -p "$dir"/{config,data,logs,tmp}
  echo "$version" >"$dir/es-version"
  if [ ! -f "$dir/config/jvm.options" ]; then
    cp -r "$(es_home "$cluster")/config/." "$dir/config/"
    # jvm.options names files relative to the working directory; pin them to this node's logs folder.
    sed -i -e "s|-XX:HeapDumpPath=data|-XX:HeapDumpPath=$dir/data|" \
      -e "s|-XX:ErrorFile=\(logs/\)\?hs_err|-XX:ErrorFile=$dir/logs/hs_err|" \
      -e "s|file=\(logs/\)\?gc.log|file=$dir/logs/gc.log|" "$dir/config/jvm.options"
  fi
  mkdir -p "$dir/config/certs"
  cp "$CERTS_DIR/ca.crt" "$CERTS_DIR/node.crt" "$CERTS_DIR/node.key" "$dir/config/certs/"
  render_cluster_config "$cluster" >"$dir/config/elasticsearch.yml"
  [ "$(id -u)" = 0 ] && chown -R "$SANDBOX_USER:" "$dir"
  if [ ! -f "$dir/config/elasticsearch.keystore" ]; then
    keystore "$cluster" create >/dev/null || fail "keystore creation failed for $cluster"
    printf %s "$SANDBOX_PASSWORD" | keystore "$cluster" add -x -f bootstrap.password \
      || fail "could not set the elastic password of $cluster"
  fi
}

# The settings that differ between the elasticsearch.yml a running node was started with ('<') and the one it
# would get now ('>'); empty when they are the same. Comments do not count, except the node certificate's
# fingerprint (a re-issued certificate must reach the node).
config_changes() {
  local current; current="$(cluster_dir "$1")/config/elasticsearch.yml"
  diff <(significant_lines 2>/dev/null <"$current") <(render_cluster_config "$1" | significant_lines) \
    | grep '^[<>]' || true
}
significant_lines() { awk '/^# Node certificate/ || /^# Elasticsearch / || (!/^#/ && !/^[[:space:]]*$/)'; }

# Starts a stopped cluster. A running one is left alone when it runs with the configuration this script writes
# now, and restarted otherwise (a sandbox reused from before a change such as transport TLS).
start_cluster() {
  local cluster="$1" dir; dir=$(cluster_dir "$cluster")
  if is_running "$cluster"; then
    local changes; changes=$(config_changes "$cluster")
    if [ -z "$changes" ]; then
      say "$cluster is already running (pid $(cat "$(pid_file "$cluster")")) with the current configuration"
      return
    fi
    say "$cluster runs with an older elasticsearch.yml; restarting it to apply the change ('<' old, '>' new):"
    printf '%s\n' "$changes" | sed 's/^/[sandbox]     /'
    stop_cluster "$cluster"
  fi
  write_cluster_config "$cluster"
  say "starting $cluster ($(es_version "$cluster")) on $(cluster_url "$cluster") (can take a minute or two)"
  local started=$SECONDS startup_log="$dir/logs/startup.log"
  local -a cmd; mapfile -t cmd < <(es_user_prefix; es_env "$cluster")
  # -d returns once the node is ready or has failed; timeout guards against a hang.
  if ! timeout "$SANDBOX_START_TIMEOUT" "${cmd[@]}" "$(es_home "$cluster")/bin/elasticsearch" -d -p "$(pid_file "$cluster")" \
      >"$startup_log" 2>&1 </dev/null; then
    fail "$cluster did not start within $SANDBOX_START_TIMEOUT s; see $(log_file "$cluster") and $startup_log"
  fi
  wait_for_trial "$cluster"
  say "$cluster is up after $((SECONDS - started)) s"
}

# Early requests can meet licence or security-index errors; the trial is what the API-key model needs.
wait_for_trial() {
  local cluster="$1" deadline=$((SECONDS + 60)) body
  while [ $SECONDS -lt $deadline ]; do
    body=$(es_curl "$cluster" /_license 2>/dev/null || true)
    if printf %s "$body" | grep -q '"type" *: *"trial"' && printf %s "$body" | grep -q '"status" *: *"active"'; then
      return
    fi
    sleep 1
  done
  fail "$cluster started but its trial licence is not active after 60 s; see $(log_file "$cluster")"
}

stop_cluster() {
  local cluster="$1" pidf pid; pidf=$(pid_file "$cluster")
  if ! is_running "$cluster"; then rm -f "$pidf"; return; fi
  pid=$(cat "$pidf")
  say "stopping $cluster (pid $pid)"
  kill "$pid"
  local deadline=$((SECONDS + 60))
  while kill -0 "$pid" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then kill -9 "$pid" 2>/dev/null; break; fi
    sleep 1
  done
  rm -f "$pidf"
}
