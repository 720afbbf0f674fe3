import type { RemoteCluster, SecurityModel } from './model';
import type { RemoteClusterCreateInput } from './schema';

// What the add/edit form holds: text as typed (numbers stay strings until validation, so "3a" can be shown
// back with its error instead of being lost), and the choices that only guide the person.

export type CompressChoice = 'default' | 'true' | 'false' | 'indexing_data';

export interface RemoteClusterFormValues {
  name: string;
  securityModel: SecurityModel;
  mode: 'sniff' | 'proxy';
  seeds: string[];
  nodeConnections: string;
  proxyAddress: string;
  serverName: string;
  proxySocketConnections: string;
  skipUnavailable: boolean;
  transportCompress: CompressChoice;
  transportPingSchedule: string;
  settingsVersion?: string;
}

export function emptyFormValues(): RemoteClusterFormValues {
  return {
    name: '',
    securityModel: 'api_key',
    mode: 'sniff',
    seeds: [],
    nodeConnections: '',
    proxyAddress: '',
    serverName: '',
    proxySocketConnections: '',
    skipUnavailable: true,
    transportCompress: 'default',
    transportPingSchedule: '',
  };
}

export function formValuesFrom(remote: RemoteCluster): RemoteClusterFormValues {
  const text = (value: number | string | undefined) => (value === undefined ? '' : String(value));
  return {
    name: remote.name,
    securityModel: remote.securityModel,
    mode: remote.mode,
    seeds: remote.seeds ?? [],
    nodeConnections: text(remote.nodeConnections),
    proxyAddress: remote.proxyAddress ?? '',
    serverName: remote.serverName ?? '',
    proxySocketConnections: text(remote.proxySocketConnections),
    skipUnavailable: remote.skipUnavailable,
    transportCompress:
      remote.transportCompress === undefined ? 'default' : (String(remote.transportCompress) as CompressChoice),
    transportPingSchedule: remote.transportPingSchedule ?? '',
    settingsVersion: remote.settingsVersion,
  };
}

/** "12" → 12, "" → undefined, anything else stays text so the schema names the rule it breaks. */
function numberOrText(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The REST body for these values: only the fields of the chosen mode. */
export function requestBodyFrom(values: RemoteClusterFormValues): RemoteClusterCreateInput {
  const compress = { default: undefined, true: true, false: false, indexing_data: 'indexing_data' as const }[
    values.transportCompress
  ];
  const body: Record<string, unknown> = {
    name: values.name.trim(),
    mode: values.mode,
    skipUnavailable: values.skipUnavailable,
    securityModel: values.securityModel,
    transportCompress: compress,
    transportPingSchedule: values.transportPingSchedule.trim() || undefined,
    settingsVersion: values.settingsVersion,
  };
  if (values.mode === 'sniff') {
    body.seeds = values.seeds.map((seed) => seed.trim());
    body.nodeConnections = numberOrText(values.nodeConnections);
  } else {
    body.proxyAddress = values.proxyAddress.trim() || undefined;
    body.serverName = values.serverName.trim() || undefined;
    body.proxySocketConnections = numberOrText(values.proxySocketConnections);
  }
  return body as RemoteClusterCreateInput;
}
