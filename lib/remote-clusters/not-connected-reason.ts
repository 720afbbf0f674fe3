import { API_KEY_MODEL_PORT, type RemoteCluster } from './model';
import type { RemoteClusterSources } from './sources';
import { parseAddress } from './address';

/**
 * The most likely reason a remote is not connected, from what the local cluster reports. Elasticsearch's own
 * error wins when the live check returned one; otherwise the settings often give it away (the usual mistake
 * is mixing the two security models' ports and credentials).
 */
export function likelyNotConnectedReason(
  cluster: RemoteCluster,
  context: { hasInfo: boolean; liveCheck: RemoteClusterSources['liveCheck'] },
): string | undefined {
  const { liveCheck } = context;
  if (liveCheck && 'entry' in liveCheck && liveCheck.entry.error) return liveCheck.entry.error;
  if (!context.hasInfo) {
    return cluster.mode === 'proxy'
      ? 'The definition is incomplete: it has no proxy address.'
      : 'The definition is incomplete: it has no seeds.';
  }
  if (liveCheck && 'timedOutAfter' in liveCheck) {
    return `The remote did not answer the live check within ${liveCheck.timedOutAfter}.`;
  }
  const addresses = cluster.mode === 'proxy' ? [cluster.proxyAddress ?? ''] : (cluster.seeds ?? []);
  const ports = addresses
    .map((address) => parseAddress(address))
    .flatMap((parsed) => ('port' in parsed ? [parsed.port] : []));
  if (cluster.securityModel === 'certificate' && ports.includes(API_KEY_MODEL_PORT)) {
    return (
      `Port ${API_KEY_MODEL_PORT} is the remote cluster ` +
      `server (API-key model), but the local keystore has no ` +
      `cluster.remote.${cluster.name}.credentials: add the ` +
      `cross-cluster API key on every node and reload secure settings.`
    );
  }
  if (cluster.securityModel === 'api_key' && ports.length > 0 && !ports.includes(API_KEY_MODEL_PORT)) {
    return (
      `The keystore has credentials for this remote (API-key ` +
      `model), but the address does not use the remote ` +
      `cluster server port (${API_KEY_MODEL_PORT} by ` +
      `default): check remote_cluster.port on the remote.`
    );
  }
  if (cluster.mode === 'proxy' && !cluster.serverName) {
    return (
      `No node answered at ${addresses.join(', ')}. If the proxy routes ` +
      `by TLS server name (Elastic Cloud does), set the server name.`
    );
  }
  return (
    `No node answered at ${addresses.join(', ')}: check the ` +
    `address, the port and that the network allows the connection.`
  );
}
