import { stringify } from 'yaml';
import type { CloudDeployment, EckDeployment } from '@/lib/deployments/schema';
import { DEFAULT_CLOUD_REF_ID } from '@/lib/deployments/types';
import type { Artifact, CloudApiRequest, ConsoleAction } from './model';

// Builders for the artifacts of a plan, so each side's steps read as what they do. Manifests are rendered with a
// YAML library (never by string concatenation) so a value with a colon or a quote stays a value.

export const ELASTIC_CLOUD_API = 'https://api.elastic-cloud.com';
const ECE_API_PLACEHOLDER = 'https://<ECE API address>:12443';

export const text = (kind: 'elasticsearch-yml' | 'shell', title: string, content: string): Artifact => ({
  kind,
  title,
  content,
});

/** One or more Kubernetes documents as `kubectl apply -f` reads them. */
export function manifest(title: string, ...documents: Record<string, unknown>[]): Artifact {
  return {
    kind: 'kubernetes-manifest',
    title,
    content: documents.map((document) => stringify(document, { lineWidth: 0 })).join('---\n'),
  };
}

/** POSIX single quoting: the patch's JSON reaches kubectl as one argument, whatever it contains. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'"'"'`)}'`;
}

/** A merge patch of an ECK Elasticsearch resource, as the kubectl command that applies it. */
export function eckPatch(title: string, eck: EckDeployment, patch: Record<string, unknown>): Artifact {
  return text(
    'shell',
    title,
    `kubectl patch elasticsearch ${eck.name} -n ${eck.namespace} --type merge -p ${shellQuote(JSON.stringify(patch))}`,
  );
}

export function cloudApiBase(deployment: CloudDeployment): string {
  return deployment.type === 'ech' ? ELASTIC_CLOUD_API : (deployment.apiUrl ?? ECE_API_PLACEHOLDER);
}

export function cloudResourcePath(deployment: CloudDeployment, resource: string): string {
  const refId = deployment.refId ?? DEFAULT_CLOUD_REF_ID;
  return `/api/v1/deployments/${deployment.deploymentId}/elasticsearch/${refId}/${resource}`;
}

export function cloudRequest(
  title: string,
  deployment: CloudDeployment,
  request: Omit<CloudApiRequest, 'api' | 'baseUrl'>,
): Artifact {
  return {
    kind: 'cloud-api-request',
    title,
    content: { ...request, api: deployment.type, baseUrl: cloudApiBase(deployment) },
  };
}

/** A request to the ECE platform (not a deployment), such as its trust relationships. */
export function ecePlatformRequest(
  title: string,
  apiUrl: string | undefined,
  request: Omit<CloudApiRequest, 'api' | 'baseUrl'>,
): Artifact {
  return {
    kind: 'cloud-api-request',
    title,
    content: { ...request, api: 'ece', baseUrl: apiUrl ?? ECE_API_PLACEHOLDER },
  };
}

export function clusterSettings(title: string, alias: string, settings: Record<string, unknown>): Artifact {
  return { kind: 'cluster-settings', title, content: { persistent: { cluster: { remote: { [alias]: settings } } } } };
}

export function consoleAction(title: string, action: ConsoleAction['action'], description: string): Artifact {
  return { kind: 'console-action', title, content: { action, description } };
}

/** Saves the CA ECK signs a cluster's certificates with (transport and remote cluster server) to a file. */
export function eckCaCommand(title: string, eck: EckDeployment, file: string): Artifact {
  return text(
    'shell',
    title,
    `kubectl get secret ${eck.name}-es-transport-certs-public -n ${eck.namespace} \\\n` +
      `  -o go-template='{{index .data "ca.crt" | base64decode}}' > ${file}`,
  );
}
