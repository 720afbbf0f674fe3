// Invalid inputs for every mutating route, generated from the console's OpenAPI document (issue 14): each case
// breaks the request in one way (a path segment, a query value, the body's type, one field, the content type) and
// is invalid by construction, so the suite can require that nothing at all was written.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface FuzzCase {
  /** "POST /api/clusters/{id}/roles". */
  operation: string;
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** The field a 400 must name, when the case breaks one field. */
  field?: string;
}

export interface FuzzOptions {
  /** Values for path parameters that name nothing that exists: a valid-looking request then finds nothing. */
  missing: Record<string, string>;
  /** A cluster id that is registered, for {id}. */
  clusterId: string;
}

const JSON_TYPE = { 'content-type': 'application/json' };

/** Segments that are malformed, traverse, hide characters or name object properties: at least 50. */
export function hostileSegments(): string[] {
  const controls = Array.from({ length: 32 }, (_, code) => `a%${code.toString(16).padStart(2, '0').toUpperCase()}b`);
  return [
    '%',
    '%z',
    '%zz',
    '%0',
    '%G0',
    '%C0%AF',
    '%ED%A0%80',
    '%FF',
    '%E0%A4%A',
    '%F0%9F%98',
    '..',
    '.',
    '..%2F..%2Fetc%2Fpasswd',
    '%2E%2E%2F%2E%2E',
    '..%5C..%5Cx',
    '%2e%2e%5c',
    'a%E2%80%AEb',
    'a%E2%81%A6b',
    'a%E2%80%8Fb',
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'x'.repeat(3000),
    'a%20b',
    '%7B%7D',
    ...controls,
  ];
}

/** A value of another JSON type than the one given: never what a typed field accepts. */
function otherType(value: Json): Json {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'twelve';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return { not: 'a list' };
  if (value === null) return 17;
  return ['not', 'an', 'object'];
}

/** Every path in the example down to three levels, except inside free-form metadata (any value is valid there). */
function fieldPaths(value: Json, prefix: string[] = [], depth = 0): string[][] {
  if (depth > 0 && prefix.at(-1) === 'metadata') return [prefix];
  const own = depth > 0 ? [prefix] : [];
  if (depth >= 3 || value === null || typeof value !== 'object') return own;
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  return [...own, ...entries.flatMap(([key, item]) => fieldPaths(item, [...prefix, key], depth + 1))];
}

function withValue(example: Json, path: string[], value: Json): Json {
  const copy = structuredClone(example) as JsonObject;
  let holder: Json = copy;
  for (const key of path.slice(0, -1)) holder = (holder as JsonObject)[key] as Json;
  (holder as JsonObject)[path.at(-1) as string] = value;
  return copy;
}

const INVALID_JSON = [
  '{',
  '{"a":',
  '{"a":1}}',
  '{"a":1,}',
  "{'a':1}",
  '{a:1}',
  '{"a":01}',
  '{"a":NaN}',
  '{"a":undefined}',
  '\ufeff{}',
  '\u0000',
  'NaN',
  '{"a":"\u0007',
  '{"a":tru}',
  '/* comment */ {}',
  '{"a":1} trailing',
  '{"a" 1}',
  '[1,2',
];

const NAME_FIELDS = new Set(['name', 'username', 'fullName', 'description']);
const HIDDEN_CHARACTERS = ['\u202E', '\u2067', '\u0000', '\n', '\r', '\u001B', '\u0085', '\uD800'];

function deeplyNested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Body cases: the body's own type, its encoding, one field at a time, and prototype keys. */
function bodyCases(example: Json | undefined): Array<Omit<FuzzCase, 'operation' | 'method' | 'path'>> {
  const cases: Array<Omit<FuzzCase, 'operation' | 'method' | 'path'>> = [];
  const add = (kind: string, body: string, headers: Record<string, string> = JSON_TYPE, field?: string) =>
    cases.push({ kind, body, headers, ...(field ? { field } : {}) });
  for (const body of ['[]', 'null', '"text"', '123', 'true', 'false', '[{}]', '0', '-1', '1e999', '""'])
    add('body not an object', body);
  for (const body of INVALID_JSON) add('invalid JSON', body);
  add('deeply nested JSON', deeplyNested(5000));
  add('huge JSON', JSON.stringify({ filler: 'x'.repeat(80 * 1024) }));
  for (const key of ['__proto__', 'constructor', 'prototype']) add('prototype key', `{"${key}":{"polluted":true}}`);
  const valid = JSON.stringify(example ?? {});
  for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])
    add('wrong content type', valid, { 'content-type': contentType });
  add('no content type', valid, {});
  if (example === undefined || example === null || typeof example !== 'object') return cases;
  for (const path of fieldPaths(example)) {
    const current = path.reduce<Json>((value, key) => (value as JsonObject)[key] as Json, example);
    add('wrong type', JSON.stringify(withValue(example, path, otherType(current))), JSON_TYPE, path.join('.'));
    if (typeof current === 'number')
      for (const number of [-1, 0, 1.5, 1e12])
        add('number out of range', JSON.stringify(withValue(example, path, number)), JSON_TYPE, path.join('.'));
  }
  for (const [key, value] of Object.entries(example)) {
    if (!NAME_FIELDS.has(key) || typeof value !== 'string') continue;
    for (const character of HIDDEN_CHARACTERS)
      add('hidden character', JSON.stringify({ ...example, [key]: `${value}${character}x` }), JSON_TYPE, key);
  }
  return cases;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? name);
}

/** Every mutating operation of the document, with its invalid inputs. */
export function fuzzCases(document: JsonObject, options: FuzzOptions): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const [template, item] of Object.entries(document.paths as JsonObject)) {
    for (const [method, raw] of Object.entries(item as JsonObject)) {
      if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
      const operation = raw as JsonObject;
      const parameters = (operation.parameters ?? []) as JsonObject[];
      const pathNames = parameters.filter((parameter) => parameter.in === 'path').map((p) => String(p.name));
      const queryBooleans = parameters.filter(
        (parameter) => parameter.in === 'query' && (parameter.schema as JsonObject | undefined)?.type === 'boolean',
      );
      const content = ((operation.requestBody as JsonObject | undefined)?.content as JsonObject | undefined)?.[
        'application/json'
      ] as JsonObject | undefined;
      const examples = Object.values((content?.examples ?? {}) as JsonObject).map(
        (entry) => (entry as JsonObject).value,
      );
      const example = examples[0];
      const hasBody = content !== undefined;
      const base = { clusterId: options.clusterId, ...options.missing, id: options.clusterId };
      const name = `${method.toUpperCase()} ${template}`;
      const push = (kind: string, path: string, rest: Partial<FuzzCase> = {}) =>
        cases.push({ operation: name, kind, method: method.toUpperCase(), path, headers: {}, ...rest });

      // Bodies that are invalid whatever the path: paired with hostile path segments too.
      const brokenBody = hasBody ? { body: '[]', headers: JSON_TYPE } : {};
      for (const parameter of pathNames)
        for (const segment of hostileSegments())
          push(`hostile path segment (${parameter})`, fill(template, { ...base, [parameter]: segment }), brokenBody);
      for (const parameter of queryBooleans)
        for (const value of ['maybe', '2', 'TRUE!', '%zz'])
          push('query value out of its schema', `${fill(template, base)}?${String(parameter.name)}=${value}`, {
            ...brokenBody,
            field: String(parameter.name),
          });
      if (hasBody) for (const bodyCase of bodyCases(example)) push(bodyCase.kind, fill(template, base), bodyCase);
    }
  }
  return cases;
}
