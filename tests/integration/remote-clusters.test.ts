import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { INVALID_REMOTE_CLUSTER_BODIES } from '../fixtures/invalid-remote-clusters';
import {
  NODE_DEFINED_REMOTE,
  REMOTE_SERVER_PORT,
  SANDBOX_PASSWORD,
  adminClient,
  ensureUser,
  installRemoteCredentials,
  removeRemoteCredentials,
} from '../support/sandbox';
import { startBlackhole } from '../support/blackhole';
import { ConsoleSessionClient } from '../support/session';

const baseUrl = inject('consoleUrl');
const admin = adminClient('local');
const authorization = `Basic ${Buffer.from(`elastic:${SANDBOX_PASSWORD}`).toString('base64')}`;
const run = Date.now().toString(36);
const alias = (name: string) => `it_${name}_${run}`;
const SNIFF = alias('sniff');
const PROXY = alias('proxy');
const serverAddress = `127.0.0.1:${REMOTE_SERVER_PORT}`;

async function api(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown> & Record<number, unknown>,
  };
}

async function list(): Promise<RemoteCluster[]> {
  const { status, body } = await api('/api/remote_clusters?refresh=true');
  expect(status).toBe(200);
  return body as unknown as RemoteCluster[];
}

async function remoteSettings(): Promise<Record<string, unknown>> {
  const settings = await admin.cluster.getSettings({ flat_settings: true });
  const mine = (section: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(section).filter(([key]) => key.includes(`_${run}`)));
  return { persistent: mine(settings.persistent), transient: mine(settings.transient) };
}

