import type { CrossClusterAccessInput } from './access-schema';
import { parseJsonObject } from '@/lib/validation/json';
import type { CrossClusterAccess } from './model';

// What the access builder holds: one row per access entry, search and replication mixed in the order the person
// added them. Values stay as typed (the query as text) so an invalid row is shown back with its message instead of
// being lost; the schema decides what is valid.

export type AccessKind = 'search' | 'replication';

export interface AccessRowValues {
  /** Identifies the row while it is edited (React's key), so removing a row never shifts typed text to another. */
  rowId: number;
  kind: AccessKind;
  names: string[];
  /** JSON text of the document query; '' for none. Search only. */
  query: string;
  /** Field level security (search only); both empty for none. */
  grant: string[];
  except: string[];
  allowRestrictedIndices: boolean;
}

let lastRowId = 0;

export function emptySearchRow(): AccessRowValues {
  return {
    rowId: ++lastRowId,
    kind: 'search',
    names: [],
    query: '',
    grant: [],
    except: [],
    allowRestrictedIndices: false,
  };
}

export function emptyReplicationRow(): AccessRowValues {
  return {
    rowId: ++lastRowId,
    kind: 'replication',
    names: [],
    query: '',
    grant: [],
    except: [],
    allowRestrictedIndices: false,
  };
}

/** Rows for editing a key's access: search entries first, then replication, as Elasticsearch lists them. */
export function accessRowsFrom(access: CrossClusterAccess): AccessRowValues[] {
  const search = (access.search ?? []).map((grant) => ({
    ...emptySearchRow(),
    names: [...grant.names],
    query: grant.query === undefined ? '' : prettyJson(grant.query),
    grant: [...(grant.field_security?.grant ?? [])],
    except: [...(grant.field_security?.except ?? [])],
    allowRestrictedIndices: grant.allow_restricted_indices ?? false,
  }));
  const replication = (access.replication ?? []).map((grant) => ({
    ...emptyReplicationRow(),
    names: [...grant.names],
    allowRestrictedIndices: grant.allow_restricted_indices ?? false,
  }));
  return [...search, ...replication];
}

/**
 * The `access` request body for these rows: empty optional fields left out (Elasticsearch's update replaces access
 * as a whole, so nothing should be sent that the person did not set). A query that is not valid JSON is sent as
 * its text, so the schema names the row that is wrong rather than the row silently losing its query.
 */
export function accessBodyFrom(rows: AccessRowValues[]): CrossClusterAccessInput {
  const search = rows.filter((row) => row.kind === 'search').map(searchEntryFrom);
  const replication = rows.filter((row) => row.kind === 'replication').map(replicationEntryFrom);
  const body: CrossClusterAccessInput = {};
  if (search.length > 0) body.search = search;
  if (replication.length > 0) body.replication = replication;
  return body;
}

type SearchEntryInput = NonNullable<CrossClusterAccessInput['search']>[number];
type ReplicationEntryInput = NonNullable<CrossClusterAccessInput['replication']>[number];

function searchEntryFrom(row: AccessRowValues): SearchEntryInput {
  const entry: SearchEntryInput = { names: trimmed(row.names) };
  const query = row.query.trim();
  if (query !== '') entry.query = parseJsonObject(query) ?? query;
  // except without grant is kept, so that the schema says except requires grant.
  if (row.grant.length > 0 || row.except.length > 0) {
    entry.field_security = {};
    if (row.grant.length > 0) entry.field_security.grant = trimmed(row.grant);
    if (row.except.length > 0) entry.field_security.except = trimmed(row.except);
  }
  if (row.allowRestrictedIndices) entry.allow_restricted_indices = true;
  return entry;
}

function replicationEntryFrom(row: AccessRowValues): ReplicationEntryInput {
  const entry: ReplicationEntryInput = { names: trimmed(row.names) };
  if (row.allowRestrictedIndices) entry.allow_restricted_indices = true;
  return entry;
}

function trimmed(values: string[]): string[] {
  return values.map((value) => value.trim());
}

/**
 * Where the schema reports a row's problems: rows are split by kind in the body, so the third row may be
 * access.search.1. Look up `${path}.names.0`, `${path}.query`... in fieldErrors().
 */
export function accessPathOfRow(rows: AccessRowValues[], rowIndex: number): string {
  const row = rows[rowIndex];
  if (!row) throw new RangeError(`no access row at index ${rowIndex}`);
  const position = rows.slice(0, rowIndex).filter((other) => other.kind === row.kind).length;
  return `access.${row.kind}.${position}`;
}

function prettyJson(text: string): string {
  const query = parseJsonObject(text);
  return query ? JSON.stringify(query, null, 2) : text;
}
