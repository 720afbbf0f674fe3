'use client';
import { useMemo } from 'react';
import {
  EuiButton,
  EuiFieldSearch,
  EuiFlexGroup,
  EuiFlexItem,
  EuiLink,
  EuiSpacer,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import {
  hasFilters,
  matchesRemoteListQuery,
  remoteListSearch,
  type RemoteListQuery,
} from '@/lib/remote-clusters/list-query';
import { onPlainClick } from '@/components/shared/app-link-click';
import { RemoteListFilters } from './remote-list-filters';
import { ListTable } from '@/components/shared/list-table';
import {
  addressesOf,
  ConnectionStatus,
  connectionCount,
  NodeDefinedBadge,
  SecurityModelBadge,
} from './remote-cluster-cells';

interface Props {
  remotes: RemoteCluster[];
  selection: RemoteCluster[];
  onSelectionChange: (selection: RemoteCluster[]) => void;
  onOpen: (remote: RemoteCluster) => void;
  onEdit: (remote: RemoteCluster) => void;
  onDelete: (remotes: RemoteCluster[]) => void;
  query: RemoteListQuery;
  onQueryChange: (patch: Partial<Record<keyof RemoteListQuery, string | undefined>>) => void;
}

export function RemoteClustersTable(props: Props) {
  const { remotes, selection, onSelectionChange, onOpen, onEdit, onDelete, query, onQueryChange } = props;
  const columns = useMemo<EuiBasicTableColumn<RemoteCluster>[]>(
    () => [
      {
        field: 'name',
        name: 'Name',
        sortable: true,
        truncateText: true,
        render: (name: string, remote) => (
          <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
            <EuiFlexItem grow={false}>
              <EuiLink
                href={`/remote-clusters${remoteListSearch({ q: '', open: name })}`}
                onClick={onPlainClick(() => onOpen(remote))}
                data-test-subj="remoteClusterLink"
                aria-label={`Details of ${name}`}
              >
                {name}
              </EuiLink>
            </EuiFlexItem>
            {remote.isConfiguredByNode && (
              <EuiFlexItem grow={false}>
                <NodeDefinedBadge />
              </EuiFlexItem>
            )}
          </EuiFlexGroup>
        ),
      },
      {
        field: 'isConnected',
        name: 'Status',
        sortable: true,
        width: '150px',
        render: (_: boolean, remote) => <ConnectionStatus remote={remote} />,
      },
      {
        field: 'mode',
        name: 'Mode',
        sortable: true,
        width: '80px',
        render: (mode: string) => <span data-test-subj="remoteClusterMode">{mode}</span>,
      },
      {
        name: 'Addresses',
        truncateText: true,
        render: (remote: RemoteCluster) => (
          <span data-test-subj="remoteClusterAddresses">{addressesOf(remote).join(', ')}</span>
        ),
      },
      {
        field: 'securityModel',
        name: 'Security',
        sortable: true,
        width: '130px',
        render: (_: string, remote) => <SecurityModelBadge remote={remote} />,
      },
      {
        name: 'Connections',
        width: '110px',
        render: (remote: RemoteCluster) => (
          <span data-test-subj="remoteClusterConnections">{connectionCount(remote)}</span>
        ),
      },
      {
        field: 'skipUnavailable',
        name: 'Skip unavailable',
        sortable: true,
        width: '120px',
        render: (skip: boolean) => <span data-test-subj="remoteClusterSkipUnavailable">{skip ? 'Yes' : 'No'}</span>,
      },
      {
        name: 'Actions',
        width: '90px',
        actions: [
          {
            name: 'Edit',
            description: 'Edit this remote cluster',
            icon: 'pencil',
            type: 'icon',
            available: (remote) => !remote.isConfiguredByNode,
            onClick: (remote) => onEdit(remote),
            'data-test-subj': 'remoteClusterEditAction',
          },
          {
            name: 'Remove',
            description: 'Remove this remote cluster',
            icon: 'trash',
            type: 'icon',
            color: 'danger',
            available: (remote) => !remote.isConfiguredByNode,
            onClick: (remote) => onDelete([remote]),
            'data-test-subj': 'remoteClusterDeleteAction',
          },
        ],
      },
    ],
    [onOpen, onEdit, onDelete],
  );

  const shown = useMemo(() => remotes.filter((remote) => matchesRemoteListQuery(remote, query)), [remotes, query]);
  // The search and the filters live in the URL, so they sit above the table rather than in EUI's own search bar
  // (whose plain-text box cannot be driven by the address).
  const toolbar = (
    <>
      <EuiFlexGroup gutterSize="s" alignItems="center" wrap>
        <EuiFlexItem grow style={{ minWidth: 240 }}>
          <EuiFieldSearch
            fullWidth
            isClearable
            value={query.q}
            placeholder="Search by name or address"
            onChange={(event) => onQueryChange({ q: event.target.value })}
            data-test-subj="remoteClustersSearch"
            aria-label="Search remote clusters"
          />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <RemoteListFilters query={query} onChange={(field, value) => onQueryChange({ [field]: value })} />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="m" />
      {selection.length > 0 && (
        <>
          <EuiButton
            color="danger"
            iconType="trash"
            onClick={() => onDelete(selection)}
            data-test-subj="remoteClustersBulkDelete"
          >
            Remove {selection.length} remote {selection.length === 1 ? 'cluster' : 'clusters'}
          </EuiButton>
          <EuiSpacer size="m" />
        </>
      )}
    </>
  );

  return (
    <ListTable
      items={shown}
      itemId="name"
      columns={columns}
      initialSort={{ field: 'name', direction: 'asc' }}
      toolbar={toolbar}
      // The flyout's `open` is not a filter: opening a remote keeps the page.
      filterKey={JSON.stringify([query.q, query.status, query.security, query.mode])}
      noItemsMessage={hasFilters(query) ? 'No remote clusters match the search and filters.' : 'No remote clusters.'}
      selection={{
        selectable: (remote) => !remote.isConfiguredByNode,
        selectableMessage: (selectable) =>
          selectable ? 'Select' : 'Defined in elasticsearch.yml: cannot be removed here',
        onSelectionChange,
        selected: selection,
      }}
      rowTestSubj={(remote) => `remoteClusterRow-${remote.name}`}
      caption="Remote clusters"
      testSubj="remoteClustersTable"
    />
  );
}
