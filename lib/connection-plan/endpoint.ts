import { cloudProxyConnection } from '@/lib/remote-clusters/cloud-address';
import type { PlanInput } from './model';

// Where the local cluster reaches the remote, and the TLS server name to check, for where the remote runs. An
// address the person gave wins; otherwise the plan names where to find it, as a <placeholder> to replace.

export interface RemoteEndpoint {
  mode: 'sniff' | 'proxy';
  address: string;
  serverName?: string;
  /** Where the values come from, said in the register step. */
  origin: string;
}

export function eckRemoteServerName(name: string, namespace: string): string {
  return `${name}-es-remote-cluster.${namespace}.svc`;
}

export function remoteEndpoint(input: PlanInput): RemoteEndpoint {
  const { remote, securityModel } = input;
  const port = securityModel === 'api_key' ? 9443 : remote.type === 'ech' || remote.type === 'ece' ? 9400 : 9300;
  switch (remote.type) {
    case 'ech':
    case 'ece': {
      const typed = input.address ? cloudProxyConnection(input.address, securityModel) : undefined;
      const fromAddress = typed && !('error' in typed) ? typed : undefined;
      return {
        mode: 'proxy',
        address: fromAddress?.proxyAddress ?? `<proxy address from the deployment's Security page>:${port}`,
        serverName: input.serverName ?? fromAddress?.serverName ?? "<server name from the deployment's Security page>",
        origin:
          "The deployment's Security page lists the proxy address and server name under Remote cluster parameters; " +
          `the port is ${port} for the ${securityModel === 'api_key' ? 'API-key' : 'certificate'} model.`,
      };
    }
    case 'eck':
      return {
        mode: 'proxy',
        address: input.address ?? `<address of the ${remote.name}-es-remote-cluster load balancer>:${port}`,
        serverName:
          input.serverName ??
          (securityModel === 'api_key' ? eckRemoteServerName(remote.name, remote.namespace) : undefined),
        origin:
          'Proxy mode, because the nodes publish addresses inside Kubernetes only. The server name is the one ECK ' +
          'puts in its certificates; with TLS ended in front by another certificate, use that name instead.',
      };
    case 'self-managed':
      return input.local.type === 'self-managed' && !input.serverName
        ? {
            mode: 'sniff',
            address: input.address ?? `<remote node address>:${port}`,
            origin: "Sniff mode, as the nodes' publish addresses are reachable between self-managed clusters.",
          }
        : {
            mode: 'proxy',
            address: input.address ?? `<remote node or load balancer address>:${port}`,
            serverName: input.serverName,
            origin:
              'Proxy mode, as the remote nodes are reached through one address (set the server name if the ' +
              "certificate's name differs from it).",
          };
  }
}

/** The cluster settings of the registration: the address in the field its mode reads. */
export function registrationSettings(endpoint: RemoteEndpoint): Record<string, unknown> {
  return endpoint.mode === 'sniff'
    ? { mode: 'sniff', seeds: [endpoint.address] }
    : {
        mode: 'proxy',
        proxy_address: endpoint.address,
        ...(endpoint.serverName ? { server_name: endpoint.serverName } : {}),
      };
}
