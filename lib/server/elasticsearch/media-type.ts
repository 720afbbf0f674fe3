// Which media type to talk to one cluster in. @elastic/elasticsearch 9.x sends
// `compatible-with=9` on every request, and an 8.x node refuses it before anything else
// ("Accept version must be either version 8 or 7, but found 9."). Elasticsearch's REST API
// compatibility lets a node of major N answer in the format of N or N-1, so the console asks each
// cluster for the newest format both it and the client understand: 9 from 9.x (and from a future 10.x),
// 8 from 8.x. Until the version is known it sends plain application/json, which every version accepts.

/** The REST API major this client's request and response types are written for. */
export const CLIENT_API_MAJOR = 9;

export type MediaTypeHeaders = Record<'accept' | 'content-type', string>;

/** The headers for a cluster whose oldest node has this major (null: not known yet). */
export function mediaTypeHeaders(major: number | null, ndjson = false): MediaTypeHeaders {
  if (major === null || major < 8) {
    return { accept: 'application/json', 'content-type': ndjson ? 'application/x-ndjson' : 'application/json' };
  }
  const version = Math.min(major, CLIENT_API_MAJOR);
  return {
    accept: `application/vnd.elasticsearch+json; compatible-with=${version}`,
    'content-type': `application/vnd.elasticsearch+${ndjson ? 'x-ndjson' : 'json'}; compatible-with=${version}`,
  };
}

/** "8.19.7" -> 8; null for anything that is not a version. */
export function majorOf(version: string): number | null {
  const major = Number.parseInt(version, 10);
  return Number.isFinite(major) ? major : null;
}

/**
 * When Elasticsearch refused the request's media type (a node of another major than the console
 * thought), the majors it says it accepts, newest first; null for any other answer. Elasticsearch
 * words it "Accept version must be either version 8 or 7, but found 9." (or "Content-Type version ...").
 */
export function acceptedMajorsOfRefusal(error: unknown): number[] | null {
  const body = (error as { meta?: { statusCode?: number; body?: unknown } } | null)?.meta;
  if (body?.statusCode !== 400) return null;
  const text = typeof body.body === 'string' ? body.body : JSON.stringify(body.body ?? '');
  if (!text.includes('media_type_header_exception') && !/(Accept|Content-Type) version must be/.test(text)) return null;
  const rule = /version must be (?:either )?version (\d+)(?: or (\d+))?/.exec(text);
  const majors = rule ? [rule[1], rule[2]].filter((m): m is string => m !== undefined).map(Number) : [];
  return majors.sort((a, b) => b - a);
}
