import { isDnsName, MAX_PORT } from './address';
import type { SecurityModel } from './model';

/** Elastic Cloud's proxy ports: the remote cluster server (API-key model) and the transport proxy (certificates). */
export const CLOUD_PORTS: Record<SecurityModel, number> = { api_key: 9443, certificate: 9400 };

export interface CloudProxyConnection {
  proxyAddress: string;
  serverName: string;
}

/**
 * Proxy settings from an Elastic Cloud remote address ("my-deployment.es.us-east-1.aws.found.io:9443"): the
 * proxy routes by TLS server name, so the server name is the host. People often paste the Elasticsearch
 * endpoint instead ("https://…:443"); its host is right, but the port is the model's proxy port.
 */
export function cloudProxyConnection(
  remoteAddress: string,
  model: SecurityModel,
): CloudProxyConnection | { error: string } {
  const withoutScheme = remoteAddress
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '');
  const match = /^([^:]+)(?::(\d{1,5}))?$/.exec(withoutScheme);
  const host = match?.[1];
  if (!host || !isDnsName(host))
    return { error: "must be the deployment's remote address, as in my-deployment.es.us-east-1.aws.found.io:9443" };
  const typedPort = match?.[2] === undefined ? undefined : Number(match[2]);
  if (typedPort !== undefined && (typedPort < 1 || typedPort > MAX_PORT))
    return { error: `port must be between 1 and ${MAX_PORT}` };
  const port = typedPort === undefined || typedPort === 443 ? CLOUD_PORTS[model] : typedPort;
  return { proxyAddress: `${host}:${port}`, serverName: host };
}
