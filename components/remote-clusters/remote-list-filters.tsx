'use client';
import { EuiFilterButton, EuiFilterGroup, EuiFlexGroup, EuiFlexItem } from '@elastic/eui';
import { FILTER_CHOICES, type FilterField, type RemoteListQuery } from '@/lib/remote-clusters/list-query';

const LABELS: Record<FilterField, { legend: string; values: Record<string, string> }> = {
  status: { legend: 'Status', values: { connected: 'Connected', not_connected: 'Not connected' } },
  security: { legend: 'Security model', values: { api_key: 'API key', certificate: 'Certificate' } },
  mode: { legend: 'Connection mode', values: { sniff: 'Sniff', proxy: 'Proxy' } },
};

const TEST_SUBJ_PARTS: Record<string, string> = {
  connected: 'Connected',
  not_connected: 'NotConnected',
  api_key: 'ApiKey',
  certificate: 'Certificate',
  sniff: 'Sniff',
  proxy: 'Proxy',
};

interface Props {
  query: RemoteListQuery;
  onChange: (field: FilterField, value: string | undefined) => void;
}

/**
 * Each filter has two values, so each is a pair of toggles (Kibana's pattern for two-valued filters): pressing the
 * active one shows everything again.
 */
export function RemoteListFilters({ query, onChange }: Props) {
  return (
    <EuiFlexGroup gutterSize="s" wrap responsive={false} data-test-subj="remoteClustersFilters">
      {(Object.keys(FILTER_CHOICES) as FilterField[]).map((field) => (
        <EuiFlexItem grow={false} key={field}>
          <EuiFilterGroup aria-label={LABELS[field].legend} compressed>
            {FILTER_CHOICES[field].map((value, index) => {
              const active = query[field] === value;
              return (
                <EuiFilterButton
                  key={value}
                  withNext={index === 0}
                  hasActiveFilters={active}
                  isToggle
                  isSelected={active}
                  onClick={() => onChange(field, active ? undefined : value)}
                  data-test-subj={`remoteClustersFilter${TEST_SUBJ_PARTS[value]}`}
                >
                  {LABELS[field].values[value]}
                </EuiFilterButton>
              );
            })}
          </EuiFilterGroup>
        </EuiFlexItem>
      ))}
    </EuiFlexGroup>
  );
}
