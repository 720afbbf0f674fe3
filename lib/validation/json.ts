// Small JSON helpers shared by the schema, the model and the form (browser and server alike).

/** A JSON object: not null, not an array (both are "object" to typeof, and Elasticsearch refuses them here). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object a text holds, or undefined when the text is not JSON or holds something else (an array, a number). */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Size in UTF-8 bytes of the JSON Elasticsearch would receive: the limits are about bytes on the wire, not characters.
 */
export function jsonByteLength(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}
