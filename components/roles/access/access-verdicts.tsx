'use client';
import {
  EuiBadge,
  EuiBasicTable,
  EuiCallOut,
  EuiSpacer,
  EuiText,
  EuiTitle,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import type { EffectiveAccess, IndexVerdict, Outcome, PatternVerdict } from '@/lib/roles/effective-access';
import { VisibleText } from '@/components/shared/visible-text';

type AnyOutcome = Outcome | IndexVerdict['outcome'];

const OUTCOMES: Record<AnyOutcome, { color: string; text: string }> = {
  granted: { color: 'success', text: 'granted' },
  reduced: { color: 'warning', text: 'reduced by the key' },
  not_granted: { color: 'danger', text: 'not granted' },
  blocked_by_key: { color: 'danger', text: 'blocked by the key' },
  not_in_role: { color: 'hollow', text: 'not in the role' },
};

export function OutcomeBadge({ outcome }: { outcome: AnyOutcome }) {
  const { color, text } = OUTCOMES[outcome];
  return (
    <EuiBadge color={color} data-test-subj="rolesEffectiveOutcome">
      {text}
    </EuiBadge>
  );
}

const patternColumns: EuiBasicTableColumn<PatternVerdict>[] = [
  { field: 'pattern', name: 'Role pattern', render: (pattern: string) => <code>{pattern}</code> },
  { field: 'privileges', name: 'Asks for', render: (privileges: string[]) => privileges.join(', ') },
  {
    field: 'outcome',
    name: 'Outcome',
    width: '150px',
    render: (outcome: Outcome) => <OutcomeBadge outcome={outcome} />,
  },
  {
    field: 'explanation',
    name: 'Why',
    render: (explanation: string, verdict) => (
      <EuiText size="s" data-test-subj="rolesEffectiveExplanation">
        {explanation}
        {verdict.matchedIndices.length > 0 && ` Matches on the remote: ${verdict.matchedIndices.join(', ')}.`}
      </EuiText>
    ),
  },
];

const indexColumns: EuiBasicTableColumn<IndexVerdict>[] = [
  { field: 'index', name: 'Index on the remote', render: (index: string) => <code>{index}</code> },
  { field: 'inRole', name: 'In the role', width: '110px', render: (inRole: boolean) => (inRole ? 'yes' : 'no') },
  {
    field: 'allowedByKey',
    name: 'Allowed by the key',
    width: '150px',
    render: (allowed: boolean) => (allowed ? 'yes' : 'no'),
  },
  {
    field: 'outcome',
    name: 'Outcome',
    width: '170px',
    render: (outcome: IndexVerdict['outcome']) => <OutcomeBadge outcome={outcome} />,
  },
];

const clusterColumns: EuiBasicTableColumn<EffectiveAccess['remoteCluster'][number]>[] = [
  { field: 'privilege', name: 'Remote cluster privilege', render: (privilege: string) => <code>{privilege}</code> },
  {
    field: 'outcome',
    name: 'Outcome',
    width: '150px',
    render: (outcome: Outcome) => <OutcomeBadge outcome={outcome} />,
  },
];

/** What the holder of the role can really do on the remote: per role pattern, per concrete index, and the warnings. */
export function AccessVerdicts({ access }: { access: EffectiveAccess }) {
  return (
    <div data-test-subj="rolesEffectiveResult">
      <EuiText size="s" data-test-subj="rolesEffectiveKey">
        <p>
          {access.key ? (
            <>
              Through the key{' '}
              <strong>
                <VisibleText text={access.key.name} />
              </strong>{' '}
              ({access.key.accessSummary}).
            </>
          ) : access.securityModel === 'certificate' ? (
            'No cross-cluster API key: this remote uses the certificate model.'
          ) : (
            'No usable cross-cluster API key.'
          )}
        </p>
      </EuiText>
      <EuiSpacer size="s" />
      {access.warnings.map((warning) => (
        <div key={warning}>
          <EuiCallOut
            size="s"
            color="warning"
            iconType="warning"
            title={warning}
            data-test-subj="rolesEffectiveWarning"
          />
          <EuiSpacer size="s" />
        </div>
      ))}
      <EuiTitle size="xxs">
        <h3>Per role index pattern</h3>
      </EuiTitle>
      <EuiBasicTable
        items={access.patterns}
        columns={patternColumns}
        rowProps={(verdict) => ({
          'data-test-subj': `rolesEffectivePattern-${verdict.pattern}`,
          'data-outcome': verdict.outcome,
        })}
        noItemsMessage={`The role has no remote index privileges for ${access.alias}.`}
        tableCaption={`Role patterns on ${access.alias}`}
        data-test-subj="rolesEffectivePatterns"
      />
      <EuiSpacer size="m" />
      <EuiTitle size="xxs">
        <h3>Per index on the remote</h3>
      </EuiTitle>
      <EuiBasicTable
        items={access.indices}
        columns={indexColumns}
        rowProps={(verdict) => ({
          'data-test-subj': `rolesEffectiveIndex-${verdict.index}`,
          'data-outcome': verdict.outcome,
        })}
        noItemsMessage={
          'No index on the remote is in the role or allowed by the ' +
          "key (or the remote's index names could not be read)."
        }
        tableCaption={`Indices on ${access.alias}`}
        data-test-subj="rolesEffectiveIndices"
      />
      {access.remoteCluster.length > 0 && (
        <>
          <EuiSpacer size="m" />
          <EuiBasicTable
            items={access.remoteCluster}
            columns={clusterColumns}
            rowProps={(verdict) => ({
              'data-test-subj': `rolesEffectiveClusterPrivilege-${verdict.privilege}`,
              'data-outcome': verdict.outcome,
            })}
            tableCaption={`Remote cluster privileges on ${access.alias}`}
            data-test-subj="rolesEffectiveRemoteCluster"
          />
        </>
      )}
    </div>
  );
}
