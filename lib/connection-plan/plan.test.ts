import { describe, expect, it } from 'vitest';
import type { Deployment } from '@/lib/deployments/schema';
import { DEPLOYMENT_TYPES } from '@/lib/deployments/schema';
import {
  artifactProblems,
  cloudRequestProblems,
  manifestProblems,
  planProblems,
  shellProblems,
} from '@/tests/support/plan-artifacts';
import { KEY_PLACEHOLDER, type ConnectionPlan, type PlanInput } from './model';
import { planInputOf } from '@/tests/support/plan-input';
import { connectionPlan } from './plan';

const SAMPLES: Record<Deployment['type'], Deployment> = {
  'self-managed': { type: 'self-managed' },
  eck: { type: 'eck', name: 'quickstart', namespace: 'search', eckVersion: '3.2.0' },
  ech: { type: 'ech', deploymentId: 'a'.repeat(32) },
  ece: { type: 'ece', deploymentId: 'b'.repeat(32), refId: 'es-ref', apiUrl: 'https://ece.example.com:12443' },
};

function planFor(local: Deployment, remote: Deployment, overrides: Partial<PlanInput> = {}): ConnectionPlan {
  return connectionPlan(planInputOf(local, remote, overrides), {
    local: { deployment: local, source: 'request' },
    remote: { deployment: remote, source: 'request' },
  });
}

const pairs = DEPLOYMENT_TYPES.flatMap((local) => DEPLOYMENT_TYPES.map((remote) => [local, remote] as const));
const kinds = (plan: ConnectionPlan, stepId: string) =>
  plan.steps.find((step) => step.id === stepId)?.artifacts.map((artifact) => artifact.kind);

describe('connectionPlan, API-key model', () => {
  it.each(pairs)('%s -> %s: every artifact validates', (local, remote) => {
    const plan = planFor(SAMPLES[local], SAMPLES[remote]);
    expect(planProblems(plan)).toEqual([]);
    expect(plan.steps.map((step) => step.id)).toEqual(
      expect.arrayContaining(['remote-server', 'remote-key', 'local-keystore', 'local-register', 'verify']),
    );
    // The key only ever goes where the person pastes it on screen: a Secret or a Cloud keystore request.
    for (const step of plan.steps) {
      for (const artifact of step.artifacts) {
        const holdsKey = JSON.stringify(artifact.content).includes(KEY_PLACEHOLDER);
        expect(holdsKey && !['kubernetes-manifest', 'cloud-api-request'].includes(artifact.kind)).toBe(false);
      }
    }
  });

  it('stores the key the way each local deployment keeps its keystore', () => {
    expect(kinds(planFor(SAMPLES['self-managed'], SAMPLES.ech), 'local-keystore')).toEqual(['shell', 'console-action']);
    expect(kinds(planFor(SAMPLES.eck, SAMPLES.ech), 'local-keystore')).toEqual(['kubernetes-manifest', 'shell']);
    expect(kinds(planFor(SAMPLES.ech, SAMPLES.ece), 'local-keystore')).toEqual(['cloud-api-request']);
    const ece = planFor(SAMPLES.ece, SAMPLES.ech).steps.find((step) => step.id === 'local-keystore')!;
    expect(ece.artifacts[0]!.content).toMatchObject({
      method: 'PATCH',
      path: `/api/v1/deployments/${'b'.repeat(32)}/elasticsearch/es-ref/keystore`,
      baseUrl: 'https://ece.example.com:12443',
      body: { secrets: { 'cluster.remote.Prod_EU.credentials': { value: KEY_PLACEHOLDER, as_file: false } } },
    });
  });

  it('exposes an ECK remote by its version and names the ECK server name', () => {
    const old = planFor(SAMPLES['self-managed'], SAMPLES.eck);
    expect(JSON.stringify(old.steps[0])).toContain('--port=9443 --target-port=9443');
    const recent = planFor(SAMPLES['self-managed'], { ...SAMPLES.eck, eckVersion: '3.3.0' } as Deployment);
    expect(JSON.stringify(recent.steps[0])).toContain('\\"type\\":\\"LoadBalancer\\"');
    const register = old.steps.find((step) => step.id === 'local-register')!.artifacts[0]!;
    expect(register.content).toMatchObject({
      persistent: {
        cluster: { remote: { Prod_EU: { mode: 'proxy', server_name: 'quickstart-es-remote-cluster.search.svc' } } },
      },
    });
  });

  it('asks for no CA from an ECH remote, and for the proxy chain of an ECE one', () => {
    const ech = planFor(SAMPLES.eck, SAMPLES.ech).steps.map((step) => step.id);
    expect(ech).not.toContain('remote-ca');
    expect(ech).not.toContain('local-trust');
    const ece = planFor(SAMPLES.eck, SAMPLES.ece).steps.find((step) => step.id === 'remote-ca')!;
    expect(ece.instructions?.join(' ')).toContain('Show certificate chain');
  });

  it('lets the console create the key when the remote is registered, and hands over a request otherwise', () => {
    expect(
      kinds(planFor(SAMPLES['self-managed'], SAMPLES['self-managed'], { remoteRegistered: true }), 'remote-key'),
    ).toEqual(['console-action']);
    expect(kinds(planFor(SAMPLES['self-managed'], SAMPLES['self-managed']), 'remote-key')).toEqual(['shell']);
  });

  it('leaves everything to one ECK operator when both clusters are its resources', () => {
    const plan = planFor(SAMPLES.eck, { ...SAMPLES.eck, name: 'archive' } as Deployment, {
      sameEckOperator: true,
      access: { search: [{ names: ['logs-*'], query: { term: { team: 'a' } } }], replication: [{ names: ['x-*'] }] },
      accessAssumed: false,
    });
    expect(plan.steps.map((step) => step.id)).toEqual(['remote-server', 'local-remote-clusters', 'verify']);
    expect(planProblems(plan)).toEqual([]);
    expect(JSON.stringify(plan.steps[1])).toContain('elasticsearchRef');
  });
});

