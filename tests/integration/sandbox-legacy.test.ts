import { beforeAll, describe, expect, it } from 'vitest';
import {
  LEGACY_ALIAS,
  LEGACY_DOCUMENTS,
  LEGACY_INDEX,
  LEGACY_PASSWORD,
  LEGACY_SERVER_PORT,
  LEGACY_TRANSPORT_PORT,
  LEGACY_USER,
  NODE_DEFINED_REMOTE,
  adminClient,
  legacyEnabled,
  sandboxCluster,
} from '../support/sandbox';

// The sandbox's third cluster, as issue 7's migration starts from it: local reaches legacy in the deprecated
// certificate model (transport port, transport TLS with the sandbox CA, no keystore credentials, role names),
// and legacy also serves the API-key model. Read straight from Elasticsearch; the console is not involved.

interface RemoteInfo {
  connected: boolean;
  mode: string;
  seeds?: string[];
  skip_unavailable: boolean;
  cluster_credentials?: string;
}

const SKIP_REASON =
  'skipped: the sandbox registry has no "legacy" cluster; start it with: npm run sandbox -- up --with-legacy';
const enabled = legacyEnabled();
if (!enabled) console.warn(`sandbox-legacy.test.ts ${SKIP_REASON}`);

/** _remote/info does not connect by itself; a resolve of the aliases makes local contact each remote. */
async function remoteInfo(): Promise<Record<string, RemoteInfo>> {
  const local = adminClient('local');
  await local.indices.resolveCluster({ name: [`${LEGACY_ALIAS}:*`, `${NODE_DEFINED_REMOTE}:*`] });
  return (await local.cluster.remoteInfo()) as unknown as Record<string, RemoteInfo>;
}

describe.skipIf(!enabled)(`the legacy cluster in the certificate model${enabled ? '' : ` (${SKIP_REASON})`}`, () => {
  let info: Record<string, RemoteInfo> = {};

  beforeAll(async () => {
    info = await remoteInfo();
  });

  it('is a remote of local on its transport port, connected, without cluster credentials', () => {
    const legacy = info[LEGACY_ALIAS];
    expect(legacy).toMatchObject({
      connected: true,
      mode: 'sniff',
      seeds: [`127.0.0.1:${LEGACY_TRANSPORT_PORT}`],
      skip_unavailable: false,
    });
    expect(legacy).not.toHaveProperty('cluster_credentials');
  });

  it(
    `lets ${LEGACY_USER} search ${LEGACY_ALIAS}:${LEGACY_INDEX} ` +
      `through local, authorised by its role name on legacy`,
    async () => {
      const response = await fetch(`${sandboxCluster('local').url}/${LEGACY_ALIAS}:${LEGACY_INDEX}/_search?size=0`, {
        headers: { authorization: `Basic ${Buffer.from(`${LEGACY_USER}:${LEGACY_PASSWORD}`).toString('base64')}` },
      });
      const body = (await response.json()) as { hits?: { total: { value: number } }; error?: unknown };
      expect(response.status, JSON.stringify(body.error)).toBe(200);
      expect(body.hits?.total.value).toBe(LEGACY_DOCUMENTS);
    },
  );

  it('keeps the elasticsearch.yml remote connected now that transport TLS is on', () => {
    expect(info[NODE_DEFINED_REMOTE]).toMatchObject({ connected: true });
    expect(info[NODE_DEFINED_REMOTE]).not.toHaveProperty('cluster_credentials');
  });

  it('serves the API-key model too: a remote cluster server on its own port, and a trial licence', async () => {
    const legacy = adminClient('legacy');
    const nodes = await legacy.nodes.info({ filter_path: ['nodes.*.remote_cluster_server'] });
    const addresses = Object.values(nodes.nodes ?? {}).map(
      (node) =>
        (node as { remote_cluster_server?: { publish_address?: string } }).remote_cluster_server?.publish_address,
    );
    expect(addresses).toEqual([`127.0.0.1:${LEGACY_SERVER_PORT}`]);
    expect((await legacy.license.get()).license).toMatchObject({ type: 'trial', status: 'active' });
  });
});
