# One-time preparation of the sandbox: distribution, user, certificates. Sourced after common.sh.

# Downloads Elastic's test distribution of one version from Maven Central once; later runs reuse the
# unpacked copy.
ensure_distribution() { # version
  local SANDBOX_ES_VERSION="$1" ES_HOME; ES_HOME=$(es_home_of_version "$1")
  [ -x "$ES_HOME/bin/elasticsearch" ] && return
  command -v mvn >/dev/null || fail "mvn is needed to download Elasticsearch from Maven Central"
  mkdir -p "$SANDBOX_CACHE"
  local zip="$SANDBOX_CACHE/elasticsearch-$SANDBOX_ES_VERSION.zip"
  if [ ! -s "$zip" ]; then
    say "downloading Elasticsearch $SANDBOX_ES_VERSION (test distribution) from Maven Central"
    mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      "-Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$SANDBOX_ES_VERSION:zip" \
      "-DoutputDirectory=$SANDBOX_CACHE" >"$SANDBOX_CACHE/mvn.log" 2>&1 \
      || fail "download of Elasticsearch $SANDBOX_ES_VERSION failed; see $SANDBOX_CACHE/mvn.log"
  fi
  local staging="$SANDBOX_CACHE/.unpack-$$"
  rm -rf "$staging" && mkdir -p "$staging"
  unzip -q "$zip" -d "$staging" || fail "could not unpack $zip"
  mv "$staging/elasticsearch-$SANDBOX_ES_VERSION" "$ES_HOME" && rm -rf "$staging"
  chmod -R a+rX "$ES_HOME"
}

ensure_es_user() {
  [ "$(id -u)" = 0 ] || return 0
  id "$SANDBOX_USER" >/dev/null 2>&1 && return
  say "creating the unprivileged user $SANDBOX_USER that runs Elasticsearch"
  useradd --system --no-create-home --shell /usr/sbin/nologin "$SANDBOX_USER" \
    || fail "could not create user $SANDBOX_USER"
}

# One CA for the sandbox and one node certificate that every cluster uses: loopback names and addresses,
# serverAuth and clientAuth. clientAuth is what the certificate model's mutual transport TLS needs: each node
# presents this certificate as a client to the other cluster's transport port. A node certificate made before
# without it is replaced (signed by the same CA when its key is still there, so trust does not change).
ensure_certificates() {
  if [ -s "$CERTS_DIR/node.crt" ] && node_certificate_fits; then return; fi
  local log="$CERTS_DIR/openssl.log"
  mkdir -p "$CERTS_DIR"
  if [ -s "$CERTS_DIR/node.crt" ] && [ -s "$CERTS_DIR/ca.key" ] && [ -s "$CERTS_DIR/ca.crt" ]; then
    say "the node certificate lacks extendedKeyUsage serverAuth,clientAuth (mutual transport TLS); re-issuing it"
  else
    say "creating the sandbox CA and node certificate with openssl"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Remote Clusters Console sandbox CA" \
      -keyout "$CERTS_DIR/ca.key" -out "$CERTS_DIR/ca.crt" >"$log" 2>&1 || fail "CA creation failed; see $log"
  fi
  {
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
      -keyout "$CERTS_DIR/node.key" -out "$CERTS_DIR/node.csr" &&
    printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1" \
      "extendedKeyUsage=serverAuth,clientAuth" "basicConstraints=CA:FALSE" >"$CERTS_DIR/node.ext" &&
    openssl x509 -req -in "$CERTS_DIR/node.csr" -CA "$CERTS_DIR/ca.crt" -CAkey "$CERTS_DIR/ca.key" \
      -CAcreateserial -days 3650 -extfile "$CERTS_DIR/node.ext" -out "$CERTS_DIR/node.crt"
  } >>"$log" 2>&1 || fail "certificate creation failed; see $log"
  chmod 644 "$CERTS_DIR/ca.crt" "$CERTS_DIR/node.crt"
  node_certificate_fits || fail "the new node certificate still lacks serverAuth,clientAuth; see $log"
}

# True when node.crt allows both TLS server and TLS client use (what transport TLS both ways needs).
node_certificate_fits() {
  local eku
  eku=$(openssl x509 -in "$CERTS_DIR/node.crt" -noout -ext extendedKeyUsage 2>/dev/null) || return 1
  grep -q 'TLS Web Server Authentication' <<<"$eku" && grep -q 'TLS Web Client Authentication' <<<"$eku"
}

# The node certificate's fingerprint, written into each elasticsearch.yml so that a re-issued certificate
# counts as a configuration change (up then restarts the nodes that still hold the old one).
node_certificate_fingerprint() {
  openssl x509 -in "$CERTS_DIR/node.crt" -noout -fingerprint -sha256 | sed 's/^.*=//'
}

# The security indices need analysis components from the analysis-common module, which the test
# distribution leaves out (see security-analysis-plugin/). Compiled here against each version's own jars;
# --release 17 keeps it loadable by Elasticsearch 8 on Java 17.
ensure_security_analysis_plugin() { # version
  local SANDBOX_ES_VERSION="$1" ES_HOME; ES_HOME=$(es_home_of_version "$1")
  local plugin_dir="$ES_HOME/plugins/security-analysis"
  [ -f "$plugin_dir/security-analysis.jar" ] && return
  local src="$here/sandbox/security-analysis-plugin" build="$SANDBOX_CACHE/.plugin-build-$$"
  local java_home; java_home=$(pick_java_home "$SANDBOX_ES_VERSION")
  say "building the security-analysis plugin for Elasticsearch $SANDBOX_ES_VERSION"
  rm -rf "$build" && mkdir -p "$build/classes"
  "$java_home/bin/javac" --release 17 -nowarn -cp "$ES_HOME/lib/*" -d "$build/classes" \
    $(find "$src" -name '*.java') >"$build/javac.log" 2>&1 \
    || fail "the security-analysis plugin did not compile; see $build/javac.log"
  mkdir -p "$plugin_dir"
  "$java_home/bin/jar" --create --file "$plugin_dir/security-analysis.jar" -C "$build/classes" . \
    || fail "could not package the security-analysis plugin"
  cat >"$plugin_dir/plugin-descriptor.properties" <<PROPS
description=pattern_capture, unique and uax_url_email for the security indices (sandbox only)
version=1.0.0
name=security-analysis
classname=org.rcc.sandbox.SecurityAnalysisPlugin
java.version=17
elasticsearch.version=$SANDBOX_ES_VERSION
PROPS
  chmod -R a+rX "$plugin_dir"
  rm -rf "$build"
}
