import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readClusterIdentity } from '@/lib/server/elasticsearch/cluster-identity';
import { standInClient, type RecordedCluster } from '@/tests/support/stand-in-client';
import { reloadSecureSettings } from './reload-secure-settings';

// The keystore reload and the cluster identity read, against a 9.5.4 node's recorded answers.

const recorded = JSON.parse(
  readFileSync(new URL('../elasticsearch/fixtures/local-9.5.4.json', import.meta.url), 'utf8'),
) as RecordedCluster;

describe('reloadSecureSettings', () => {
  it("reports each node by name with the setting names it holds, and a node's failure by name", async () => {
    const result = await reloadSecureSettings(standInClient(recorded).es);
    expect(result).toMatchObject({
      clusterName: 'local',
      nodes: [{ name: 'local-0', reloaded: true, secureSettingNames: ['bootstrap.password', 'keystore.seed'] }],
      failedNodes: [],
    });
    const failing = structuredClone(recorded);
    const nodes = (failing.reloadSecureSettings as { nodes: Record<string, Record<string, unknown>> }).nodes;
    for (const node of Object.values(nodes))
      node.reload_exception = { type: 'security_exception', reason: 'wrong password' };
    expect(await reloadSecureSettings(standInClient(failing).es)).toMatchObject({
      failedNodes: ['local-0'],
      nodes: [{ reloaded: false, error: 'wrong password' }],
    });
  });
});

describe('readClusterIdentity', () => {
  it("reads the cluster's name and its oldest node's version from nodes info", async () => {
    expect(await readClusterIdentity(standInClient(recorded).es)).toEqual({ clusterName: 'local', version: '9.5.4' });
  });

  it('is unknown, not an error, for a caller Elasticsearch refuses nodes info', async () => {
    const standIn = standInClient(recorded);
    standIn.failNext('nodes.info', 403, 'action [cluster:monitor/nodes/info] is unauthorized');
    expect(await readClusterIdentity(standIn.es)).toBeUndefined();
  });
});
