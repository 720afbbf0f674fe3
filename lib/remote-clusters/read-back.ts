import type { ClusterSettingsUpdate } from './serialize';
import type { FlatSettings } from './settings';

// Elasticsearch returns setting values as strings ("true", "18") or string lists, whatever type was sent.
function asSent(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(String);
  return String(value);
}

/**
 * The persistent keys of a write that the cluster does not hold as written, read right after it: a change made
 * in between by a writer outside the console (Dev Tools, another tool) that the version check cannot see.
 */
export function keysNotAsWritten(written: ClusterSettingsUpdate, readBack: FlatSettings): string[] {
  return Object.entries(written.persistent)
    .filter(([key, value]) => JSON.stringify(asSent(value)) !== JSON.stringify(asSent(readBack[key])))
    .map(([key]) => key);
}