/** _remote/info does not connect on its own; Elasticsearch connects lazily, so wait for the console to see it. */
async function eventually(name: string, predicate: (remote: RemoteCluster) => boolean): Promise<RemoteCluster> {
  let last: RemoteCluster | undefined;
  for (let attempt = 0; attempt < 20; attempt++) {
    last = (await list()).find((remote) => remote.name === name);
    if (last && predicate(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${name} never matched; last seen: ${JSON.stringify(last)}`);
}

beforeAll(async () => {
  await installRemoteCredentials(SNIFF);
  await installRemoteCredentials(PROXY);
}, 60_000);

let closeBlackhole: (() => Promise<void>) | undefined;

afterAll(async () => {
  await closeBlackhole?.();
  const keys = Object.keys({ ...((await remoteSettings()).persistent as object) });
  if (keys.length > 0)
    await admin.cluster.putSettings({ persistent: Object.fromEntries(keys.map((key) => [key, null])) });
  removeRemoteCredentials(SNIFF);
  removeRemoteCredentials(PROXY);
}, 60_000);

describe('remote clusters REST API against the sandbox', () => {
  it('adds a sniff remote to the remote cluster server and sees it connected with the API-key model', async () => {
    const created = await api('/api/remote_clusters', {
      method: 'POST',
      body: { name: SNIFF, mode: 'sniff', seeds: [serverAddress], skipUnavailable: true },
    });
    expect(created).toEqual({ status: 200, body: { acknowledged: true } });
    const remote = await eventually(SNIFF, (candidate) => candidate.isConnected);
    expect(remote).toMatchObject({
      mode: 'sniff',
      securityModel: 'api_key',
      isConfiguredByNode: false,
      skipUnavailable: true,
      seeds: [serverAddress],
      connectedNodesCount: 1,
      maxConnectionsPerCluster: 3,
    });
    expect(typeof remote.isConnected).toBe('boolean');
  });

  it('adds a proxy remote with a server name and sees its sockets connected', async () => {
    const created = await api('/api/clusters/local/remote_clusters', {
      method: 'POST',
      body: {
        name: PROXY,
        mode: 'proxy',
        proxyAddress: serverAddress,
        serverName: 'localhost',
        proxySocketConnections: 2,
      },
    });
    expect(created.status).toBe(200);
    const remote = await eventually(PROXY, (candidate) => candidate.isConnected);
    expect(remote).toMatchObject({
      mode: 'proxy',
      securityModel: 'api_key',
      proxyAddress: serverAddress,
      serverName: 'localhost',
      maxProxySocketConnections: 2,
    });
    expect(remote.connectedSocketsCount).toBeGreaterThan(0);
  });

  it("answers 409 with Kibana's message when the name exists, and 404 for a missing one", async () => {
    const again = await api('/api/remote_clusters', {
      method: 'POST',
      body: { name: SNIFF, mode: 'sniff', seeds: ['127.0.0.1:1'] },
    });
    expect(again).toEqual({
      status: 409,
      body: { statusCode: 409, error: 'Conflict', message: 'There is already a remote cluster with that name.' },
    });
    expect((await api(`/api/remote_clusters/${alias('missing')}`)).status).toBe(404);
    const update = await api(`/api/remote_clusters/${alias('missing')}`, {
      method: 'PUT',
      body: { mode: 'sniff', seeds: ['127.0.0.1:1'] },
    });
    expect(update.body).toMatchObject({ statusCode: 404, message: 'There is no remote cluster with that name.' });
  });

  it(
    'reports unreachable remotes as not connected, with a reason, without holding the list',
    { timeout: 60_000 },
    async () => {
      const refused = alias('refused');
      const blackhole = alias('blackhole');
      await api('/api/remote_clusters', {
        method: 'POST',
        body: { name: refused, mode: 'sniff', seeds: ['127.0.0.1:1'] },
      });
      const hole = await startBlackhole();
      closeBlackhole = hole.close;
      await api('/api/remote_clusters', {
        method: 'POST',
        body: { name: blackhole, mode: 'proxy', proxyAddress: hole.address },
      });
      const started = Date.now();
      const remotes = await list();
      // Functional bound only (the benchmark measures speed): a 30 s connect timeout must not reach the list.
      expect(Date.now() - started).toBeLessThan(10_000);
      for (const name of [refused, blackhole]) {
        const remote = remotes.find((candidate) => candidate.name === name);
        expect(remote).toMatchObject({ isConnected: false, securityModel: 'certificate' });
        expect(remote?.notConnectedReason).toMatch(/\w+/);
      }
      expect(remotes.find((remote) => remote.name === SNIFF)?.isConnected).toBe(true);
      // The quick read for a first paint skips the live check and still lists every remote.
      const quick = await api('/api/remote_clusters?live=false');
      expect((quick.body as unknown as RemoteCluster[]).map((remote) => remote.name)).toEqual(
        expect.arrayContaining([refused, blackhole, SNIFF]),
      );
    },
  );

  it("updates a remote and returns it, and switching modes removes the other mode's keys", async () => {
    const updated = await api(`/api/remote_clusters/${SNIFF}`, {
      method: 'PUT',
      body: {
        mode: 'sniff',
        seeds: [serverAddress],
        skipUnavailable: false,
        transportPingSchedule: '30s',
        nodeConnections: 2,
      },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      name: SNIFF,
      skipUnavailable: false,
      transportPingSchedule: '30s',
      nodeConnections: 2,
    });
    const switched = await api(`/api/remote_clusters/${SNIFF}`, {
      method: 'PUT',
      body: { mode: 'proxy', proxyAddress: serverAddress, serverName: 'localhost' },
    });
    expect(switched.body).toMatchObject({ mode: 'proxy', proxyAddress: serverAddress });
    const { persistent } = await remoteSettings();
    expect(persistent).toMatchObject({ [`cluster.remote.${SNIFF}.mode`]: 'proxy' });
    expect(persistent).not.toHaveProperty([`cluster.remote.${SNIFF}.seeds`]);
    expect(persistent).not.toHaveProperty([`cluster.remote.${SNIFF}.node_connections`]);
    await eventually(SNIFF, (remote) => remote.isConnected && remote.mode === 'proxy');
  });

  it('refuses to change or delete a remote defined in elasticsearch.yml, writing nothing', async () => {
    const before = await admin.cluster.getSettings({ flat_settings: true });
    const yml = (await list()).find((remote) => remote.name === NODE_DEFINED_REMOTE);
    expect(yml).toMatchObject({ isConfiguredByNode: true, settingsSource: 'node', securityModel: 'certificate' });
    const update = await api(`/api/remote_clusters/${NODE_DEFINED_REMOTE}`, {
      method: 'PUT',
      body: { mode: 'sniff', seeds: ['127.0.0.1:1'] },
    });
    expect(update.status).toBe(400);
    expect(update.body.message).toContain('elasticsearch.yml');
    const removal = await api(`/api/remote_clusters/${NODE_DEFINED_REMOTE}`, { method: 'DELETE' });
    expect(removal.body).toMatchObject({
      itemsDeleted: [],
      errors: [{ name: NODE_DEFINED_REMOTE, error: { status: 400 } }],
    });
    expect(await admin.cluster.getSettings({ flat_settings: true })).toEqual(before);
  });

  it('answers 409 when the remote changed after the caller read it, and keeps the other change', async () => {
    const { body: read } = await api(`/api/remote_clusters/${PROXY}`);
    await admin.cluster.putSettings({ persistent: { [`cluster.remote.${PROXY}.proxy_socket_connections`]: 5 } });
    const stale = await api(`/api/remote_clusters/${PROXY}`, {
      method: 'PUT',
      body: {
        mode: 'proxy',
        proxyAddress: serverAddress,
        proxySocketConnections: 9,
        settingsVersion: read.settingsVersion,
      },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toContain('changed by someone else');
    expect((await remoteSettings()).persistent).toMatchObject({
      [`cluster.remote.${PROXY}.proxy_socket_connections`]: '5',
    });
    const { body: fresh } = await api(`/api/remote_clusters/${PROXY}`);
    const retried = await api(`/api/remote_clusters/${PROXY}`, {
      method: 'PUT',
      body: {
        mode: 'proxy',
        proxyAddress: serverAddress,
        serverName: 'localhost',
        proxySocketConnections: 9,
        settingsVersion: fresh.settingsVersion,
      },
    });
    expect(retried.body).toMatchObject({ proxySocketConnections: 9 });
  });

  it('deletes one remote with every key it has, including keys set by hand', async () => {
    const name = alias('refused');
    await admin.cluster.putSettings({ persistent: { [`cluster.remote.${name}.transport.compression_scheme`]: 'lz4' } });
    const removal = await api(`/api/remote_clusters/${name}`, { method: 'DELETE' });
    expect(removal).toEqual({ status: 200, body: { itemsDeleted: [name], errors: [] } });
    expect(Object.keys((await remoteSettings()).persistent as object).filter((key) => key.includes(name))).toEqual([]);
    expect((await list()).some((remote) => remote.name === name)).toBe(false);
  });

  it(
    "deletes several at once, reporting the missing ones as errors with Kibana's shape",
    { timeout: 60_000 },
    async () => {
      const missing = alias('missing');
      const removal = await api(`/api/remote_clusters/${alias('blackhole')},${missing}`, { method: 'DELETE' });
      expect(removal).toEqual({
        status: 200,
        body: {
          itemsDeleted: [alias('blackhole')],
          errors: [
            {
              name: missing,
              error: {
                status: 404,
                payload: { message: 'There is no remote cluster with that name.' },
                options: { statusCode: 404, body: { message: 'There is no remote cluster with that name.' } },
              },
            },
          ],
        },
      });
    },
  );

  it('refuses every invalid body with 400 and a field message, before Elasticsearch sees it', async () => {
    expect(INVALID_REMOTE_CLUSTER_BODIES.length).toBeGreaterThanOrEqual(30);
    const before = await admin.cluster.getSettings({ flat_settings: true });
    for (const { why, body, field } of INVALID_REMOTE_CLUSTER_BODIES) {
      const response = await api('/api/remote_clusters', { method: 'POST', body });
      expect(response.status, why).toBe(400);
      expect((response.body.attributes as { fields: Record<string, string> }).fields, why).toHaveProperty([field]);
    }
    const update = await api(`/api/remote_clusters/${PROXY}`, {
      method: 'PUT',
      body: { mode: 'proxy', proxyAddress: 'no-port' },
    });
    expect(update.status).toBe(400);
    expect(await admin.cluster.getSettings({ flat_settings: true })).toEqual(before);
  });

  it('serves every registered cluster under /api/clusters/{id}, and 404 for an unknown one', async () => {
    const onRemote = await fetch(`${baseUrl}/api/clusters/remote/remote_clusters`, { headers: { authorization } });
    expect(onRemote.status).toBe(200);
    expect(Array.isArray(await onRemote.json())).toBe(true);
    expect((await api('/api/clusters/nowhere/remote_clusters')).status).toBe(404);
  });

  it('needs kbn-xsrf for cookie-session writes, and writes nothing without it', async () => {
    const session = new ConsoleSessionClient(baseUrl);
    expect(await session.signIn('elastic', SANDBOX_PASSWORD)).toBeNull();
    const body = JSON.stringify({ name: alias('xsrf'), mode: 'sniff', seeds: ['127.0.0.1:1'] });
    const refused = await session.fetch('/api/remote_clusters', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(refused.status).toBe(400);
    expect((await remoteSettings()).persistent).not.toHaveProperty([`cluster.remote.${alias('xsrf')}.seeds`]);
    const accepted = await session.fetch('/api/remote_clusters', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'kbn-xsrf': 'true' },
      body,
    });
    expect(accepted.status).toBe(200);
    const listed = (await (await session.fetch('/api/remote_clusters')).json()) as RemoteCluster[];
    expect(listed.some((remote) => remote.name === alias('xsrf'))).toBe(true);
  });

  it(
    'never serves the shared read to a caller Elasticsearch ' + "would refuse, and keeps Elasticsearch's reason",
    async () => {
      const basicFor = (user: string) => `Basic ${Buffer.from(`${user}:it-password-1`).toString('base64')}`;
      await ensureUser(admin, 'it_rc_nobody', 'it-password-1', []);
      await ensureUser(admin, 'it_rc_monitor', 'it-password-1', ['monitor']);
      // The administrator's read is now the shared one for this refresh interval.
      expect((await api('/api/remote_clusters')).status).toBe(200);
      const nobody = await fetch(`${baseUrl}/api/remote_clusters`, {
        headers: { authorization: basicFor('it_rc_nobody') },
      });
      expect(nobody.status).toBe(403);
      expect(((await nobody.json()) as { message: string }).message).toMatch(/unauthorized for user \[it_rc_nobody\]/);
      const monitor = await fetch(`${baseUrl}/api/remote_clusters`, {
        headers: { authorization: basicFor('it_rc_monitor') },
      });
      expect(monitor.status).toBe(200);
      expect(((await monitor.json()) as RemoteCluster[]).some((remote) => remote.name === PROXY)).toBe(true);
      const write = await fetch(`${baseUrl}/api/remote_clusters`, {
        method: 'POST',
        headers: { authorization: basicFor('it_rc_monitor'), 'content-type': 'application/json' },
        body: JSON.stringify({ name: alias('monitor'), mode: 'sniff', seeds: ['127.0.0.1:1'] }),
      });
      expect(write.status).toBe(403);
      expect(((await write.json()) as { message: string }).message).toMatch(
        /cluster:admin\/settings\/update|unauthorized/,
      );
    },
  );
});
