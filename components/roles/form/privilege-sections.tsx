'use client';
import {
  EuiButtonEmpty,
  EuiButtonIcon,
  EuiFlexGroup,
  EuiFlexItem,
  EuiPanel,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import type { ReactNode } from 'react';
import { rowMessages } from './field-messages';
import { IndexPrivilegesRow } from './index-privileges-row';
import { ListCombo, type ListOption } from './list-combo';
import {
  emptyIndexRow,
  emptyRemoteClusterRow,
  type IndexRowValues,
  type RemoteClusterRowValues,
} from './role-form-values';

function Section({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <>
      <EuiTitle size="xs">
        <h3>{title}</h3>
      </EuiTitle>
      <EuiText size="s" color="subdued">
        <p>{description}</p>
      </EuiText>
      <EuiSpacer size="s" />
      {children}
      <EuiSpacer size="l" />
    </>
  );
}

interface IndexSectionProps {
  remote: boolean;
  rows: IndexRowValues[];
  errors: Record<string, string>;
  privilegeOptions: ListOption[];
  remoteOptions: ListOption[];
  certificateRemotes: string[];
  readOnly: boolean;
  onChange: (rows: IndexRowValues[]) => void;
}

export function IndexPrivilegesSection({
  remote,
  rows,
  errors,
  privilegeOptions,
  remoteOptions,
  certificateRemotes,
  readOnly,
  onChange,
}: IndexSectionProps) {
  const list = remote ? 'remote_indices' : 'indices';
  const change = (index: number) => (patch: Partial<IndexRowValues>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Section
      title={remote ? 'Remote index privileges' : 'Index privileges'}
      description={
        remote
          ? 'Indices on remote clusters, reached through cross-cluster search ' +
            "or replication (API-key model: the remote's key bounds them)."
          : 'Indices on this cluster.'
      }
    >
      {rows.length === 0 && (
        <EuiText size="s" data-test-subj={`roles${remote ? 'RemoteIndex' : 'Index'}RowsEmpty`}>
          <p>None.</p>
        </EuiText>
      )}
      {rows.map((row, index) => (
        <div key={row.rowId}>
          <IndexPrivilegesRow
            remote={remote}
            index={index}
            row={row}
            messages={rowMessages(errors, list, index, row)}
            privilegeOptions={privilegeOptions}
            remoteOptions={remoteOptions}
            certificateRemotes={certificateRemotes}
            readOnly={readOnly}
            onChange={change(index)}
            onRemove={() => onChange(rows.filter((_, i) => i !== index))}
          />
          <EuiSpacer size="s" />
        </div>
      ))}
      {!readOnly && (
        <EuiButtonEmpty
          size="s"
          iconType="plusCircle"
          onClick={() => onChange([...rows, emptyIndexRow()])}
          data-test-subj={remote ? 'rolesAddRemoteIndexRow' : 'rolesAddIndexRow'}
        >
          {remote ? 'Add remote index privileges' : 'Add index privileges'}
        </EuiButtonEmpty>
      )}
    </Section>
  );
}

interface RemoteClusterSectionProps {
  rows: RemoteClusterRowValues[];
  errors: Record<string, string>;
  /** The cluster's built-in remote_cluster privileges; undefined before 8.15, which has none. */
  available: string[] | undefined;
  remoteOptions: ListOption[];
  readOnly: boolean;
  onChange: (rows: RemoteClusterRowValues[]) => void;
}

export function RemoteClusterSection({
  rows,
  errors,
  available,
  remoteOptions,
  readOnly,
  onChange,
}: RemoteClusterSectionProps) {
  const change = (index: number) => (patch: Partial<RemoteClusterRowValues>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const privilegeOptions = (available ?? []).map((label) => ({ label }));
  return (
    <Section
      title="Remote cluster privileges"
      description={
        available
          ? `Cluster-level actions on remotes: ${available.join(', ')} (what this cluster's version offers).`
          : "This cluster's version has no remote cluster privileges (they need 8.15)."
      }
    >
      {rows.map((row, index) => {
        const messages = rowMessages(errors, 'remote_cluster', index, row);
        const subj = (name: string) => `rolesRemoteClusterRow${name}-${index}`;
        return (
          <div key={row.rowId}>
            <EuiPanel hasBorder paddingSize="s" data-test-subj={subj('')}>
              <EuiFlexGroup gutterSize="s" alignItems="flexStart">
                <EuiFlexItem>
                  <ListCombo
                    label="Remote clusters"
                    values={row.clusters}
                    options={remoteOptions}
                    allowFreeText
                    error={messages.clusters}
                    placeholder="An alias or a pattern"
                    readOnly={readOnly}
                    testSubj={subj('Clusters')}
                    onChange={(clusters) => change(index)({ clusters })}
                  />
                </EuiFlexItem>
                <EuiFlexItem>
                  <ListCombo
                    label="Privileges"
                    values={row.privileges}
                    options={privilegeOptions}
                    allowFreeText={false}
                    error={messages.privileges ?? messages.other[0]}
                    placeholder="monitor_enrich"
                    readOnly={readOnly}
                    testSubj={subj('Privileges')}
                    onChange={(privileges) => change(index)({ privileges })}
                  />
                </EuiFlexItem>
                {!readOnly && (
                  <EuiFlexItem grow={false}>
                    <EuiButtonIcon
                      iconType="trash"
                      color="danger"
                      onClick={() => onChange(rows.filter((_, i) => i !== index))}
                      aria-label={`Remove remote cluster privileges row ${index + 1}`}
                      data-test-subj={subj('Remove')}
                    />
                  </EuiFlexItem>
                )}
              </EuiFlexGroup>
            </EuiPanel>
            <EuiSpacer size="s" />
          </div>
        );
      })}
      {!readOnly && (
        <EuiButtonEmpty
          size="s"
          iconType="plusCircle"
          isDisabled={!available}
          onClick={() => onChange([...rows, emptyRemoteClusterRow()])}
          data-test-subj="rolesAddRemoteClusterRow"
        >
          Add remote cluster privileges
        </EuiButtonEmpty>
      )}
    </Section>
  );
}
