import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RegisteredCluster } from '@/lib/config/schema';
import type { ClusterTarget } from '@/lib/server/http/cluster-route';
import { standInClient, type RecordedCluster, type StandIn } from '@/tests/support/stand-in-client';
import { forgetSharedRead, readRemoteClusterState, settledSharedRead } from './shared-read';

// Privilege-gated sharing of the list's reads: one read per cluster within the refresh interval, given to another
// caller only once Elasticsearch confirms they hold `monitor`. Answers recorded from a real 9.5.4 cluster.

const recorded = JSON.parse(
  readFileSync(new URL('../elasticsearch/fixtures/local-9.5.4.json', import.meta.url), 'utf8'),
) as RecordedCluster;
const options = { maxAgeMs: 60_000, liveCheckSeconds: 5 };
let clusters = 0;

/** A cluster of its own per test (the shared reads are per cluster id), and a caller factory for it. */
function freshCluster() {
  const cluster = { id: `unit-shared-${clusters++}`, displayName: 'Local', url: 'http://127.0.0.1:1' };
  return (user: string, standIn: StandIn = standInClient(recorded)): ClusterTarget & { standIn: StandIn } => ({
    cluster: cluster as RegisteredCluster,
    credentials: { kind: 'header', value: `Basic ${Buffer.from(`${user}:secret`).toString('base64')}` },
    es: standIn.es,
    standIn,
  });
}

const reads = (standIn: StandIn) => standIn.calls.filter((call) => call === 'cluster.getSettings').length;

describe('readRemoteClusterState', () => {
  it('reads once for the same caller within the interval, and again when asked for a fresh read', async () => {
    const caller = freshCluster()('admin');
    await readRemoteClusterState(caller, options);
    await readRemoteClusterState(caller, options);
    expect(reads(caller.standIn)).toBe(1);
    await readRemoteClusterState(caller, { ...options, fresh: true });
    expect(reads(caller.standIn)).toBe(2);
  });

  it('joins a read in flight instead of starting a second one', async () => {
    const caller = freshCluster()('admin');
    await Promise.all([readRemoteClusterState(caller, options), readRemoteClusterState(caller, options)]);
    expect(reads(caller.standIn)).toBe(1);
  });

  it('gives the read to another caller only once Elasticsearch confirms they hold monitor', async () => {
    const as = freshCluster();
    const starter = as('admin');
    const reader = as('monitor_user');
    const stranger = as('no_monitor');
    stranger.standIn.holdsMonitor = false;
    const first = await readRemoteClusterState(starter, options);

    expect(await readRemoteClusterState(reader, options)).toBe(first);
    expect(reader.standIn.calls).toEqual(['security.hasPrivileges']);

    await readRemoteClusterState(stranger, options);
    expect(stranger.standIn.calls).toContain('security.hasPrivileges');
    expect(reads(stranger.standIn)).toBe(1);
  });

  it('lets another caller read for themselves when the shared read failed for its starter', async () => {
    const as = freshCluster();
    const starter = as('expired');
    const other = as('admin');
    starter.standIn.failNext('cluster.getSettings', 401, 'unable to authenticate user [expired]');
    const failed = readRemoteClusterState(starter, options);
    const joined = readRemoteClusterState(other, options);
    await expect(failed).rejects.toMatchObject({ statusCode: 401 });
    await expect(joined).resolves.toMatchObject({ info: recorded.remoteInfo });
    expect(reads(other.standIn)).toBe(1);
  });

  it("reads again for another caller when the starter's live check was refused, showing none of it", async () => {
    const as = freshCluster();
    const starter = as('probe_reader');
    const other = as('admin');
    const refusal = 'action [indices:admin/resolve/cluster] is unauthorized for user [probe_reader]';
    starter.standIn.failNext('indices.resolveCluster', 403, refusal);
    const refused = await readRemoteClusterState(starter, options);
    expect(refused.answersOnlyItsCaller).toBe(true);
    const own = await readRemoteClusterState(other, options);
    expect(JSON.stringify(own)).not.toContain('probe_reader');
    expect(reads(other.standIn)).toBe(1);
  });

  it('reads again after a write forgot the shared read', async () => {
    const caller = freshCluster()('admin');
    await readRemoteClusterState(caller, options);
    forgetSharedRead(caller.cluster.id);
    await readRemoteClusterState(caller, options);
    expect(reads(caller.standIn)).toBe(2);
  });
});

describe('settledSharedRead', () => {
  it('hands a settled read to its caller without asking Elasticsearch, and nothing once too old', async () => {
    const caller = freshCluster()('admin');
    expect(await settledSharedRead(caller, 60_000)).toBeUndefined();
    const read = await readRemoteClusterState(caller, options);
    const before = caller.standIn.calls.length;
    expect(await settledSharedRead(caller, 60_000)).toBe(read);
    expect(caller.standIn.calls.length).toBe(before);
    expect(await settledSharedRead(caller, 0)).toBeUndefined();
  });

  it('gives another caller nothing until their monitor privilege is confirmed, never asking for it', async () => {
    const as = freshCluster();
    const starter = as('admin');
    const other = as('monitor_user');
    const read = await readRemoteClusterState(starter, options);
    expect(await settledSharedRead(other, 60_000)).toBeUndefined();
    expect(other.standIn.calls).toEqual([]);
    await readRemoteClusterState(other, options); // confirms monitor through _has_privileges
    expect(await settledSharedRead(other, 60_000)).toBe(read);
  });
});
