import { describe, expect, it } from 'vitest';
import { withKey } from './fill-key';
import { KEY_PLACEHOLDER } from './model';
import { planInputOf } from '@/tests/support/plan-input';
import { connectionPlan } from './plan';
import { planRunbook } from './runbook';

const local = { type: 'eck', name: 'quickstart', namespace: 'search', eckVersion: '3.3.0' } as const;
const remote = { type: 'ech', deploymentId: 'a'.repeat(32) } as const;
const plan = connectionPlan(planInputOf(local, remote, { alias: 'cloud-logs' }), {
  local: { deployment: local, source: 'registry' },
  remote: { deployment: remote, source: 'guess' },
});

describe('planRunbook', () => {
  it('lists every step in order with its artifacts, and keeps the key a placeholder', () => {
    const markdown = planRunbook(plan, { local: 'Search (ECK)', remote: 'Cloud logs' });
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toHaveLength(plan.steps.length);
    expect(headings[0]).toBe(`## 1. ${plan.steps[0]!.title} (remote cluster)`);
    expect(markdown).toContain(
      'Remote cluster: Elastic Cloud Hosted (ECH): deployment ' + 'a'.repeat(32) + ' (guessed)',
    );
    expect(markdown).toContain('kind: Secret');
    expect(markdown).toContain(`Replace ${KEY_PLACEHOLDER}`);
    const fences = markdown.split('\n').filter((line) => /^```/.test(line));
    expect(fences.length % 2).toBe(0);
  });
});

describe('withKey', () => {
  it('puts the key in place of the placeholder in manifests and Cloud requests alike', () => {
    const key = 'ZmFrZS1rZXk6c2VjcmV0';
    const keystore = plan.steps.find((step) => step.id === 'local-keystore')!;
    const secret = withKey(keystore.artifacts[0]!, key);
    expect(secret.content).toContain(`cluster.remote.cloud-logs.credentials: ${key}`);
    expect(JSON.stringify(keystore.artifacts[0]!.content)).toContain(KEY_PLACEHOLDER);
    expect(withKey(keystore.artifacts[0]!, undefined)).toBe(keystore.artifacts[0]);
  });
});
