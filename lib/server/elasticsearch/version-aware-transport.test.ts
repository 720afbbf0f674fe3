import { readFileSync } from 'node:fs';
import {
  BaseConnection,
  Client,
  type ConnectionRequestParams,
  type ConnectionRequestResponse,
} from '@elastic/elasticsearch';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clusterVersionOf,
  forgetLearnedVersions,
  learnedApiMajor,
  versionAwareTransport,
} from './version-aware-transport';

// The seam is the transport's Connection: a stand-in node that answers as a real one of the given version
// did (the refusal body is recorded from an 8.19.7 node, see fixtures/README.md).
const REFUSAL_8 = readFileSync(new URL('./fixtures/es-8.19.7-refuses-compatible-with-9.json', import.meta.url), 'utf8');

interface Sent {
  path: string;
  accept: string;
  contentType: string;
}

/**
 * A Connection class whose request() answers with `answer` (BaseConnection's overloads cannot be overridden one by
 * one).
 */
function nodeAnswering(answer: (params: ConnectionRequestParams) => ConnectionRequestResponse): typeof BaseConnection {
  class StandIn extends BaseConnection {}
  (StandIn.prototype as unknown as { request: unknown }).request = async (params: ConnectionRequestParams) =>
    answer(params);
  return StandIn;
}

function standInNode(version: () => string, sent: Sent[], { monitor = true } = {}) {
  return nodeAnswering((params) => {
    const accept = String(params.headers?.accept ?? '');
    sent.push({ path: params.path, accept, contentType: String(params.headers?.['content-type'] ?? '') });
    const headers = { 'x-elastic-product': 'Elasticsearch', 'content-type': 'application/json' };
    const major = Number.parseInt(version(), 10);
    const asked = /compatible-with=(\d+)/.exec(accept)?.[1];
    // A node accepts its own major and the one before (REST API compatibility), or plain JSON.
    if (asked !== undefined && Number(asked) !== major && Number(asked) !== major - 1) {
      const body = major === 8 ? REFUSAL_8 : REFUSAL_8.replaceAll('version 8 or 7', `version ${major} or ${major - 1}`);
      return { statusCode: 400, headers, body };
    }
    if (params.path === '/_nodes') {
      if (!monitor)
        return {
          statusCode: 403,
          headers,
          body: '{"error":{"type":"security_exception","reason":"unauthorized"},"status":403}',
        };
      return { statusCode: 200, headers, body: JSON.stringify({ nodes: { a: { version: version() } } }) };
    }
    return { statusCode: 200, headers, body: '{"ok":true}' };
  });
}

function clientFor(clusterId: string, Connection: typeof BaseConnection): Client {
  return new Client({
    node: 'http://stand-in:9200',
    Connection,
    Transport: versionAwareTransport(clusterId, { probe: true }),
    maxRetries: 0,
  });
}

const get = (client: Client, path = '/_cluster/settings') => client.transport.request({ method: 'GET', path });

describe('versionAwareTransport', () => {
  beforeEach(() => forgetLearnedVersions());

  it('probes an 8.x cluster once with plain JSON, then asks it for compatible-with=8', async () => {
    const sent: Sent[] = [];
    const client = clientFor(
      'eight',
      standInNode(() => '8.19.7', sent),
    );
    await Promise.all([get(client), get(client), get(client)]);
    await get(client);
    expect(sent.filter((request) => request.path === '/_nodes')).toEqual([
      { path: '/_nodes', accept: 'application/json', contentType: 'application/json' },
    ]);
    const others = sent.filter((request) => request.path !== '/_nodes');
    expect(others).toHaveLength(4);
    for (const request of others) {
      expect(request.accept).toBe('application/vnd.elasticsearch+json; compatible-with=8');
      expect(request.contentType).toBe('application/vnd.elasticsearch+json; compatible-with=8');
    }
    expect(await clusterVersionOf(client)).toBe('8.19.7');
  });

  it('asks a 9.x cluster, and a newer one, for compatible-with=9: the format the client is written for', async () => {
    for (const version of ['9.5.4', '10.0.0']) {
      const sent: Sent[] = [];
      await get(
        clientFor(
          `v${version}`,
          standInNode(() => version, sent),
        ),
      );
      expect(sent.at(-1)?.accept).toBe('application/vnd.elasticsearch+json; compatible-with=9');
    }
  });

  it('uses plain JSON when the caller may not read the version, and learns nothing from it for long', async () => {
    const sent: Sent[] = [];
    const client = clientFor(
      'no-monitor',
      standInNode(() => '8.19.7', sent, { monitor: false }),
    );
    await expect(get(client)).resolves.toEqual({ ok: true });
    expect(sent.at(-1)?.accept).toBe('application/json');
    expect(learnedApiMajor('no-monitor')).toBeNull();
    expect(await clusterVersionOf(client)).toBeNull();
  });

  it(
    'learns again when a node refuses the media type (the ' + 'cluster changed), and sends the request once more',
    async () => {
      const sent: Sent[] = [];
      let version = '9.5.4';
      const client = clientFor(
        'changed',
        standInNode(() => version, sent),
      );
      await get(client);
      version = '8.19.7'; // the address now reaches an 8.x node: it refuses compatible-with=9
      await expect(get(client)).resolves.toEqual({ ok: true });
      expect(sent.slice(-2).map((request) => request.accept)).toEqual([
        'application/vnd.elasticsearch+json; compatible-with=9',
        'application/vnd.elasticsearch+json; compatible-with=8',
      ]);
      expect(learnedApiMajor('changed')).toBe(8);
    },
  );

  it('passes any other Elasticsearch error through untouched', async () => {
    const sent: Sent[] = [];
    const client = clientFor(
      'errors',
      standInNode(() => '8.19.7', sent),
    );
    const Refusing = nodeAnswering(() => ({
      statusCode: 404,
      headers: { 'x-elastic-product': 'Elasticsearch', 'content-type': 'application/json' },
      body: '{"error":{"type":"resource_not_found_exception","reason":"missing"},"status":404}',
    }));
    await get(client);
    const refusing = new Client({
      node: 'http://stand-in:9200',
      Connection: Refusing,
      Transport: versionAwareTransport('errors', { probe: true }),
      maxRetries: 0,
    });
    await expect(get(refusing)).rejects.toMatchObject({ meta: { statusCode: 404 } });
  });
});
