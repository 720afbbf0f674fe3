import type { Deployment } from '@/lib/deployments/schema';
import { DEFAULT_CLOUD_REF_ID } from '@/lib/deployments/types';
import { cloudRequest, cloudResourcePath, eckCaCommand, ecePlatformRequest, text } from './artifacts';
import { eckTrustArtifacts, kubernetesSlug, registerStep, verifyStep } from './api-key-local';
import type { Artifact, PlanInput, PlanSide, PlanStep } from './model';

// The certificate model (deprecated since 9.0): mutual TLS on the transport port, so each side trusts the CA of
// the other's transport certificates. Between deployments of one Elastic Cloud organisation, or of one ECE
// installation, trust is on by default and the Cloud API registers the remote.

const KIND_NAMES: Record<Deployment['type'], string> = {
  'self-managed': 'Self-managed',
  eck: 'Self-managed',
  ech: 'Elastic Cloud',
  ece: 'Elastic Cloud Enterprise',
};

function caOf(deployment: Deployment, file: string): { artifacts: Artifact[]; instructions?: string[] } {
  switch (deployment.type) {
    case 'self-managed':
      return {
        artifacts: [
          text(
            'shell',
            'The CA of the transport certificates',
            '# The file named by xpack.security.transport.ssl.certificate_authorities on the nodes\n' +
              `cp TRANSPORT_CA_FILE ${file}`,
          ),
        ],
      };
    case 'eck':
      return {
        artifacts: [eckCaCommand('Save the transport CA to a file', deployment, file)],
      };
    case 'ech':
      return {
        artifacts: [],
        instructions: [`On the deployment's Security page, download its CA certificate and save it as ${file}.`],
      };
    case 'ece':
      return {
        artifacts: [],
        instructions: [
          'In the ECE administration console, Platform > Trust Management shows the environment id and its CA: ' +
            `save the CA as ${file}.`,
        ],
      };
  }
}

function trustArtifacts(
  side: Deployment,
  other: Deployment,
  file: string,
): { artifacts: Artifact[]; instructions?: string[] } {
  switch (side.type) {
    case 'self-managed':
      return {
        artifacts: [
          text(
            'elasticsearch-yml',
            'elasticsearch.yml on every node (keep the CAs already listed), then restart it',
            `xpack.security.transport.ssl.certificate_authorities: [ "<the CAs already listed>", "${file}" ]\n`,
          ),
        ],
      };
    case 'eck':
      return { artifacts: eckTrustArtifacts(side, file, `${side.name}-${kubernetesSlug(file.replace(/\.crt$/, ''))}`) };
    case 'ech':
      return {
        artifacts: [],
        instructions: [
          "Open the deployment's Security page, then Remote Connections > Add trusted environment.",
          `Choose ${KIND_NAMES[other.type]}, then Certificates.`,
          other.type === 'ece'
            ? 'Enter the ECE environment id (ECE: Platform > Trust Management) exactly: it cannot be verified, so a ' +
              'typo shows only as a failed connection.'
            : "Give the names of the other side's nodes if asked (specific nodes), or trust all of them.",
          `Upload ${file}, choose All deployments or Specific deployments (full Elasticsearch cluster ids), name it, ` +
            'and create the trust.',
        ],
      };
    case 'ece':
      return {
        artifacts:
          other.type === 'ech' || other.type === 'ece'
            ? [
                ecePlatformRequest('Trust the other environment', side.apiUrl, {
                  method: 'POST',
                  path: '/api/v1/platform/configuration/trust-relationships',
                  body: {
                    name: other.type === 'ech' ? 'elastic-cloud' : 'ece-environment',
                    public_ca_cert: `<PEM of ${file}>`,
                    trust_by_default: false,
                    ...(other.type === 'ech'
                      ? { account_ids: ['<Elastic Cloud organization id>'] }
                      : { installation_id: '<the other ECE environment id>' }),
                  },
                }),
              ]
            : [],
        instructions: [
          "Then open the deployment's Security page and trust that environment: all deployments, or specific ones by " +
            'their full Elasticsearch cluster ids.',
        ],
      };
  }
}

function trustStep(input: PlanInput, side: PlanSide): PlanStep {
  const [self, other] = side === 'local' ? [input.local, input.remote] : [input.remote, input.local];
  const file = `${side === 'local' ? input.alias : 'local'}-transport-ca.crt`;
  const ca = caOf(other, file);
  const trust = trustArtifacts(self, other, file);
  const instructions = [...(ca.instructions ?? []), ...(trust.instructions ?? [])];
  return {
    id: side === 'local' ? 'local-trust' : 'remote-trust',
    side,
    title: side === 'local' ? "Trust the remote's transport CA" : "Trust the local cluster's transport CA",
    why:
      'The certificate model is mutual TLS on the transport port: each cluster must trust the CA of the ' +
      "other's transport certificates, both ways, or the handshake fails.",
    ...(instructions.length > 0 ? { instructions } : {}),
    artifacts: [...ca.artifacts, ...trust.artifacts],
  };
}

function sameCloud(input: PlanInput): input is PlanInput & { local: Extract<Deployment, { type: 'ech' | 'ece' }> } {
  return (input.local.type === 'ech' || input.local.type === 'ece') && input.local.type === input.remote.type;
}

function cloudRegisterStep(input: PlanInput): PlanStep {
  const local = input.local as Extract<Deployment, { type: 'ech' | 'ece' }>;
  const remote = input.remote as Extract<Deployment, { type: 'ech' | 'ece' }>;
  const path = cloudResourcePath(local, 'remote-clusters');
  return {
    id: 'local-register',
    side: 'local',
    title: `Register the remote deployment as ${input.alias}`,
    why:
      `Deployments of one ${local.type === 'ech' ? 'organisation' : 'ECE installation'} trust each other by ` +
      'default, and the Cloud API registers the remote by its deployment id. PUT replaces the whole list: send ' +
      'the remotes the GET returns with this one added.',
    artifacts: [
      cloudRequest('Read the remotes registered now', local, { method: 'GET', path }),
      cloudRequest('Register the remote', local, {
        method: 'PUT',
        path,
        body: {
          resources: [
            {
              alias: input.alias,
              deployment_id: remote.deploymentId,
              elasticsearch_ref_id: remote.refId ?? DEFAULT_CLOUD_REF_ID,
              skip_unavailable: true,
            },
          ],
        },
      }),
    ],
  };
}

function exposeTransportStep(input: PlanInput): PlanStep | null {
  const { remote } = input;
  if (remote.type !== 'eck') return null;
  const lbName = `${remote.name}-es-transport-lb`;
  return {
    id: 'remote-transport',
    side: 'remote',
    title: 'Expose the transport port outside Kubernetes',
    why:
      "The certificate model connects to the transport port (9300), which ECK's Service " +
      `${remote.name}-es-transport serves inside Kubernetes only.`,
    artifacts: [
      text(
        'shell',
        'A LoadBalancer for the transport Service',
        `kubectl expose service ${remote.name}-es-transport -n ${remote.namespace} \\\n` +
          `  --name=${lbName} --type=LoadBalancer --port=9300 --target-port=9300`,
      ),
    ],
  };
}

export function certificateSteps(input: PlanInput): PlanStep[] {
  if (sameCloud(input)) return [cloudRegisterStep(input), verifyStep(input.alias)];
  return [
    exposeTransportStep(input),
    trustStep(input, 'remote'),
    trustStep(input, 'local'),
    registerStep(input),
    verifyStep(input.alias),
  ].filter((step): step is PlanStep => step !== null);
}
