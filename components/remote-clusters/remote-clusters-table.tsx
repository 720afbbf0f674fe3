'use client';
import { useMemo, useState } from 'react';
import {
  EuiButton,
  EuiFlexGroup,
  EuiFlexItem,
  EuiInMemoryTable,
  EuiLink,
  EuiSpacer,
  type EuiBasicTableColumn,
  type EuiSearchBarProps,
} from '@elastic/eui';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { matchesSearch } from '@/lib/remote-clusters/search';
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
}

export function RemoteClustersTable({ remotes, selection, onSelectionChange, onOpen, onEdit, onDelete }: Props) {
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
                onClick={() => onOpen(remote)}
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

  // Plain-text search (names and addresses hold "-", ":" and "." that query syntax would misread), matched by the
  // console on what the Name and Addresses columns show: EUI's own matching skips the address lists and reads
  // fields no column shows.
  const [searchText, setSearchText] = useState('');
  const shown = useMemo(() => remotes.filter((remote) => matchesSearch(remote, searchText)), [remotes, searchText]);
  const search: EuiSearchBarProps = {
    onChange: ({ queryText }) => {
      // EUI escapes quotes and backslashes for its own query syntax; the console matches the text as typed.
      setSearchText(queryText.replace(/\\(["\\])/g, '$1'));
      return false;
    },
    box: {
      incremental: true,
      placeholder: 'Search by name or address',
      'data-test-subj': 'remoteClustersSearch',
      'aria-label': 'Search remote clusters',
    },
  };
  // The text search box has no tools slot, so the bulk action sits between it and the table.
  const bulkActions =
    selection.length > 0 ? (
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
    ) : undefined;

  return (
    <EuiInMemoryTable
      items={shown}
      itemId="name"
      columns={columns}
      search={search}
      childrenBetween={bulkActions}
      searchFormat="text"
      sorting={{ sort: { field: 'name', direction: 'asc' } }}
      pagination={{ initialPageSize: 20, pageSizeOptions: [10, 20, 50, 100] }}
      selection={{
        selectable: (remote) => !remote.isConfiguredByNode,
        selectableMessage: (selectable) =>
          selectable ? 'Select' : 'Defined in elasticsearch.yml: cannot be removed here',
        onSelectionChange,
        selected: selection,
      }}
      rowProps={(remote) => ({ 'data-test-subj': `remoteClusterRow-${remote.name}` })}
      tableCaption="Remote clusters"
      data-test-subj="remoteClustersTable"
    />
  );
}
