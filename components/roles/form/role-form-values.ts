import type { RawRole } from '@/lib/roles/model';
import { writableBody } from '@/lib/roles/model';
import type { RoleBody, RoleBodyInput } from '@/lib/roles/schema';
import { parseJsonObject } from '@/lib/validation/json';

// What the role editor holds, and how it becomes the body of PUT _security/role/{name}. Values stay as typed (the
// document query as text) so an invalid row is shown back with its message instead of being lost; the shared zod
// schema and the cluster's own privilege list decide validity, so the browser shows the server's very messages.
// Rows map one to one onto the body's lists, so `remote_indices.2.names.0` is row 3's first pattern.

export interface IndexRowValues {
  /** React's key while editing: removing a row never shifts typed text to another. */
  rowId: number;
  /** Remote rows only: aliases or patterns of the remote clusters. */
  clusters: string[];
  names: string[];
  privileges: string[];
  grant: string[];
  except: string[];
  /** JSON text of the document query; '' for none. */
  query: string;
  allowRestrictedIndices: boolean;
}

export interface RemoteClusterRowValues {
  rowId: number;
  clusters: string[];
  privileges: string[];
}

export interface RoleFormValues {
  name: string;
  description: string;
  cluster: string[];
  indices: IndexRowValues[];
  remoteIndices: IndexRowValues[];
  remoteCluster: RemoteClusterRowValues[];
  /** What the form does not edit (applications, run_as, metadata): written back as it was, never dropped. */
  kept: Record<string, unknown>;
}

const MANAGED = ['description', 'cluster', 'indices', 'remote_indices', 'remote_cluster'];

let lastRowId = 0;

export function emptyIndexRow(): IndexRowValues {
  return {
    rowId: ++lastRowId,
    clusters: [],
    names: [],
    privileges: [],
    grant: [],
    except: [],
    query: '',
    allowRestrictedIndices: false,
  };
}

export function emptyRemoteClusterRow(): RemoteClusterRowValues {
  return { rowId: ++lastRowId, clusters: [], privileges: [] };
}

export function emptyRoleFormValues(): RoleFormValues {
  return { name: '', description: '', cluster: [], indices: [], remoteIndices: [], remoteCluster: [], kept: {} };
}

/** Elasticsearch returns a stored query as the JSON text it was given; show it indented when it is an object. */
function queryText(query: unknown): string {
  if (query === undefined || query === null) return '';
  const object = typeof query === 'string' ? parseJsonObject(query) : query;
  if (object && typeof object === 'object') return JSON.stringify(object, null, 2);
  return String(query);
}

type RawIndexEntry = NonNullable<RawRole['indices']>[number] & { clusters?: string[] };

function indexRowFrom(entry: RawIndexEntry): IndexRowValues {
  return {
    ...emptyIndexRow(),
    clusters: [...(entry.clusters ?? [])],
    names: [...entry.names],
    privileges: [...entry.privileges],
    grant: [...(entry.field_security?.grant ?? [])],
    except: [...(entry.field_security?.except ?? [])],
    query: queryText(entry.query),
    allowRestrictedIndices: entry.allow_restricted_indices ?? false,
  };
}

/** The editor's values for a stored role (edit), or for a copy of it under a new name (clone: `name` ''). */
export function formValuesFromRole(name: string, role: RawRole): RoleFormValues {
  const kept = Object.fromEntries(Object.entries(writableBody(role)).filter(([key]) => !MANAGED.includes(key)));
  return {
    name,
    description: role.description ?? '',
    cluster: [...(role.cluster ?? [])],
    indices: (role.indices ?? []).map(indexRowFrom),
    remoteIndices: (role.remote_indices ?? []).map(indexRowFrom),
    remoteCluster: (role.remote_cluster ?? []).map((entry) => ({
      ...emptyRemoteClusterRow(),
      clusters: [...entry.clusters],
      privileges: [...entry.privileges],
    })),
    kept,
  };
}

const trimmed = (values: string[]) => values.map((value) => value.trim());

function indexEntryFrom(row: IndexRowValues, remote: boolean): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  if (remote) entry.clusters = trimmed(row.clusters);
  entry.names = trimmed(row.names);
  entry.privileges = trimmed(row.privileges);
  // except without grant is kept, so that the schema says except requires grant.
  if (row.grant.length > 0 || row.except.length > 0) {
    entry.field_security = {
      ...(row.grant.length > 0 ? { grant: trimmed(row.grant) } : {}),
      ...(row.except.length > 0 ? { except: trimmed(row.except) } : {}),
    };
  }
  // The text as typed: the schema parses it, and names this row's query when it is not a JSON object.
  if (row.query.trim() !== '') entry.query = row.query.trim();
  if (row.allowRestrictedIndices) entry.allow_restricted_indices = true;
  return entry;
}

/**
 * The body before validation. `cluster` and `indices` are always sent (PUT replaces the whole role, so an emptied
 * list must be written as empty); remote lists only when used, since clusters before 8.15 refuse remote_cluster.
 */
export function bodyInputFrom(values: RoleFormValues): Record<string, unknown> {
  return {
    ...values.kept,
    ...(values.description.trim() !== '' ? { description: values.description } : {}),
    cluster: trimmed(values.cluster),
    indices: values.indices.map((row) => indexEntryFrom(row, false)),
    ...(values.remoteIndices.length > 0
      ? { remote_indices: values.remoteIndices.map((row) => indexEntryFrom(row, true)) }
      : {}),
    ...(values.remoteCluster.length > 0
      ? {
          remote_cluster: values.remoteCluster.map((row) => ({
            clusters: trimmed(row.clusters),
            privileges: [...row.privileges],
          })),
        }
      : {}),
  };
}

/** The Elasticsearch request the console sends for the person, in Dev Tools syntax. */
export function requestPreview(name: string, body: RoleBody): string {
  return `PUT _security/role/${encodeURIComponent(name)}\n${JSON.stringify(body, null, 2)}`;
}

const isBlank = (row: IndexRowValues) =>
  row.clusters.length + row.names.length + row.privileges.length === 0 && row.query.trim() === '';

/**
 * Adds a template's privileges to what is there (nothing typed is lost): cluster privileges are merged, remote
 * index rows appended (replacing only an untouched empty row), the description set only when empty.
 */
export function applyTemplate(values: RoleFormValues, template: RoleBodyInput): RoleFormValues {
  const added = (template.remote_indices ?? []).map((entry) => indexRowFrom({ ...entry, query: undefined }));
  return {
    ...values,
    description: values.description.trim() === '' ? (template.description ?? '') : values.description,
    cluster: [...new Set([...values.cluster, ...(template.cluster ?? [])])],
    remoteIndices: [...values.remoteIndices.filter((row) => !isBlank(row)), ...added],
  };
}
