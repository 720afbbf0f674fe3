import type { DeploymentType } from '@/lib/deployments/schema';
import { parseAddress } from './address';
import { API_KEY_MODEL_PORT, CERTIFICATE_MODEL_PORT, type RemoteCluster } from './model';
import type { Finding } from './finding';

// Findings read from the remote's definition alone (no call to the remote): the usual mistakes of addresses,
// ports and options, each with the field and value that show it and the fix.

export interface AdviceContext {
  /** host:port of the registered clusters' HTTP endpoints: a seed there is the classic "HTTP port" mistake. */
  httpAddresses: string[];
  /** Where the local cluster runs (registry or guess): decides how a fix puts the key in the keystore. */
  localDeploymentType?: DeploymentType;
}

const DEFAULT_HTTP_PORT = 9200;
// Java's and Elasticsearch's words for a certificate the local cluster does not trust, or a name it does not match.
const TLS_TRUST =
  /PKIX path|unable to find valid certification path|certificate_unknown|SSLHandshakeException|bad_certificate/i;
const TLS_NAME = /No subject alternative (?:DNS )?names? matching|hostname .* not verified|does not match/i;

function addressesOf(remote: RemoteCluster): { field: string; address: string; host?: string; port?: number }[] {
  const list =
    remote.mode === 'proxy'
      ? [{ field: 'proxy_address', address: remote.proxyAddress ?? '' }]
      : (remote.seeds ?? []).map((address, index) => ({ field: `seeds.${index}`, address }));
  return list
    .filter(({ address }) => address)
    .map((entry) => {
      const parsed = parseAddress(entry.address);
      return 'port' in parsed ? { ...entry, host: parsed.host, port: parsed.port } : entry;
    });
}

export function adviceFindings(remote: RemoteCluster, context: AdviceContext): Finding[] {
  const findings: Finding[] = [];
  const alias = remote.name;
  const addresses = addressesOf(remote);
  const http = addresses.find(
    ({ address, port }) => context.httpAddresses.includes(address) || port === DEFAULT_HTTP_PORT,
  );
  if (http) {
    findings.push({
      id: 'http_port',
      severity: 'error',
      title: 'The address is an HTTP port',
      evidence: `cluster.remote.${alias}.${http.field.replace(/\.\d+$/, '')}: ${http.address}`,
      fix:
        `Remote clusters connect over the transport protocol, ` +
        `not HTTP: use the remote cluster server port ` +
        `(${API_KEY_MODEL_PORT} by default, API-key model) or the ` +
        `transport port (${CERTIFICATE_MODEL_PORT}, certificate model).`,
    });
  }
  const transport = addresses.find(({ port }) => port === CERTIFICATE_MODEL_PORT);
  if (remote.securityModel === 'api_key' && transport) {
    findings.push({
      id: 'transport_port_with_key',
      severity: 'warning',
      title: 'Credentials are in the keystore but the address is a transport port',
      evidence:
        `cluster.remote.${alias}.${transport.field.replace(/\.\d+$/, '')}: ` +
        `${transport.address}; _remote/info cluster_credentials: "::es_redacted::"`,
      fix:
        `With a cross-cluster API key the remote must be reached on its remote cluster ` +
        `server port (${API_KEY_MODEL_PORT} by default), not the transport port.`,
    });
  }
  const reason = remote.notConnectedReason ?? '';
  if (!remote.isConnected && TLS_TRUST.test(reason)) {
    findings.push({
      id: 'tls_trust',
      severity: 'error',
      title: "The local cluster does not trust the remote's certificate",
      evidence: `not connected: ${reason}`,
      fix:
        "Add the CA that signed the remote's certificate to " +
        'xpack.security.remote_cluster_client.ssl.certificate_authorities (API-key ' +
        'model) or xpack.security.transport.ssl.certificate_authorities ' +
        '(certificate model) on every local node, then restart them.',
    });
  }
  if (remote.mode === 'proxy' && !remote.serverName && (!remote.isConnected || TLS_NAME.test(reason))) {
    findings.push({
      id: 'proxy_server_name',
      severity: remote.isConnected ? 'info' : 'warning',
      title: 'Proxy mode without a server name',
      evidence: `cluster.remote.${alias}.server_name: (not set)${reason ? `; ${reason}` : ''}`,
      fix:
        'When the proxy routes by TLS server name, ' +
        "or the remote's certificate is issued for " +
        'another name than the proxy address (Elastic ' +
        'Cloud), set server_name to that name.',
    });
  }
  if (!remote.skipUnavailable) {
    findings.push({
      id: 'skip_unavailable',
      severity: 'info',
      title: 'Searches fail whole when this remote is down',
      evidence: `cluster.remote.${alias}.skip_unavailable: false`,
      fix:
        'Set skip_unavailable to true unless every search ' +
        'must include this remote (for example for ' +
        'compliance); then searches answer with the other ' +
        "clusters' results and mark this one skipped.",
    });
  }
  if (remote.securityModel === 'certificate' && remote.isConnected && !remote.isConfiguredByNode) {
    findings.push({
      id: 'migration',
      severity: 'info',
      title: 'Migrate to the API-key model',
      evidence: `_remote/info has no cluster_credentials for ${alias}`,
      fix:
        `The certificate model is deprecated since 9.0. The console migrates in ` +
        `place, keeping the alias, with a rollback: /remote-clusters/migrate/${alias}`,
    });
  }
  return findings;
}
