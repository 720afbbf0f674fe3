import type { IndexRowValues, RemoteClusterRowValues, RoleFormValues } from './role-form-values';
import { ownEntry } from '@/lib/own-entry';

// The schema reports problems by body path (remote_indices.0.names.1); the editor shows each on the row and field
// it is about, naming the typed value ("logs web" must not contain spaces), and the summary in the editor's words.

export interface RowMessages {
  clusters?: string;
  names?: string;
  privileges?: string;
  query?: string;
  grant?: string;
  except?: string;
  /** About the field security as a whole, or the restricted-indices switch. */
  fieldSecurity?: string;
  restricted?: string;
  /** Anything else about the row, already worded. */
  other: string[];
}

/** `"value" message` for an item of a list, so the person sees which of the typed values is wrong. */
export function itemMessage(list: string[], item: string | undefined, message: string): string {
  if (item === undefined) return message;
  const value = list[Number(item)];
  return value === undefined || value === '' ? message : `"${value}" ${message}`;
}

export type RowList = 'indices' | 'remote_indices' | 'remote_cluster';

export function rowMessages(
  errors: Record<string, string>,
  list: RowList,
  index: number,
  row: IndexRowValues | RemoteClusterRowValues,
): RowMessages {
  const prefix = `${list}.${index}`;
  const messages: RowMessages = { other: [] };
  const values = (field: string): string[] => {
    const value = (row as unknown as Record<string, unknown>)[field];
    return Array.isArray(value) ? (value as string[]) : [];
  };
  for (const [path, message] of Object.entries(errors)) {
    if (path !== prefix && !path.startsWith(`${prefix}.`)) continue;
    const [field, item, subItem] = path === prefix ? [] : path.slice(prefix.length + 1).split('.');
    if (field === 'clusters') messages.clusters ??= itemMessage(values('clusters'), item, message);
    else if (field === 'names') messages.names ??= itemMessage(values('names'), item, message);
    else if (field === 'privileges') messages.privileges ??= itemMessage(values('privileges'), item, message);
    else if (field === 'query') messages.query ??= message;
    else if (field === 'field_security' && item === 'grant')
      messages.grant ??= itemMessage(values('grant'), subItem, message);
    else if (field === 'field_security' && item === 'except')
      messages.except ??= itemMessage(values('except'), subItem, message);
    else if (field === 'field_security') messages.fieldSecurity ??= message;
    else if (field === 'allow_restricted_indices') messages.restricted ??= message;
    else messages.other.push(field === undefined ? message : `${field}: ${message}`);
  }
  return messages;
}

/** The cluster privileges' message, naming the privilege that is wrong. */
export function clusterMessage(errors: Record<string, string>, values: RoleFormValues): string | undefined {
  const entry = Object.entries(errors).find(([path]) => path === 'cluster' || path.startsWith('cluster.'));
  if (!entry) return undefined;
  const [path, message] = entry;
  return itemMessage(values.cluster, path.split('.')[1], message);
}

const LIST_LABELS: Record<string, string> = {
  indices: 'Index privileges',
  remote_indices: 'Remote index privileges',
  remote_cluster: 'Remote cluster privileges',
};
const FIELD_LABELS: Record<string, string> = {
  clusters: 'remote clusters',
  names: 'index patterns',
  privileges: 'privileges',
  query: 'document query',
  field_security: 'field security',
  allow_restricted_indices: 'restricted indices',
};
const TOP_LABELS: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  cluster: 'Cluster privileges',
  metadata: 'Metadata',
  applications: 'Application privileges',
  run_as: 'Run as',
  '(body)': 'Role',
};

/** The summary's wording of one error path: "Remote index privileges row 1, document query". */
export function describeErrorPath(path: string): string {
  const [head = '', position, field] = path.split('.');
  const list = ownEntry(LIST_LABELS, head);
  if (list && position !== undefined && /^\d+$/.test(position)) {
    const where = `${list} row ${Number(position) + 1}`;
    return field ? `${where}, ${ownEntry(FIELD_LABELS, field) ?? field}` : where;
  }
  return ownEntry(TOP_LABELS, head) ?? path;
}
