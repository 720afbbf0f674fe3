import { accessPathOfRow, type AccessRowValues } from '@/lib/cross-cluster-api-keys/access-form';
import { ownEntry } from '@/lib/own-entry';

// The schema reports problems by body path (access.search.1.names.0); the builder shows them on the row and field
// they are about, and the summary names them in the builder's words. The expert JSON editor keeps the paths.

export interface RowMessages {
  names?: string;
  query?: string;
  grant?: string;
  except?: string;
  /** Problems with the field security as a whole (e.g. not allowed with replication). */
  fieldSecurity?: string;
  /** Anything else about the row, already worded. */
  other: string[];
}

/** "pattern: message" for an item of a list, so the person sees which of the typed values is wrong. */
function itemMessage(list: string[], item: string | undefined, message: string): string {
  if (item === undefined) return message;
  const value = list[Number(item)];
  return value === undefined || value === '' ? message : `"${value}" ${message}`;
}

export function rowMessages(errors: Record<string, string>, rows: AccessRowValues[], index: number): RowMessages {
  const row = rows[index];
  const messages: RowMessages = { other: [] };
  if (!row) return messages;
  const prefix = accessPathOfRow(rows, index);
  for (const [path, message] of Object.entries(errors)) {
    if (path !== prefix && !path.startsWith(`${prefix}.`)) continue;
    const [field, item, subItem] = path === prefix ? [] : path.slice(prefix.length + 1).split('.');
    if (field === 'names') messages.names ??= itemMessage(row.names, item, message);
    else if (field === 'query') messages.query ??= message;
    else if (field === 'field_security' && item === 'grant')
      messages.grant ??= itemMessage(row.grant, subItem, message);
    else if (field === 'field_security' && item === 'except')
      messages.except ??= itemMessage(row.except, subItem, message);
    else if (field === 'field_security') messages.fieldSecurity ??= message;
    else messages.other.push(field === undefined ? message : `${field}: ${message}`);
  }
  return messages;
}

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  expiration: 'Expiration',
  metadata: 'Metadata',
  password: 'Password',
  access: 'Access',
  '(body)': 'Request',
};
const ROW_FIELD_LABELS: Record<string, string> = {
  names: 'index patterns',
  query: 'query',
  field_security: 'field security',
  allow_restricted_indices: 'restricted indices',
};

/** The summary's wording of one error path: builder rows by their number, the JSON editor's by the path itself. */
export function describeErrorPath(path: string, rows: AccessRowValues[], jsonMode: boolean): string {
  const match = /^access\.(search|replication)\.(\d+)(?:\.([a-z_]+))?/.exec(path);
  if (!match || jsonMode) {
    if (path.startsWith('access.')) return path;
    const [head = '', ...rest] = path.split('.');
    const label = ownEntry(FIELD_LABELS, head) ?? head;
    return rest.length > 0 ? `${label} ${rest.join('.')}` : label;
  }
  const [, kind, position, field] = match;
  let seen = -1;
  const index = rows.findIndex((row) => row.kind === kind && ++seen === Number(position));
  const where = `Access row ${index + 1} (${kind})`;
  return field ? `${where}, ${ownEntry(ROW_FIELD_LABELS, field) ?? field}` : where;
}

/** The help under every key form's password field: why Elasticsearch needs it, and that it is not kept. */
export function ownerPasswordHelp(verb: string): string {
  return (
    `Elasticsearch ${verb} cross-cluster API keys only with a user's ` +
    `own credentials; used for this request only, never stored.`
  );
}
