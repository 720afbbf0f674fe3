// One finding of a diagnosis: what was checked, how it went, the evidence read and the fix.

export type FindingSeverity = 'ok' | 'info' | 'warning' | 'error';

export const FINDING_IDS = [
  'connection',
  'security_model',
  'resolve',
  'test_search',
  'http_port',
  'transport_port_with_key',
  'tls_trust',
  'proxy_server_name',
  'skip_unavailable',
  'migration',
] as const;

export interface Finding {
  id: (typeof FINDING_IDS)[number];
  severity: FindingSeverity;
  title: string;
  evidence: string;
  fix?: string;
}
