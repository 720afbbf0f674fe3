import 'server-only';
import {
  SniffingTransport,
  errors,
  type Transport,
  type TransportRequestOptions,
  type TransportRequestParams,
} from '@elastic/elasticsearch';
import { compareVersions } from '@/lib/versions';
import { acceptedMajorsOfRefusal, majorOf as majorOfVersion, mediaTypeHeaders } from './media-type';

// Every request to a registered cluster goes through this transport, which adds the media type that
// cluster accepts (see media-type.ts). The version is learned once per cluster and process with the
// first caller's own credentials, in a format every version accepts, and kept for a while; a node
// that refuses the media type later (the cluster was replaced, or the probe met an upgraded node
// first) makes the console learn again and send the refused request once more.

/** A learned version is re-read after this long, so a finished upgrade from 8.x is noticed. */
const KNOWN_FOR_MS = 10 * 60_000;
/** When the version could not be read (no monitor privilege), plain JSON is used and asked again after this. */
const UNKNOWN_FOR_MS = 60_000;
const PROBE_TIMEOUT_MS = 5_000;

interface Learned {
  /** The oldest node's version; null when only the major is known (from a refusal) or nothing. */
  version: string | null;
  major: number | null;
  until: number;
}

const learned = new Map<string, Learned>();
const probes = new Map<string, Promise<Learned>>();

type Send = (params: TransportRequestParams, options: TransportRequestOptions) => Promise<unknown>;

/** Reads the nodes' versions as the caller, with plain JSON; null when the caller may not read them. */
async function probeVersion(send: Send, signal: AbortSignal | undefined): Promise<string | null> {
  try {
    const body = (await send(
      { method: 'GET', path: '/_nodes', querystring: { filter_path: 'nodes.*.version' } },
      { headers: mediaTypeHeaders(null), requestTimeout: PROBE_TIMEOUT_MS, maxRetries: 0, signal },
    )) as { nodes?: Record<string, { version?: string }> };
    // During a rolling upgrade the oldest node decides what the cluster accepts.
    const versions = Object.values(body.nodes ?? {}).flatMap((node) => (node.version ? [node.version] : []));
    return versions.sort(compareVersions)[0] ?? null;
  } catch (error) {
    // An unreachable or hung cluster fails the request itself: waiting again for the real request would
    // only double the wait. Any HTTP answer (401, 403) just leaves the version unknown.
    if (!(error instanceof errors.ResponseError)) throw error;
    return null;
  }
}

async function learn(clusterId: string, send: Send, signal: AbortSignal | undefined): Promise<Learned> {
  const known = learned.get(clusterId);
  if (known && known.until > Date.now()) return known;
  let probe = probes.get(clusterId);
  if (!probe) {
    probe = probeVersion(send, signal)
      .then((version) => remember(clusterId, version, version === null ? null : majorOfVersion(version)))
      .finally(() => probes.delete(clusterId));
    probes.set(clusterId, probe);
  }
  return probe;
}

function remember(clusterId: string, version: string | null, major: number | null): Learned {
  const entry = { version, major, until: Date.now() + (major === null ? UNKNOWN_FOR_MS : KNOWN_FOR_MS) };
  learned.set(clusterId, entry);
  return entry;
}

/** For tests: what this process has learned about a cluster (undefined: nothing yet). */
export function learnedApiMajor(clusterId: string): number | null | undefined {
  return learned.get(clusterId)?.major;
}

/** For tests: forget everything learned. */
export function forgetLearnedVersions(): void {
  learned.clear();
  probes.clear();
}

/**
 * A Transport class bound to one registered cluster. `probe: false` for requests without credentials
 * (liveness): they use what is known, or plain JSON, and never teach the cache an anonymous refusal.
 */
export function versionAwareTransport(clusterId: string, { probe }: { probe: boolean }): typeof Transport {
  // The client's own default is SniffingTransport: extend it, so nothing else about the transport changes.
  return class VersionAwareTransport extends SniffingTransport {
    // One signature for the three overloads: the options decide whether the result carries meta.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    override async request(params: TransportRequestParams, options: TransportRequestOptions = {}): Promise<any> {
      const send: Send = (p, o) => super.request(p, o);
      const ndjson = params.bulkBody != null;
      const withMediaType = (major: number | null) => ({
        ...options,
        headers: { ...mediaTypeHeaders(major, ndjson), ...options.headers },
      });
      const major = probe
        ? (await learn(clusterId, send, options.signal ?? undefined)).major
        : (learnedApiMajor(clusterId) ?? null);
      try {
        return await send(params, withMediaType(major));
      } catch (error) {
        const accepted = acceptedMajorsOfRefusal(error);
        if (!accepted) throw error;
        // Refused before Elasticsearch did anything with it, so sending it again is safe.
        const retryMajor = accepted[0] ?? null;
        remember(clusterId, null, retryMajor);
        return send(params, withMediaType(retryMajor));
      }
    }

    /** The cluster's (oldest node's) version as this caller can learn it; null when unknown. */
    async clusterVersion(): Promise<string | null> {
      if (!probe) return learned.get(clusterId)?.version ?? null;
      const known = await learn(clusterId, (p, o) => super.request(p, o), undefined);
      return known.version;
    }
  } as typeof Transport;
}

/**
 * The version of the cluster a client talks to (its oldest node), learned once per cluster: what the
 * version rules (lib/version-rules.ts) are applied to. Null when the caller may not read nodes info.
 */
export async function clusterVersionOf(client: { transport: unknown }): Promise<string | null> {
  const transport = client.transport as { clusterVersion?: () => Promise<string | null> };
  return transport.clusterVersion ? transport.clusterVersion() : null;
}
