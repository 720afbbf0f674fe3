import { z } from 'zod';
import type { ApiOperation, NamedSchema } from './route-types';

// components.schemas from the operations' named zod schemas: request bodies as clients send them (zod's input
// side), answers as the console returns them (output side, where objects refuse undeclared fields, so a field
// added to an answer without documenting it fails the integration tests' check).

export const ERROR_BODY = 'ErrorBody';

type JsonSchema = Record<string, unknown>;

/** Components are not documents: no $schema (OpenAPI 3.1 declares the dialect) and no $id (refs are by path). */
function asComponent(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema' && key !== '$id'));
}

function collect(entries: NamedSchema[]): z.core.$ZodRegistry<{ id: string }> {
  const registry = z.registry<{ id: string }>();
  const byName = new Map<string, z.ZodType>();
  for (const { name, schema } of entries) {
    const known = byName.get(name);
    if (known === schema) continue;
    if (known) throw new Error(`Two different schemas are named ${name} in the OpenAPI registry`);
    byName.set(name, schema);
    registry.add(schema, { id: name });
  }
  return registry;
}

function convert(registry: z.core.$ZodRegistry<{ id: string }>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, {
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, asComponent(schema as JsonSchema)]));
}

export function componentSchemas(
  operations: readonly ApiOperation[],
  errorBody: z.ZodType,
): Record<string, JsonSchema> {
  const requests = convert(
    collect(operations.flatMap((operation) => (operation.body ? [operation.body] : []))),
    'input',
  );
  const responses = convert(
    collect([...operations.map((operation) => operation.response), { name: ERROR_BODY, schema: errorBody }]),
    'output',
  );
  const clash = Object.keys(requests).find((name) => name in responses);
  if (clash) throw new Error(`${clash} names both a request body and an answer in the OpenAPI registry`);
  return { ...requests, ...responses };
}

/** A parameter's schema, inline (parameters are small and specific to their route). */
export function inlineSchema(schema: z.ZodType): JsonSchema {
  return asComponent(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
}

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