describe('connectionPlan, certificate model', () => {
  it.each(pairs)('%s -> %s: every artifact validates', (local, remote) => {
    const plan = planFor(SAMPLES[local], SAMPLES[remote], { securityModel: 'certificate' });
    expect(planProblems(plan)).toEqual([]);
    expect(JSON.stringify(plan.steps)).not.toContain(KEY_PLACEHOLDER);
  });

  it('trusts an ECE environment from ECH both ways, with the environment id', () => {
    const plan = planFor(SAMPLES.ech, SAMPLES.ece, { securityModel: 'certificate' });
    const local = plan.steps.find((step) => step.id === 'local-trust')!;
    expect(local.instructions?.join(' ')).toContain('environment id');
    const remote = plan.steps.find((step) => step.id === 'remote-trust')!;
    expect(remote.artifacts[0]).toMatchObject({
      kind: 'cloud-api-request',
      content: { method: 'POST', path: '/api/v1/platform/configuration/trust-relationships' },
    });
    const register = plan.steps.find((step) => step.id === 'local-register')!.artifacts[0]!;
    expect(JSON.stringify(register.content)).toContain(':9400');
  });

  it('registers through the Cloud API between deployments of one platform', () => {
    const plan = planFor(SAMPLES.ech, { ...SAMPLES.ech, deploymentId: 'c'.repeat(32) } as Deployment, {
      securityModel: 'certificate',
    });
    expect(kinds(plan, 'local-register')).toEqual(['cloud-api-request', 'cloud-api-request']);
  });
});

describe('the artifact checks can fail', () => {
  it('refuses a misspelt field in an ECK patch, and a patch that is not a merge patch', () => {
    const typo =
      'kubectl patch elasticsearch es -n ns --type merge -p ' + `'{"spec":{"remoteClusterServers":{"enabled":true}}}'`;
    expect(shellProblems(typo).join()).toContain('must NOT have additional properties');
    expect(shellProblems(`kubectl patch elasticsearch es -n ns -p '{}'`).join()).toContain('not a merge patch');
    expect(shellProblems('cp <file>').join()).toContain('bash -n');
  });

  it('refuses Cloud requests off the API or with a body of the wrong shape', () => {
    expect(
      cloudRequestProblems({ api: 'ech', method: 'POST', path: '/api/v1/deployments/x/elasticsearch/y/keystore' }),
    ).toEqual(['POST /deployments/{deployment_id}/elasticsearch/{ref_id}/keystore is not in the ech API']);
    expect(
      cloudRequestProblems({
        api: 'ech',
        method: 'PATCH',
        path: '/api/v1/deployments/x/elasticsearch/y/keystore',
        body: { secret: {} },
      }),
    ).not.toEqual([]);
    expect(
      cloudRequestProblems({ api: 'ech', method: 'POST', path: '/api/v1/platform/configuration/trust-relationships' }),
    ).toEqual(['/api/v1/platform/configuration/trust-relationships is not in the ech API']);
  });

  it('refuses Secrets Kubernetes would refuse', () => {
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata: {name: Bad_Name}\ndata: {k: "not base64!"}\n';
    expect(manifestProblems(secret)).toEqual([
      'document 0: metadata.name Bad_Name is not a DNS subdomain',
      'document 0: data.k must be base64',
    ]);
    expect(artifactProblems({ kind: 'kubernetes-manifest', title: 't', content: 'kind: Pod\n' })).toEqual([
      'document 0: kind Pod is not one the plan emits',
    ]);
  });
});
