import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { standInClient, type RecordedCluster } from '@/tests/support/stand-in-client';
import { LOCK_INDEX, withSettingsLock } from './settings-lock';

// The lock's rules against a stand-in with Elasticsearch's document concurrency (create refuses an existing id,
// conditional deletes refuse another version). Across real console processes: tests/integration/lost-updates.

const recorded = JSON.parse(
  readFileSync(new URL('../elasticsearch/fixtures/local-9.5.4.json', import.meta.url), 'utf8'),
) as RecordedCluster;
let clusters = 0;

describe('withSettingsLock', () => {
  it('lets one save at a time in, in any order, and frees the lock after each', async () => {
    const { es } = standInClient(recorded);
    const clusterId = `lock-${clusters++}`;
    let inside = 0;
    let mostInside = 0;
    const save = () =>
      withSettingsLock(es, clusterId, async (outcome) => {
        inside += 1;
        mostInside = Math.max(mostInside, inside);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inside -= 1;
        return outcome;
      });
    const outcomes = await Promise.all(Array.from({ length: 6 }, save));
    expect(outcomes).toEqual(Array(6).fill('held'));
    expect(mostInside).toBe(1);
    await expect(es.get({ index: LOCK_INDEX, id: 'remote-cluster-settings' })).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it('frees a lock its crashed holder left behind once it has expired', async () => {
    const { es } = standInClient(recorded);
    const past = new Date(Date.now() - 1000).toISOString();
    await es.create({
      index: LOCK_INDEX,
      id: 'remote-cluster-settings',
      document: { holder: 'crashed', acquiredAt: past, expiresAt: past },
    });
    expect(await withSettingsLock(es, `lock-${clusters++}`, async (outcome) => outcome)).toBe('held');
  });

  it('releases the lock when the save fails, and passes the failure on', async () => {
    const { es } = standInClient(recorded);
    const clusterId = `lock-${clusters++}`;
    await expect(
      withSettingsLock(es, clusterId, async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await withSettingsLock(es, clusterId, async (outcome) => outcome)).toBe('held');
  });

  it('saves without the lock for a caller Elasticsearch does not let write it', async () => {
    const standIn = standInClient(recorded);
    standIn.failNext('indices.create', 403, 'action [indices:admin/create] is unauthorized for user [ops]');
    expect(await withSettingsLock(standIn.es, `lock-${clusters++}`, async (outcome) => outcome)).toBe('not permitted');
  });
});
