# Seed data, keystore credentials and the demo connection. Sourced after common.sh.

# A few small indices on the remote so cross-cluster search has something to find. Idempotent.
seed_remote() {
  local index count
  for index in logs-web logs-db metrics-host; do
    if [ "$(es_curl remote "/$index" -o /dev/null -w '%{http_code}')" = 200 ]; then continue; fi
    es_curl remote "/$index" -X PUT -d '{"settings":{"number_of_shards":1,"number_of_replicas":0}}' >/dev/null \
      || fail "could not create $index on remote"
    local bulk="" i
    for i in 1 2 3 4 5; do
      bulk+=$(printf '{"index":{}}\n{"@timestamp":"2026-01-0%sT10:00:00Z","service":"%s","message":"%s event %s"}\n' \
        "$i" "$index" "$index" "$i")$'\n'
    done
    # Bulk takes newline-delimited JSON; Elasticsearch accepts it under es_curl's application/json.
    es_curl remote "/$index/_bulk?refresh=true" -X POST --data-binary "$bulk" | grep -q '"errors":false' \
      || fail "could not seed $index on remote"
  done
  count=$(es_curl remote '/logs-*,metrics-*/_count' | sed -n 's/.*"count":\([0-9]*\).*/\1/p')
  say "remote holds logs-web, logs-db, metrics-host ($count documents)"
}

# The administrator's manual step on the local cluster: the encoded cross-cluster API key goes into the
# keystore as cluster.remote.<alias>.credentials, then the nodes reload their secure settings (unless
# --no-reload: the console's own reload is then what makes it take effect).
# The key is read from standard input so it never appears in a process list or shell history.
add_credentials() {
  local alias="$1" reload="${2:-reload}" encoded
  [[ "$alias" =~ ^[A-Za-z0-9_-]+$ ]] || fail "alias '$alias' may only hold letters, digits, '_' and '-'"
  IFS= read -r encoded || true
  [ -n "$encoded" ] || fail "pipe the encoded cross-cluster API key into standard input"
  printf %s "$encoded" | keystore local add -x -f "cluster.remote.$alias.credentials" \
    || fail "could not write cluster.remote.$alias.credentials into the local keystore"
  if [ "$reload" = --no-reload ]; then
    say "cluster.remote.$alias.credentials is in the local keystore (not reloaded yet)"
  else
    reload_secure_settings
    say "cluster.remote.$alias.credentials is in the local keystore and reloaded"
  fi
}

remove_credentials() {
  local alias="$1"
  keystore local remove "cluster.remote.$alias.credentials" 2>/dev/null || true
  reload_secure_settings
}

reload_secure_settings() {
  local body; body=$(es_curl local /_nodes/reload_secure_settings -X POST)
  printf %s "$body" | grep -q '"failed" *: *0' || fail "reload of secure settings failed: $body"
}

# The whole API-key flow for the demo: key on the remote, keystore on the local, remote registered.
connect_demo() {
  local alias="${1:-sandbox-remote}" body encoded
  body=$(es_curl remote /_security/cross_cluster/api_key -X POST -d "{\"name\":\"console-demo-$alias\",
    \"access\":{\"search\":[{\"names\":[\"logs-*\",\"metrics-*\"]}],\"replication\":[{\"names\":[\"logs-*\"]}]}}")
  encoded=$(printf %s "$body" | sed -n 's/.*"encoded":"\([^"]*\)".*/\1/p')
  [ -n "$encoded" ] || fail "could not create a cross-cluster API key on remote: $body"
  printf '%s\n' "$encoded" | add_credentials "$alias"
  es_curl local /_cluster/settings -X PUT -d "{\"persistent\":{\"cluster.remote.$alias.mode\":\"sniff\",
    \"cluster.remote.$alias.seeds\":[\"127.0.0.1:$SANDBOX_REMOTE_SERVER_PORT\"]}}" >/dev/null \
    || fail "could not register remote $alias on local"
  # _remote/info does not connect by itself; a resolve does.
  es_curl local "/_resolve/cluster/$alias:logs-*" >/dev/null || true
  say "local is connected to remote as '$alias' with the API-key model"
}

# The console's cluster registry for this sandbox (no secrets in it: people sign in themselves).
write_console_config() {
  local file="$SANDBOX_DIR/console.config.json"
  cat >"$file" <<EOF
{
  "clusters": [
    { "id": "local", "displayName": "Local (sandbox)", "url": "$(cluster_url local)" },
    { "id": "remote", "displayName": "Remote (sandbox)", "url": "$(cluster_url remote)", "caFile": "$CERTS_DIR/ca.crt" }
  ],
  "defaultClusterId": "local"
}
EOF
  echo "$file"
}
