// The OpenAPI document reshaped for the page: operations grouped by tag, each with what a person reads. Pure, so
// the server does it and the browser receives only this.

type JsonObject = Record<string, unknown>;

export interface OperationView {
  key: string;
  method: string;
  path: string;
  summary: string;
  description: string | null;
  security: string[];
  parameters: { name: string; in: string; required: boolean; description: string; schema: string }[];
  requestBody: { schemaName: string; examples: { name: string; json: string }[] } | null;
  responses: { status: string; description: string; schemaName: string | null }[];
}

export interface ApiDocsView {
  title: string;
  version: string;
  description: string;
  groups: { tag: string; operations: OperationView[] }[];
  schemas: { name: string; json: string }[];
  securitySchemes: { name: string; description: string }[];
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const refName = (schema: unknown) => {
  const ref = (schema as { $ref?: string } | undefined)?.$ref;
  return ref ? (ref.split('/').pop() ?? null) : null;
};
const jsonContent = (holder: unknown) =>
  ((holder as { content?: JsonObject } | undefined)?.content?.['application/json'] ?? null) as JsonObject | null;

function operationView(path: string, method: string, operation: JsonObject): OperationView {
  const body = jsonContent(operation.requestBody);
  const examples = Object.entries((body?.examples ?? {}) as Record<string, { value: unknown }>).map(
    ([name, example]) => ({ name, json: pretty(example.value) }),
  );
  return {
    key: `${method} ${path}`,
    method: method.toUpperCase(),
    path,
    summary: String(operation.summary ?? ''),
    description: typeof operation.description === 'string' ? operation.description : null,
    security: ((operation.security ?? []) as JsonObject[]).map(
      (requirement) => Object.keys(requirement).join(' + ') || 'none',
    ),
    parameters: ((operation.parameters ?? []) as JsonObject[]).map((param) => ({
      name: String(param.name),
      in: String(param.in),
      required: param.required === true,
      description: String(param.description ?? ''),
      schema: JSON.stringify(param.schema),
    })),
    requestBody: body ? { schemaName: refName(body.schema) ?? 'inline', examples } : null,
    responses: Object.entries((operation.responses ?? {}) as Record<string, JsonObject>).map(([status, response]) => ({
      status,
      description: String(response.description ?? ''),
      schemaName: refName(jsonContent(response)?.schema),
    })),
  };
}

export function toApiDocsView(document: JsonObject): ApiDocsView {
  const info = (document.info ?? {}) as JsonObject;
  const groups = new Map<string, OperationView[]>();
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Record<string, JsonObject>>)) {
    for (const [method, operation] of Object.entries(item)) {
      const tag = ((operation.tags as string[] | undefined) ?? ['Other'])[0] ?? 'Other';
      groups.set(tag, [...(groups.get(tag) ?? []), operationView(path, method, operation)]);
    }
  }
  const components = (document.components ?? {}) as {
    schemas?: JsonObject;
    securitySchemes?: Record<string, JsonObject>;
  };
  return {
    title: String(info.title ?? ''),
    version: String(info.version ?? ''),
    description: String(info.description ?? ''),
    groups: [...groups].map(([tag, operations]) => ({ tag, operations })),
    schemas: Object.entries(components.schemas ?? {}).map(([name, schema]) => ({ name, json: pretty(schema) })),
    securitySchemes: Object.entries(components.securitySchemes ?? {}).map(([name, scheme]) => ({
      name,
      description: String(scheme.description ?? ''),
    })),
  };
}
