import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RegisteredCluster } from '@/lib/config/schema';
import { deserializeRemoteCluster } from '@/lib/remote-clusters/deserialize';
import { remoteClusterCreateSchema, remoteClusterUpdateSchema } from '@/lib/remote-clusters/schema';
import type { ClusterTarget } from '@/lib/server/http/cluster-route';
import { standInClient, type RecordedCluster, type StandIn } from '@/tests/support/stand-in-client';
import { fetchRemoteClusterState, sourcesFor } from './fetch-state';
import {
  ALREADY_EXISTS,
  createRemoteCluster,
  deleteRemoteClusters,
  NOT_FOUND,
  updateRemoteCluster,
} from './operations';

// The status codes of the remote-cluster operations, against answers recorded from a real 9.5.4 cluster: what
// Elasticsearch says decides each outcome, and a refused request writes nothing.

const recorded = JSON.parse(
  readFileSync(new URL('../elasticsearch/fixtures/local-9.5.4.json', import.meta.url), 'utf8'),
) as RecordedCluster;
const cluster = { id: 'unit-local', displayName: 'Local', url: 'http://127.0.0.1:1' } as RegisteredCluster;

let standIn: StandIn;
let target: ClusterTarget;

beforeEach(() => {
  standIn = standInClient(recorded);
  target = { cluster, credentials: { kind: 'header', value: 'Basic dW5pdDp0ZXN0' }, es: standIn.es };
});

// Bodies as the runner hands them over: parsed by the operation's own schemas.
const created = (body: unknown) => remoteClusterCreateSchema.parse(body);
const changed = (body: unknown) => remoteClusterUpdateSchema.parse(body);
const writes = () => standIn.calls.filter((call) => call === 'cluster.putSettings').length;

async function versionOf(name: string): Promise<string> {
  const state = await fetchRemoteClusterState(standIn.es);
  return deserializeRemoteCluster(name, sourcesFor(state, name)).settingsVersion;
}

describe('createRemoteCluster', () => {
  it("answers 409 with Kibana's message for a name the cluster knows, and writes nothing", async () => {
    await expect(
      createRemoteCluster(target, created({ name: 'legacy', mode: 'sniff', seeds: ['h:1'] })),
    ).rejects.toMatchObject({
      statusCode: 409,
      message: ALREADY_EXISTS,
    });
    // elasticsearch.yml remotes are names the cluster knows too.
    await expect(
      createRemoteCluster(target, created({ name: 'node-defined', mode: 'sniff', seeds: ['h:1'] })),
    ).rejects.toMatchObject({ statusCode: 409 });
    expect(writes()).toBe(0);
  });

  it('writes the persistent settings of a new name', async () => {
    expect(
      await createRemoteCluster(target, created({ name: 'fresh', mode: 'sniff', seeds: ['10.0.0.1:9443'] })),
    ).toEqual({
      acknowledged: true,
    });
    expect(standIn.persistent['cluster.remote.fresh.seeds']).toEqual(['10.0.0.1:9443']);
    expect(standIn.persistent['cluster.remote.fresh.mode']).toBe('sniff');
  });
});

