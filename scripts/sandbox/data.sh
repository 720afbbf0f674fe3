# Seed data, keystore credentials and the demo connection. Sourced after common.sh.

# One small index of 5 documents, created when missing. Returns 0 when it created it, 1 when it was there.
seed_index() {
  local cluster="$1" index="$2" bulk="" i
  if [ "$(es_curl "$cluster" "/$index" -o /dev/null -w '%{http_code}')" = 200 ]; then return 1; fi
  es_curl "$cluster" "/$index" -X PUT -d '{"settings":{"number_of_shards":1,"number_of_replicas":0}}' >/dev/null \
    || fail "could not create $index on $cluster"
  for i in 1 2 3 4 5; do
    bulk+=$(printf '{"index":{}}\n{"@timestamp":"2026-01-0%sT10:00:00Z","service":"%s","message":"%s event %s"}\n' \
      "$i" "$index" "$index" "$i")$'\n'
  done
  # Bulk takes newline-delimited JSON; Elasticsearch accepts it under es_curl's application/json.
  es_curl "$cluster" "/$index/_bulk?refresh=true" -X POST --data-binary "$bulk" | grep -q '"errors":false' \
    || fail "could not seed $index on $cluster"
}

# A few small indices on the remote so cross-cluster search has something to find. Idempotent.
seed_remote() {
  local index count
  for index in logs-web logs-db metrics-host; do seed_index remote "$index" || true; done
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

# The console's cluster registry for this sandbox (no secrets in it: people sign in themselves). The legacy
# cluster is listed only when it is part of this sandbox (up --with-legacy, SANDBOX_WITH_LEGACY=1, or running).
write_console_config() {
  local file="$SANDBOX_DIR/console.config.json" legacy_entry=""
  if legacy_enabled; then
    legacy_entry=$(printf ',\n    { "id": "legacy", "displayName": "Legacy (sandbox)", "url": "%s" }' "$(cluster_url legacy)")
  fi
  cat >"$file" <<EOF
{
  "clusters": [
    { "id": "local", "displayName": "Local (sandbox)", "url": "$(cluster_url local)" },
    { "id": "remote", "displayName": "Remote (sandbox)", "url": "$(cluster_url remote)", "caFile": "$CERTS_DIR/ca.crt" }$legacy_entry
  ],
  "defaultClusterId": "local"
}
EOF
  echo "$file"
}

# The legacy cluster is part of this sandbox when asked for (--with-legacy, SANDBOX_WITH_LEGACY=1) or when it
# is running already (started by an earlier up --with-legacy).
legacy_enabled() {
  [ "$SANDBOX_WITH_LEGACY" = 1 ] || is_running legacy
}

http_status() { # cluster, path: the HTTP status of a GET as elastic
  es_curl "$1" "$2" -o /dev/null -w '%{http_code}' || true
}

# The flat persistent and transient settings of the legacy alias on local ("" when it is not registered).
legacy_registration() {
  es_curl local "/_cluster/settings?flat_settings=true&filter_path=persistent,transient" \
    | grep -o "\"cluster\.remote\.$LEGACY_ALIAS\.[^,}]*" | paste -sd ' ' || true
}

# The certificate-model connection of local to legacy, made idempotent: everything is (re)created only when
# missing, so a sandbox reused after a migration of the alias (issue 7) is reported, not undone.
#   legacy: the index legacy-logs (5 documents) and the role legacy-reader. In the certificate model the remote
#           cluster authorises the local user by the NAMES of its roles: this role is what legacy-user may do here.
#   local:  the role legacy-reader with no privileges and the user legacy-user holding it, and the persistent
#           remote "legacy" on legacy's TRANSPORT port, with no keystore credentials (that is the certificate
#           model; credentials would switch the alias to the API-key model).
ensure_legacy_connection() {
  local made=0
  if seed_index legacy "$LEGACY_INDEX"; then say "legacy: seeded $LEGACY_INDEX (5 documents)"; made=1; fi
  if [ "$(http_status legacy "/_security/role/$LEGACY_ROLE")" != 200 ]; then
    es_curl legacy "/_security/role/$LEGACY_ROLE" -X PUT -d '{"cluster":[],
      "indices":[{"names":["legacy-*"],"privileges":["read","read_cross_cluster","view_index_metadata"]}]}' \
      | grep -q '"created"' || fail "could not create role $LEGACY_ROLE on legacy"
    say "legacy: created role $LEGACY_ROLE (read, read_cross_cluster, view_index_metadata on legacy-*)"; made=1
  fi
  # What local needs for a certificate-model search, as measured on 9.5.4: no privilege at all. Local authorises
  # only the local part of the expression (none in legacy:legacy-logs; a local wildcard matching nothing passes,
  # a concrete local index needs read here), and legacy authorises legacy:... by the user's assigned role NAMES.
  # The role need not even exist on local (a user assigned a role unknown to local but defined on legacy finds
  # the 5 documents too); it exists so the user's access is visible and editable here, and because the migration
  # rebuilds it with remote_indices. So: cluster [] and indices [].
  if [ "$(http_status local "/_security/role/$LEGACY_ROLE")" != 200 ]; then
    es_curl local "/_security/role/$LEGACY_ROLE" -X PUT -d '{"cluster":[],"indices":[],
      "metadata":{"purpose":"certificate-model remote legacy: the role of the same name on legacy grants the access"}}' \
      | grep -q '"created"' || fail "could not create role $LEGACY_ROLE on local"
    say "local: created role $LEGACY_ROLE (no privileges; legacy grants by its name)"; made=1
  fi
  if [ "$(http_status local "/_security/user/$LEGACY_USER")" != 200 ]; then
    es_curl local "/_security/user/$LEGACY_USER" -X PUT -d "{\"password\":\"$LEGACY_PASSWORD\",
      \"roles\":[\"$LEGACY_ROLE\"],\"full_name\":\"Certificate-model user (sandbox)\"}" \
      | grep -q '"created"' || fail "could not create user $LEGACY_USER on local"
    say "local: created user $LEGACY_USER / $LEGACY_PASSWORD with role $LEGACY_ROLE"; made=1
  fi
  local registration; registration=$(legacy_registration)
  if [ -z "$registration" ]; then
    if keystore local list 2>/dev/null | grep -qx "cluster.remote.$LEGACY_ALIAS.credentials"; then
      keystore local remove "cluster.remote.$LEGACY_ALIAS.credentials" || fail "could not remove stale credentials"
      reload_secure_settings
      say "local: removed cluster.remote.$LEGACY_ALIAS.credentials from the keystore (certificate model has none)"
    fi
    es_curl local /_cluster/settings -X PUT -d "{\"persistent\":{
      \"cluster.remote.$LEGACY_ALIAS.seeds\":[\"127.0.0.1:$(transport_port legacy)\"],
      \"cluster.remote.$LEGACY_ALIAS.skip_unavailable\":false}}" | grep -q '"acknowledged":true' \
      || fail "could not register remote $LEGACY_ALIAS on local"
    say "local: registered remote '$LEGACY_ALIAS' on 127.0.0.1:$(transport_port legacy) (certificate model)"; made=1
  fi
  # Proof, as legacy-user on local: the remote is contacted (a search connects; _remote/info alone does not).
  local answer hits info
  answer=$(curl -sS --max-time 30 -u "$LEGACY_USER:$LEGACY_PASSWORD" \
    "$(cluster_url local)/$LEGACY_ALIAS:$LEGACY_INDEX/_search?size=0" || true)
  hits=$(printf %s "$answer" | sed -n 's/.*"total":{"value":\([0-9]*\).*/\1/p')
  info=$(es_curl local "/_remote/info" || true)
  local model="certificate model"
  printf %s "$info" | grep -q "\"$LEGACY_ALIAS\":{[^}]*cluster_credentials" && model="API-key model"
  if [ "$hits" = 5 ]; then
    say "local is connected to legacy as '$LEGACY_ALIAS' ($model): $LEGACY_USER finds 5 documents in $LEGACY_ALIAS:$LEGACY_INDEX"
  elif [ $made = 1 ] || [ "$model" = "certificate model" ]; then
    fail "$LEGACY_USER's search of $LEGACY_ALIAS:$LEGACY_INDEX on local did not find 5 documents: $answer"
  else
    say "WARNING: '$LEGACY_ALIAS' is registered on local in the $model ($registration), left as found;" \
      "$LEGACY_USER's search of $LEGACY_ALIAS:$LEGACY_INDEX answered: $answer"
  fi
}

# up without legacy: a local cluster that still registers the legacy alias while legacy is stopped would fail
# every search that includes it (skip_unavailable false). Said, not undone: the registration may be work in progress.
warn_about_stopped_legacy() {
  is_running local || return 0
  local registration; registration=$(legacy_registration)
  [ -n "$registration" ] || return 0
  say "note: local still registers remote '$LEGACY_ALIAS' (skip_unavailable false) but legacy is not running;" \
    "start it with: npm run sandbox -- up --with-legacy"
}
