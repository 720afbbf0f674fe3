import { credentialsSettingName } from '@/lib/cross-cluster-api-keys/keystore-commands';
import type { Deployment, EckDeployment } from '@/lib/deployments/schema';
import { clusterSettings, cloudRequest, cloudResourcePath, consoleAction, eckPatch, manifest, text } from './artifacts';
import { registrationSettings, remoteEndpoint } from './endpoint';
import { KEY_PLACEHOLDER, type PlanInput, type PlanStep } from './model';

// The local (querying) side of the API-key model: trust the remote's CA when it is private, put the key in every
// node's keystore under cluster.remote.<alias>.credentials, register the remote under the same alias, verify.

/** A Kubernetes object name from the alias, which may hold capitals and "_" (RFC 1123: neither). */
export function kubernetesSlug(value: string): string {
  return (
    value
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'remote'
  );
}

export function eckTrustArtifacts(local: EckDeployment, caFile: string, configMapName: string) {
  return [
    text(
      'shell',
      'Put the CA in a ConfigMap',
      `kubectl create configmap ${configMapName} -n ${local.namespace} --from-file=ca.crt=${caFile}`,
    ),
    eckPatch('Trust the CAs of that ConfigMap', local, {
      spec: { transport: { tls: { certificateAuthorities: { configMapName } } } },
    }),
  ];
}

function trustStep(input: PlanInput): PlanStep | null {
  const { local, remote, alias } = input;
  if (remote.type === 'ech') return null; // Publicly trusted: the JVM's default trust store suffices.
  const file = `${alias}-ca.crt`;
  const onlyIfPrivate = remote.type === 'ece' ? 'Only when the ECE proxies use a private CA. ' : '';
  const base = { id: 'local-trust', side: 'local' as const, title: "Trust the remote's CA" };
  switch (local.type) {
    case 'self-managed':
      return {
        ...base,
        why:
          `${onlyIfPrivate}The remote cluster client checks the remote's certificate against these CAs. The ` +
          'settings are static (restart each node), and the list must hold the CA of every remote that uses one.',
        artifacts: [
          text('shell', 'On every node', `cp ${file} "$ES_PATH_CONF/${file}"`),
          text(
            'elasticsearch-yml',
            'elasticsearch.yml on every node, then restart it',
            'xpack.security.remote_cluster_client.ssl.enabled: true\n' +
              `xpack.security.remote_cluster_client.ssl.certificate_authorities: [ "${file}" ]\n`,
          ),
        ],
      };
    case 'eck': {
      const configMapName = `${local.name}-remote-ca`;
      return {
        ...base,
        why:
          `${onlyIfPrivate}ECK adds the CAs of the ConfigMap named in spec.transport.tls.certificateAuthorities to ` +
          'what the nodes trust. It holds one ca.crt: put every CA the cluster must trust in it, one after the other.',
        artifacts: eckTrustArtifacts(local, file, configMapName),
      };
    }
    case 'ech':
    case 'ece':
      return {
        ...base,
        why: `${onlyIfPrivate}Elastic Cloud keeps trust on the deployment's Security page.`,
        instructions: [
          "Open the local deployment's Security page, then Remote Connections > Add trusted environment.",
          `Choose the kind of the remote (${remote.type === 'ece' ? 'Elastic Cloud Enterprise' : 'Self-managed'}), ` +
            'then API keys.',
          `Upload ${file} and name the environment.`,
        ],
        artifacts: [],
      };
  }
}

function keystoreStep(input: PlanInput, local: Deployment): PlanStep {
  const setting = credentialsSettingName(input.alias);
  const base = {
    id: 'local-keystore',
    side: 'local' as const,
    title: `Put the key in the local keystore as ${setting}`,
  };
  switch (local.type) {
    case 'self-managed':
      return {
        ...base,
        why:
          'Each node has its own keystore, so every node needs the setting; the command asks for the value, so the ' +
          'key stays out of shell history. Reloading the secure settings applies it without a restart (8.13+).',
        artifacts: [
          text(
            'shell',
            'On every node, from the Elasticsearch home directory',
            `bin/elasticsearch-keystore add ${setting}`,
          ),
          consoleAction(
            'The console reloads the secure settings',
            'reload-secure-settings',
            'POST _nodes/reload_secure_settings, with each node answering for itself.',
          ),
        ],
      };
    case 'eck': {
      const secretName = `${local.name}-${kubernetesSlug(input.alias)}-remote-credentials`;
      return {
        ...base,
        why:
          "ECK copies the entries of the Secrets listed in spec.secureSettings into every node's keystore and " +
          'reloads them. A merge patch replaces the whole list: if the resource already lists secure settings ' +
          `(kubectl get elasticsearch ${local.name} -n ${local.namespace} -o jsonpath='{.spec.secureSettings}'), ` +
          'keep them in the patch.',
        artifacts: [
          manifest('The Secret (kubectl apply -f)', {
            apiVersion: 'v1',
            kind: 'Secret',
            metadata: { name: secretName, namespace: local.namespace },
            type: 'Opaque',
            stringData: { [setting]: KEY_PLACEHOLDER },
          }),
          eckPatch('List it in spec.secureSettings', local, { spec: { secureSettings: [{ secretName }] } }),
        ],
      };
    }
    case 'ech':
    case 'ece':
      return {
        ...base,
        why:
          'Elastic Cloud writes the keystore of every node for you, through the Cloud API or the Security page. ' +
          'The name on the Security page ("Remote cluster name") is the alias.',
        instructions: [
          "Or in the console: the deployment's Security page > Remote Connections > Add an API key, " +
            `with Remote cluster name ${input.alias} and the encoded key.`,
        ],
        artifacts: [
          cloudRequest('Add the key to the keystore', local, {
            method: 'PATCH',
            path: cloudResourcePath(local, 'keystore'),
            body: { secrets: { [setting]: { value: KEY_PLACEHOLDER, as_file: false } } },
          }),
        ],
      };
  }
}

export function registerStep(input: PlanInput): PlanStep {
  const endpoint = remoteEndpoint(input);
  return {
    id: 'local-register',
    side: 'local',
    title: `Register the remote as ${input.alias}`,
    why:
      endpoint.origin +
      (input.securityModel === 'api_key' ? ' The alias must be the one the key is stored under.' : ''),
    artifacts: [
      clusterSettings('PUT _cluster/settings', input.alias, registrationSettings(endpoint)),
      consoleAction(
        'The console saves it',
        'register-remote',
        'The console writes these settings as you, under its settings lock, and reads them back.',
      ),
    ],
  };
}

export function verifyStep(alias: string): PlanStep {
  return {
    id: 'verify',
    side: 'local',
    title: 'Verify the connection',
    why: 'GET _remote/info shows connected once the handshake and the key are accepted; a search proves the access.',
    artifacts: [
      consoleAction(
        'The console checks it',
        'verify-connection',
        `It reads GET _remote/info until the remote is connected, then runs a test search ${alias}:<index>.`,
      ),
    ],
  };
}

export function apiKeyLocalSteps(input: PlanInput): PlanStep[] {
  return [trustStep(input), keystoreStep(input, input.local), registerStep(input), verifyStep(input.alias)].filter(
    (step): step is PlanStep => step !== null,
  );
}