describe('updateRemoteCluster', () => {
  it('answers 404 for a name the cluster does not know', async () => {
    await expect(
      updateRemoteCluster(target, 'nowhere', changed({ mode: 'sniff', seeds: ['h:1'] })),
    ).rejects.toMatchObject({
      statusCode: 404,
      message: NOT_FOUND,
    });
  });

  it('answers 400 for a remote defined in elasticsearch.yml, and writes nothing', async () => {
    await expect(
      updateRemoteCluster(target, 'node-defined', changed({ mode: 'sniff', seeds: ['h:1'] })),
    ).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('elasticsearch.yml'),
    });
    expect(writes()).toBe(0);
  });

  it('answers 409 with the current version when the one sent is stale, and writes nothing', async () => {
    const current = await versionOf('legacy');
    const stale = { mode: 'sniff' as const, seeds: ['h:1'], settingsVersion: 'not-the-current-one' };
    await expect(updateRemoteCluster(target, 'legacy', changed(stale))).rejects.toMatchObject({
      statusCode: 409,
      message: expect.stringContaining('changed by someone else'),
      attributes: { currentSettingsVersion: current },
    });
    expect(writes()).toBe(0);
  });

  it(
    'writes with the current version and answers the ' + 'remote as it is after the write, with a new version',
    async () => {
      const current = await versionOf('legacy');
      const saved = await updateRemoteCluster(
        target,
        'legacy',
        changed({
          mode: 'sniff',
          seeds: ['127.0.0.1:19399'],
          skipUnavailable: true,
          settingsVersion: current,
        }),
      );
      expect(standIn.persistent['cluster.remote.legacy.seeds']).toEqual(['127.0.0.1:19399']);
      expect(standIn.persistent['cluster.remote.legacy.skip_unavailable']).toBe(true);
      // Read after the write (the stand-in's _remote/info is the recorded one, so the seeds shown are its).
      expect(standIn.calls.filter((call) => call === 'cluster.getSettings')).toHaveLength(3);
      expect(saved).toMatchObject({ name: 'legacy', settingsSource: 'persistent' });
      expect(saved.settingsVersion).not.toBe(current);
      // The version answered is the one the next edit must send.
      await expect(
        updateRemoteCluster(
          target,
          'legacy',
          changed({ mode: 'sniff', seeds: ['h:2'], settingsVersion: saved.settingsVersion }),
        ),
      ).resolves.toMatchObject({ name: 'legacy' });
      expect(standIn.persistent['cluster.remote.legacy.seeds']).toEqual(['h:2']);
    },
  );
});

describe('names that are properties of every JavaScript object', () => {
  it('are remotes like any other: 404 to update one that does not exist, and never "deleted"', async () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      await expect(
        updateRemoteCluster(target, name, changed({ mode: 'sniff', seeds: ['h:1'], settingsVersion: 'x' })),
      ).rejects.toMatchObject({ statusCode: 404, message: NOT_FOUND });
    }
    const result = await deleteRemoteClusters(target, ['constructor', '__proto__']);
    expect(result.itemsDeleted).toEqual([]);
    expect(result.errors.map((error) => [error.name, error.error.status])).toEqual([
      ['constructor', 404],
      ['__proto__', 404],
    ]);
    expect(writes()).toBe(0);
  });
});

describe('deleteRemoteClusters', () => {
  it('removes what it can and gives every other name its own error in Kibana’s shape', async () => {
    const result = await deleteRemoteClusters(target, ['legacy', 'nowhere', 'node-defined', 'legacy']);
    expect(result.itemsDeleted).toEqual(['legacy']);
    expect(result.errors).toEqual([
      {
        name: 'nowhere',
        error: {
          status: 404,
          payload: { message: NOT_FOUND },
          options: { statusCode: 404, body: { message: NOT_FOUND } },
        },
      },
      { name: 'node-defined', error: expect.objectContaining({ status: 400 }) },
    ]);
    expect(Object.keys(standIn.persistent).filter((key) => key.startsWith('cluster.remote.legacy.'))).toEqual([]);
  });

  it("gives each removable name Elasticsearch's refusal when the write is refused", async () => {
    standIn.failNext('cluster.putSettings', 403, 'action [cluster:admin/settings/update] is unauthorized');
    const result = await deleteRemoteClusters(target, ['legacy']);
    expect(result.itemsDeleted).toEqual([]);
    expect(result.errors).toEqual([
      {
        name: 'legacy',
        error: expect.objectContaining({
          status: 403,
          payload: { message: 'action [cluster:admin/settings/update] is unauthorized' },
        }),
      },
    ]);
  });

  it('makes no write when no name can be removed', async () => {
    const result = await deleteRemoteClusters(target, ['nowhere']);
    expect(result).toMatchObject({ itemsDeleted: [], errors: [{ name: 'nowhere' }] });
    expect(writes()).toBe(0);
  });
});
