import { describe, expect, it } from 'vitest';
import { deploymentSchema } from '@/lib/deployments/schema';
import { currentStep, emptyProgress, idOfEncodedKey, parseStoredProgress, storageKey, withChange } from './progress';

// What the page hands in once it has loaded the schema (components/connect/use-connect-progress.ts).
const deploymentOf = (stored: unknown) => {
  const parsed = deploymentSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
};

describe('connect progress', () => {
  it('opens at the first step not done', () => {
    const start = emptyProgress('local');
    expect(currentStep(start)).toBe(0);
    const chosen = {
      ...start,
      remote: { kind: 'registered' as const, clusterId: 'remote', displayName: 'Remote' },
      alias: 'r1',
    };
    expect(currentStep(chosen)).toBe(1);
    const keyed = { ...chosen, key: { id: 'k', name: 'n', source: 'created' as const, searchPatterns: ['logs-*'] } };
    expect(currentStep(keyed)).toBe(2);
    const reloaded = { ...keyed, reloaded: { nodes: 1, failedNodes: [], missingCredentials: [] } };
    expect(currentStep(reloaded)).toBe(3);
    expect(currentStep({ ...reloaded, registered: { mode: 'sniff', address: 'h:9443' } })).toBe(4);
  });

  it('keeps a log of the changes made on the clusters', () => {
    const progress = withChange(emptyProgress('local'), 'remote', 'created key', new Date('2026-01-01T00:00:00Z'));
    expect(progress.changes).toEqual([{ at: '2026-01-01T00:00:00.000Z', cluster: 'remote', what: 'created key' }]);
  });

  it('resumes only a stored progress of the same cluster and shape', () => {
    const stored = JSON.stringify({ ...emptyProgress('local'), alias: 'a' });
    expect(parseStoredProgress(stored, 'local', deploymentOf)?.alias).toBe('a');
    expect(parseStoredProgress(stored, 'other', deploymentOf)).toBeNull();
    expect(parseStoredProgress('{not json', 'local', deploymentOf)).toBeNull();
    expect(parseStoredProgress(JSON.stringify({ version: 2 }), 'local', deploymentOf)).toBeNull();
    expect(storageKey('local')).toBe('rcc.connect.v1.local');
  });

  it('keeps only valid deployments from storage, which a person can edit', () => {
    const eck = { type: 'eck', name: 'quickstart', namespace: 'search' };
    const stored = JSON.stringify({
      ...emptyProgress('local'),
      deployments: { local: eck, remote: { type: 'ech', deploymentId: 'not-an-id' } },
      sameEckOperator: 'yes',
    });
    expect(parseStoredProgress(stored, 'local', deploymentOf)).toMatchObject({
      deployments: { local: eck, remote: null },
      sameEckOperator: false,
    });
  });

  it('reads the id of a pasted encoded key and refuses anything else', () => {
    const encoded = Buffer.from('AbC_12-x:secretsecretsecret').toString('base64');
    expect(idOfEncodedKey(` ${encoded} `)).toEqual({ id: 'AbC_12-x' });
    expect(idOfEncodedKey('not base64!')).toHaveProperty('error');
    expect(idOfEncodedKey(Buffer.from('no-colon-here').toString('base64'))).toHaveProperty('error');
    expect(idOfEncodedKey(Buffer.from('id:short').toString('base64'))).toHaveProperty('error');
  });
});
