// Cluster settings as Elasticsearch returns them with flat_settings=true: "cluster.remote.<alias>.<key>" → value.
// Values come back as strings ("true", "18") or string arrays (seeds), whatever was sent.

export type FlatSettings = Record<string, unknown>;
/**
 * One alias's keys without the "cluster.remote.<alias>." prefix, e.g. { seeds: [...], "transport.compress": "true" }.
 */
export type AliasSettings = Record<string, unknown>;

const PREFIX = 'cluster.remote.';
// Keys under cluster.remote that belong to no alias.
const GLOBAL_KEYS = new Set(['initial_connect_timeout', 'connections_per_cluster', 'node.attr', 'connect']);

/** Every alias present in the settings, with its keys. Keys set to null are already gone from the response. */
export function remoteSettingsByAlias(flat: FlatSettings | undefined): Map<string, AliasSettings> {
  const byAlias = new Map<string, AliasSettings>();
  for (const [key, value] of Object.entries(flat ?? {})) {
    if (!key.startsWith(PREFIX)) continue;
    const rest = key.slice(PREFIX.length);
    if (GLOBAL_KEYS.has(rest)) continue;
    const dot = rest.indexOf('.');
    if (dot <= 0 || dot === rest.length - 1) continue;
    const alias = rest.slice(0, dot);
    const settings = byAlias.get(alias) ?? {};
    settings[rest.slice(dot + 1)] = value;
    byAlias.set(alias, settings);
  }
  return byAlias;
}

/** Elasticsearch's nested settings object ({cluster:{remote:{a:{seeds:[…]}}}}) flattened to dotted keys. */
export function flattenSettings(nested: unknown, prefix = ''): FlatSettings {
  const flat: FlatSettings = {};
  if (nested === null || typeof nested !== 'object' || Array.isArray(nested)) return flat;
  for (const [key, value] of Object.entries(nested)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      Object.assign(flat, flattenSettings(value, path));
    else flat[path] = value;
  }
  return flat;
}

export function settingKey(alias: string, key: string): string {
  return `${PREFIX}${alias}.${key}`;
}

export function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

export function readInteger(value: unknown): number | undefined {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(number) ? number : undefined;
}

export function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function readStringList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  // A single seed set by hand can come back as a plain string.
  if (typeof value === 'string' && value !== '')
    return value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  return undefined;
}

/** A short, stable fingerprint of settings (FNV-1a over sorted JSON): equal settings, equal version. */
export function settingsFingerprint(...parts: (AliasSettings | undefined)[]): string {
  const text = JSON.stringify(parts.map((part) => Object.entries(part ?? {}).sort(([a], [b]) => a.localeCompare(b))));
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
