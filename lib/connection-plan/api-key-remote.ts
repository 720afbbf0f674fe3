import { compareVersions } from '@/lib/versions';
import { consoleAction, eckCaCommand, eckPatch, text } from './artifacts';
import type { PlanInput, PlanStep } from './model';

// The remote (serving) side of the API-key model: a remote cluster server that listens and is reachable, the CA
// its certificate comes from, and the cross-cluster API key the local cluster will present.

/** ECK 3.2 and earlier cannot customise the remote cluster Service; later ones take remoteClusterServer.service. */
const LAST_ECK_WITHOUT_SERVICE_SPEC = '3.2';

export function eckServesCustomService(eckVersion: string | undefined): boolean {
  return eckVersion !== undefined && compareVersions(eckVersion, `${LAST_ECK_WITHOUT_SERVICE_SPEC}.999`) > 0;
}

const SELF_MANAGED_SERVER_YML = `remote_cluster_server.enabled: true
# The address other clusters reach this node at; without it the server may listen on loopback only.
remote_cluster.host: <this node's address>
remote_cluster.port: 9443
xpack.security.remote_cluster_server.ssl.enabled: true
xpack.security.remote_cluster_server.ssl.keystore.path: cross-cluster.p12
`;

const SELF_MANAGED_CERTIFICATES = `# On one node, in the Elasticsearch home directory: a CA, then the nodes' certificate
# (replace CA_PASSWORD, CERT_PASSWORD, NODE_DNS_NAME and NODE_IP_ADDRESS; repeat --dns and --ip for more)
bin/elasticsearch-certutil ca --pem --out=cross-cluster-ca.zip --pass CA_PASSWORD
unzip cross-cluster-ca.zip
bin/elasticsearch-certutil cert --out=cross-cluster.p12 --pass=CERT_PASSWORD \\
  --ca-cert=ca/ca.crt --ca-key=ca/ca.key --ca-pass=CA_PASSWORD --dns=NODE_DNS_NAME --ip=NODE_IP_ADDRESS
# On every node: copy cross-cluster.p12 to the config directory, then store its password (prompted for)
bin/elasticsearch-keystore add xpack.security.remote_cluster_server.ssl.keystore.secure_password
`;

function serverStep(input: PlanInput): PlanStep {
  const { remote } = input;
  const base = { id: 'remote-server', side: 'remote' as const };
  switch (remote.type) {
    case 'ech':
    case 'ece':
      return {
        ...base,
        title: 'The remote cluster server is already on',
        why:
          `${remote.type === 'ech' ? 'Elastic Cloud Hosted' : 'Elastic Cloud Enterprise'} deployments serve ` +
          'the remote ' +
          "cluster server by default, on port 9443 behind the platform's proxies. Nothing to enable.",
        artifacts: [],
      };
    case 'eck': {
      const withService = eckServesCustomService(remote.eckVersion);
      const lbName = `${remote.name}-es-remote-cluster-lb`;
      return {
        ...base,
        title: 'Enable the remote cluster server and expose it outside Kubernetes',
        why:
          'ECK turns the remote cluster server off by default. Enabling it restarts the cluster, and ECK then ' +
          `creates the Service ${remote.name}-es-remote-cluster on port 9443, reachable inside Kubernetes only. ` +
          (withService
            ? `ECK ${remote.eckVersion} lets that Service be a LoadBalancer directly.`
            : `${remote.eckVersion ? `ECK ${remote.eckVersion}` : 'ECK 3.2 and earlier (and an unknown version)'} ` +
              'cannot customise that Service, so a separate LoadBalancer points at it; its target port must stay ' +
              '9443. A TCP ingress works too.'),
        artifacts: withService
          ? [
              eckPatch('Enable the server as a LoadBalancer Service', remote, {
                spec: { remoteClusterServer: { enabled: true, service: { spec: { type: 'LoadBalancer' } } } },
              }),
            ]
          : [
              eckPatch('Enable the remote cluster server', remote, {
                spec: { remoteClusterServer: { enabled: true } },
              }),
              text(
                'shell',
                'Expose it with a LoadBalancer',
                `kubectl expose service ${remote.name}-es-remote-cluster -n ${remote.namespace} \\\n` +
                  `  --name=${lbName} --type=LoadBalancer --port=9443 --target-port=9443\n` +
                  `kubectl get service ${lbName} -n ${remote.namespace}  # EXTERNAL-IP is the address to register`,
              ),
            ],
      };
    }
    case 'self-managed':
      return {
        ...base,
        title: 'Enable and secure the remote cluster server on every node',
        why:
          'The API-key model talks to a dedicated port (9443) that is off by default. It needs TLS with a ' +
          'certificate ' +
          'for the names or addresses the local cluster will use, and a restart of each node.',
        artifacts: [
          text('shell', 'Make the CA and the certificate', SELF_MANAGED_CERTIFICATES),
          text('elasticsearch-yml', 'elasticsearch.yml on every node, then restart it', SELF_MANAGED_SERVER_YML),
          ...(input.remoteRegistered
            ? [
                consoleAction(
                  'Check the remote is ready',
                  'check-readiness',
                  "The console reads each node's remote cluster server address, the licence and the version.",
                ),
              ]
            : []),
        ],
      };
  }
}

