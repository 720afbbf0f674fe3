import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { startConsole, type RunningConsole } from '../support/console-server';
import { SANDBOX_PASSWORD, adminClient } from '../support/sandbox';

// Compare-and-set for remote settings across console processes (issue 14): writers split over two console
// servers on one cluster each read a remote's settingsVersion and save with it. Every acknowledged save must be
// based on the version the previous acknowledged save produced (one chain, nothing overwritten unseen), and the
// cluster must end with the last save of that chain.

const first = inject('consoleUrl');
const admin = adminClient('local');
const run = Date.now().toString(36);
const NAME = `it_lost_${run}`;
const WRITERS = 10;
const CYCLES = 10;
const HEADERS = {
  authorization: `Basic ${Buffer.from(`elastic:${SANDBOX_PASSWORD}`).toString('base64')}`,
  'content-type': 'application/json',
};
let second: RunningConsole;

interface Acknowledged {
  base: string;
  result: string;
  nodeConnections: number;
}

async function readVersion(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/remote_clusters?live=false`, { headers: HEADERS });
  const remotes = (await response.json()) as RemoteCluster[];
  const remote = remotes.find((candidate) => candidate.name === NAME);
  if (!remote) throw new Error(`${NAME} is missing from the list`);
  return remote.settingsVersion;
}

async function writer(baseUrl: string, index: number, acknowledged: Acknowledged[], statuses: number[]) {
  for (let cycle = 0; cycle < CYCLES; cycle += 1) {
    const base = await readVersion(baseUrl);
    const nodeConnections = index * CYCLES + cycle + 1;
    const response = await fetch(`${baseUrl}/api/remote_clusters/${NAME}`, {
      method: 'PUT',
      headers: HEADERS,
      body: JSON.stringify({ mode: 'sniff', seeds: ['127.0.0.1:1'], nodeConnections, settingsVersion: base }),
    });
    statuses.push(response.status);
    if (response.status === 200) {
      const saved = (await response.json()) as RemoteCluster;
      acknowledged.push({ base, result: saved.settingsVersion, nodeConnections });
    } else {
      await response.body?.cancel();
    }
  }
}

beforeAll(async () => {
  await admin.cluster.putSettings({
    persistent: { [`cluster.remote.${NAME}.seeds`]: ['127.0.0.1:1'], [`cluster.remote.${NAME}.node_connections`]: 3 },
  });
  second = await startConsole(Number(process.env.RCC_TEST_PORT ?? 3100) + 7);
});

afterAll(async () => {
  await second?.stop();
  // Through the console, which removes every key the saves left (mode, skip_unavailable and the rest).
  await fetch(`${first}/api/remote_clusters/${NAME}`, { method: 'DELETE', headers: HEADERS });
});

describe('saving one remote from many writers on two console processes', () => {
  it('acknowledges only saves based on the latest version, in one chain ending with the final settings', async () => {
    const initial = await readVersion(first);
    const acknowledged: Acknowledged[] = [];
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: WRITERS }, (_, index) =>
        writer(index % 2 === 0 ? first : second.url, index, acknowledged, statuses),
      ),
    );

    const bases = new Set(acknowledged.map((save) => save.base));
    const refused = statuses.filter((status) => status === 409).length;
    console.info(
      `[lost-updates] writers ${WRITERS} on 2 processes, attempts ${statuses.length}, ` +
        `acknowledged ${acknowledged.length} from ${bases.size} distinct base versions, refused (409) ${refused}, ` +
        `other statuses ${statuses.filter((status) => status !== 200 && status !== 409).length}`,
    );
    expect(statuses.every((status) => status === 200 || status === 409)).toBe(true);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(bases.size).toBe(acknowledged.length);

    // Follow the chain from the version every writer started from: each save builds on the one before.
    const byBase = new Map(acknowledged.map((save) => [save.base, save]));
    let version = initial;
    let last: Acknowledged | undefined;
    for (let step = byBase.get(version); step; step = byBase.get(version)) {
      last = step;
      version = step.result;
      byBase.delete(step.base);
    }
    expect(byBase.size).toBe(0);

    const settings = await admin.cluster.getSettings({ flat_settings: true });
    expect(settings.persistent[`cluster.remote.${NAME}.node_connections`]).toBe(String(last?.nodeConnections));
    expect(await readVersion(first)).toBe(version);
  });
});
