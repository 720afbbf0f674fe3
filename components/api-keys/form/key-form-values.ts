import {
  accessBodyFrom,
  accessRowsFrom,
  emptySearchRow,
  type AccessRowValues,
} from '@/lib/cross-cluster-api-keys/access-form';
import type { CrossClusterAccess, CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import {
  crossClusterAccessSchema,
  crossClusterApiKeyCreateSchema,
  crossClusterApiKeyUpdateSchema,
  type CrossClusterAccessBody,
  type CrossClusterApiKeyCreate,
  type CrossClusterApiKeyUpdate,
} from '@/lib/cross-cluster-api-keys/schema';
import { fieldErrors } from '@/lib/validation/field-errors';

// What the create and edit flyouts hold, and how it becomes a request body. Values stay as typed (JSON as text) so
// nothing is lost while it is invalid; the shared zod schemas decide validity, so the browser shows the very messages
// the server would answer with, and sends nothing the server would refuse.

export interface KeyFormValues {
  name: string;
  expiration: string;
  rows: AccessRowValues[];
  /** The access as JSON text while the expert editor is on; undefined while the row builder is used. */
  accessJson: string | undefined;
  metadata: string;
  /** The person's own password: Elasticsearch refuses to create or update these keys with an API key credential. */
  password: string;
}

export const PASSWORD_REQUIRED = 'enter your password: Elasticsearch needs your own credentials for this request';

export function emptyKeyFormValues(): KeyFormValues {
  return { name: '', expiration: '', rows: [emptySearchRow()], accessJson: undefined, metadata: '', password: '' };
}

/** The edit form starts from the key as it is; the expiration stays empty, which keeps the current one. */
export function keyFormValuesFrom(key: CrossClusterApiKey): KeyFormValues {
  return {
    name: key.name,
    expiration: '',
    rows: accessRowsFrom(key.access),
    accessJson: undefined,
    metadata: Object.keys(key.metadata).length > 0 ? JSON.stringify(key.metadata, null, 2) : '',
    password: '',
  };
}

export function accessJsonFrom(rows: AccessRowValues[]): string {
  return JSON.stringify(accessBodyFrom(rows), null, 2);
}

/** Rows for JSON the schema accepts, or undefined (the person fixes the JSON before leaving the expert editor). */
export function rowsFromAccessJson(text: string): AccessRowValues[] | undefined {
  const parsed = crossClusterAccessSchema.safeParse(parseJson(text));
  return parsed.success ? accessRowsFrom(modelAccessOf(parsed.data)) : undefined;
}

// The builder's rows hold queries as text, as Elasticsearch reports a stored key's query.
function modelAccessOf(access: CrossClusterAccessBody): CrossClusterAccess {
  const model: CrossClusterAccess = {};
  if (access.search)
    model.search = access.search.map(({ query, ...rest }) =>
      query === undefined ? rest : { ...rest, query: JSON.stringify(query) },
    );
  if (access.replication) model.replication = access.replication;
  return model;
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/** Metadata as typed: absent when empty, else the parsed value, or the text itself so the schema says what is wrong. */
function metadataInput(text: string, clearing: boolean): unknown {
  if (text.trim() === '') return clearing ? {} : undefined;
  const value = parseJson(text);
  return value === NOT_JSON ? text : value;
}

interface AccessInput {
  value: unknown;
  /** Set when the expert JSON is not JSON at all: reported at `access`, replacing whatever the schema said there. */
  syntaxError?: string;
}

function accessInput(values: KeyFormValues): AccessInput {
  if (values.accessJson === undefined) return { value: accessBodyFrom(values.rows) };
  try {
    return { value: JSON.parse(values.accessJson) };
  } catch (error) {
    return {
      value: undefined,
      syntaxError: `is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    };
  }
}

export interface Validation<Body> {
  /** The body the schema accepted (for "Show request"), even while the password is still missing. */
  body: Body | undefined;
  errors: Record<string, string>;
  /** Whether the request may be sent: a body and no error at all. */
  ready: boolean;
}

function finish<Body>(
  result: { success: true; data: Body } | { success: false; error: Parameters<typeof fieldErrors>[0] },
  values: KeyFormValues,
  access: AccessInput,
): Validation<Body> {
  const errors = result.success ? {} : fieldErrors(result.error);
  if (access.syntaxError) {
    for (const path of Object.keys(errors)) if (path === 'access' || path.startsWith('access.')) delete errors[path];
    errors.access = access.syntaxError;
  }
  const body = result.success && !access.syntaxError ? result.data : undefined;
  if (values.password === '') errors.password = PASSWORD_REQUIRED;
  return { body, errors, ready: body !== undefined && Object.keys(errors).length === 0 };
}

export function validateCreate(values: KeyFormValues): Validation<CrossClusterApiKeyCreate> {
  const access = accessInput(values);
  const input = {
    name: values.name,
    access: access.value,
    expiration: values.expiration.trim() === '' ? undefined : values.expiration.trim(),
    metadata: metadataInput(values.metadata, false),
  };
  return finish(crossClusterApiKeyCreateSchema.safeParse(input), values, access);
}

/**
 * `hadMetadata`: emptying the metadata of a key that has some sends {} (Elasticsearch keeps metadata that is left out).
 */
export function validateUpdate(values: KeyFormValues, hadMetadata: boolean): Validation<CrossClusterApiKeyUpdate> {
  const access = accessInput(values);
  const input = {
    access: access.value,
    metadata: metadataInput(values.metadata, hadMetadata),
    expiration: values.expiration.trim() === '' ? undefined : values.expiration.trim(),
  };
  return finish(crossClusterApiKeyUpdateSchema.safeParse(input), values, access);
}

/**
 * The Elasticsearch request the console will send for the person (Dev Tools syntax; the password is not part of it).
 */
export function requestPreview(body: CrossClusterApiKeyCreate | CrossClusterApiKeyUpdate, keyId?: string): string {
  const line =
    keyId === undefined ? 'POST _security/cross_cluster/api_key' : `PUT _security/cross_cluster/api_key/${keyId}`;
  return `${line}\n${JSON.stringify(body, null, 2)}`;
}
