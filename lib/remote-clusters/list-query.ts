import type { ConnectionMode, RemoteCluster, SecurityModel } from './model';
import { matchesSearch } from './search';

// What the remote clusters list shows, kept in its URL so a filtered view or an open remote can be bookmarked,
// shared and reloaded: ?q=<text>&status=connected&security=api_key&mode=proxy&open=<name>.

export type StatusFilter = 'connected' | 'not_connected';

export interface RemoteListQuery {
  q: string;
  status?: StatusFilter;
  security?: SecurityModel;
  mode?: ConnectionMode;
  /** The remote whose flyout is open. */
  open?: string;
}

export const FILTER_CHOICES = {
  status: ['connected', 'not_connected'],
  security: ['api_key', 'certificate'],
  mode: ['sniff', 'proxy'],
} as const;

export type FilterField = keyof typeof FILTER_CHOICES;

const MAX_TEXT = 200;

function choice<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** Reads the list's state from a URL's query; anything unknown or malformed is ignored, never an error. */
export function parseRemoteListQuery(params: URLSearchParams): RemoteListQuery {
  const open = params.get('open')?.slice(0, MAX_TEXT);
  return {
    q: (params.get('q') ?? '').slice(0, MAX_TEXT),
    status: choice(params.get('status'), FILTER_CHOICES.status),
    security: choice(params.get('security'), FILTER_CHOICES.security),
    mode: choice(params.get('mode'), FILTER_CHOICES.mode),
    ...(open ? { open } : {}),
  };
}

/** The query string for a state, without empty entries ("" when the list shows everything). */
export function remoteListSearch(query: RemoteListQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const field of ['status', 'security', 'mode'] as const) {
    const value = query[field];
    if (value) params.set(field, value);
  }
  if (query.open) params.set('open', query.open);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a remote passes the text search and every chosen filter. */
export function matchesRemoteListQuery(remote: RemoteCluster, query: RemoteListQuery): boolean {
  if (query.status && (query.status === 'connected') !== remote.isConnected) return false;
  if (query.security && remote.securityModel !== query.security) return false;
  if (query.mode && remote.mode !== query.mode) return false;
  return matchesSearch(remote, query.q);
}

export function hasFilters(query: RemoteListQuery): boolean {
  return Boolean(query.q || query.status || query.security || query.mode);
}
