'use client';
import { useState } from 'react';
import { EuiButton, EuiFlexGroup, EuiFlexItem, EuiFormRow, EuiPanel, EuiSelect, EuiText } from '@elastic/eui';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import type { RoleBodyInput } from '@/lib/roles/schema';
import { crossClusterReplicationTemplate, crossClusterSearchTemplate } from '@/lib/roles/templates';
import { ListCombo } from './list-combo';

interface Props {
  remotes: RemoteCluster[] | undefined;
  onApply: (template: RoleBodyInput) => void;
}

/**
 * The two roles of Elastic's documentation (cross-cluster search and replication) for one remote and index patterns.
 */
export function TemplatesPanel({ remotes, onApply }: Props) {
  // Certificate-model remotes are listed but not offered: remote_indices do not apply to them.
  const usable = (remotes ?? []).filter((remote) => remote.securityModel === 'api_key');
  const [chosen, setChosen] = useState<string>();
  const [names, setNames] = useState<string[]>([]);
  const remote = chosen ?? usable[0]?.name ?? '';
  const ready = remote !== '' && names.length > 0;

  const options = [
    ...(remotes === undefined
      ? [{ value: '', text: 'Loading remotes…' }]
      : usable.length === 0
        ? [{ value: '', text: 'No API-key remote on this cluster' }]
        : []),
    ...(remotes ?? []).map((candidate) => ({
      value: candidate.name,
      text:
        candidate.securityModel === 'api_key'
          ? candidate.name
          : `${candidate.name} (not applicable: certificate model)`,
      disabled: candidate.securityModel !== 'api_key',
    })),
  ];

  return (
    <EuiPanel color="subdued" paddingSize="m" data-test-subj="rolesTemplates">
      <EuiText size="s">
        <p>
          <strong>Start from a template.</strong> Adds the privileges Elastic&apos;s documentation gives these roles,
          for one remote, to what is above (nothing is removed).
        </p>
      </EuiText>
      <EuiFlexGroup gutterSize="s" alignItems="flexEnd" wrap>
        <EuiFlexItem grow={1}>
          <EuiFormRow label="Remote cluster" fullWidth>
            <EuiSelect
              compressed
              fullWidth
              options={options}
              value={remote}
              onChange={(event) => setChosen(event.target.value)}
              aria-label="Remote cluster for the template"
              data-test-subj="rolesTemplateRemote"
            />
          </EuiFormRow>
        </EuiFlexItem>
        <EuiFlexItem grow={2}>
          <ListCombo
            label="Index patterns on the remote"
            values={names}
            allowFreeText
            error={undefined}
            placeholder="logs-*, then Enter"
            readOnly={false}
            testSubj="rolesTemplateNames"
            onChange={setNames}
          />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiFlexGroup gutterSize="s" responsive={false} wrap>
        <EuiFlexItem grow={false}>
          <EuiButton
            size="s"
            iconType="magnify"
            isDisabled={!ready}
            onClick={() => onApply(crossClusterSearchTemplate(remote, names))}
            data-test-subj="rolesTemplateSearch"
          >
            Cross-cluster search
          </EuiButton>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton
            size="s"
            iconType="copy"
            isDisabled={!ready}
            onClick={() => onApply(crossClusterReplicationTemplate(remote, names))}
            data-test-subj="rolesTemplateReplication"
          >
            Cross-cluster replication
          </EuiButton>
        </EuiFlexItem>
        <EuiFlexItem>
          <EuiText size="xs" color="subdued">
            <p>
              Search: read, read_cross_cluster, view_index_metadata. Replication: manage_ccr on this cluster,
              cross_cluster_replication on the remote&apos;s leader indices.
            </p>
          </EuiText>
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiPanel>
  );
}