function caStep(input: PlanInput): PlanStep | null {
  const { remote, alias } = input;
  const file = `${alias}-ca.crt`;
  const base = { id: 'remote-ca', side: 'remote' as const, title: "Get the CA of the remote's certificate" };
  switch (remote.type) {
    case 'ech':
      return null; // Publicly trusted certificates: nothing to hand over.
    case 'ece':
      return {
        ...base,
        why:
          'Only when the ECE proxies present certificates from a private CA (with public ones, skip this and the ' +
          'trust step). The root is the last certificate of the proxy chain.',
        instructions: [
          'In the ECE administration console, open Platform > Settings > TLS certificates.',
          'Under Proxy, choose Show certificate chain, then Copy root certificate.',
          `Save it as ${file} for the local side.`,
        ],
        artifacts: [],
      };
    case 'eck':
      return {
        ...base,
        why:
          `ECK signs the remote cluster server's certificate with the CA in the Secret ${remote.name}-es-transport-` +
          'certs-public (unless TLS ends in front with another certificate: then use that CA, or none if it is ' +
          'public). ECK rotates it yearly by default: hand the new one over when it does.',
        artifacts: [eckCaCommand('Save the CA to a file', remote, file)],
      };
    case 'self-managed':
      return {
        ...base,
        why: 'The local cluster must trust the CA that signed the remote cluster server certificate.',
        artifacts: [text('shell', 'The CA made in the first step', `cp ca/ca.crt ${file}`)],
      };
  }
}

function keyStep(input: PlanInput): PlanStep {
  const body = { name: `${input.alias}-cross-cluster`, access: input.access };
  const grants = input.accessAssumed
    ? ' No access was chosen, so the plan grants search on every index: narrow it to what the local cluster needs.'
    : '';
  return {
    id: 'remote-key',
    side: 'remote',
    title: 'Create the cross-cluster API key',
    why:
      "The remote's administrator decides what the local cluster may read or replicate: every cross-cluster " +
      `request is bound by this key, whoever sends it. The encoded value is shown once.${grants}`,
    artifacts: input.remoteRegistered
      ? [
          consoleAction(
            'The console creates the key as you on the remote',
            'create-cross-cluster-api-key',
            `POST /_security/cross_cluster/api_key with ${JSON.stringify(body)}; the key is shown once, on screen.`,
          ),
        ]
      : [
          text(
            'shell',
            'As an administrator of the remote',
            `curl -u REMOTE_ADMIN -X POST 'REMOTE_ELASTICSEARCH_URL/_security/cross_cluster/api_key' \\\n` +
              `  -H 'Content-Type: application/json' -d '${JSON.stringify(body).replaceAll("'", `'"'"'`)}'\n` +
              '# Copy the "encoded" value of the answer: it is needed on the local side.',
          ),
        ],
  };
}

export function apiKeyRemoteSteps(input: PlanInput): PlanStep[] {
  return [serverStep(input), caStep(input), keyStep(input)].filter((step): step is PlanStep => step !== null);
}
