'use client';
import { useMemo } from 'react';
import {
  EuiButton,
  EuiInMemoryTable,
  EuiLink,
  EuiSpacer,
  type EuiBasicTableColumn,
  type EuiSearchBarProps,
} from '@elastic/eui';
import { onPlainClick } from '@/components/shared/app-link-click';
import { useBrowserMadeKey } from '@/components/shared/use-hydrated';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import { creatorOf, KeyExpiry, KeyStatus, LocalTime } from './api-key-cells';
import { VisibleText } from '@/components/shared/visible-text';

interface Props {
  /** The cluster the keys are on: each name links to its detail (?cluster=&key=). */
  clusterId: string;
  apiKeys: CrossClusterApiKey[];
  selection: CrossClusterApiKey[];
  onSelectionChange: (selection: CrossClusterApiKey[]) => void;
  onOpen: (key: CrossClusterApiKey) => void;
  onEdit: (key: CrossClusterApiKey) => void;
  onInvalidate: (keys: CrossClusterApiKey[]) => void;
}

// An invalidated or expired key cannot be updated (Elasticsearch refuses), and an invalidated one cannot be
// invalidated again usefully, so their actions are not offered.
// The creator is nested, which EUI's default (the item's top-level strings) would miss.
const SEARCHED_FIELDS = ['name', 'id', 'creator.username', 'creator.realm', 'accessSummary'];

const isUsable = (key: CrossClusterApiKey) => !key.invalidated && !key.expired;

export const apiKeyDetailPath = (clusterId: string, keyId: string) =>
  `/api-keys?cluster=${encodeURIComponent(clusterId)}&key=${encodeURIComponent(keyId)}`;

export function ApiKeysTable({
  clusterId,
  apiKeys,
  selection,
  onSelectionChange,
  onOpen,
  onEdit,
  onInvalidate,
}: Props) {
  const columns = useMemo<EuiBasicTableColumn<CrossClusterApiKey>[]>(
    () => [
      {
        field: 'name',
        name: 'Name',
        sortable: true,
        truncateText: true,
        render: (name: string, key: CrossClusterApiKey) => (
          <EuiLink
            href={apiKeyDetailPath(clusterId, key.id)}
            onClick={onPlainClick(() => onOpen(key))}
            data-test-subj="apiKeysName"
          >
            <VisibleText text={name} />
          </EuiLink>
        ),
      },
      {
        field: 'id',
        name: 'Id',
        width: '200px',
        render: (id: string) => <code data-test-subj="apiKeysId">{id}</code>,
      },
      {
        name: 'Creator',
        truncateText: true,
        render: (key: CrossClusterApiKey) => <span data-test-subj="apiKeysCreator">{creatorOf(key)}</span>,
      },
      {
        field: 'createdAt',
        name: 'Created',
        sortable: true,
        width: '180px',
        render: (createdAt: string) => <LocalTime iso={createdAt} />,
      },
      {
        field: 'expiresAt',
        name: 'Expires',
        sortable: true,
        width: '190px',
        render: (_: string | null, key) => <KeyExpiry apiKey={key} />,
      },
      {
        field: 'invalidated',
        name: 'Status',
        sortable: true,
        width: '110px',
        render: (_: boolean, key) => <KeyStatus apiKey={key} />,
      },
      {
        field: 'accessSummary',
        name: 'Access',
        truncateText: true,
        render: (summary: string) => <span data-test-subj="apiKeysAccessSummary">{summary}</span>,
      },
      {
        name: 'Actions',
        width: '90px',
        actions: [
          {
            name: 'Edit',
            description: 'Edit the access, metadata or expiration of this key',
            icon: 'pencil',
            type: 'icon',
            available: isUsable,
            onClick: (key) => onEdit(key),
            'data-test-subj': 'apiKeysEditAction',
          },
          {
            name: 'Invalidate',
            description: 'Invalidate this key',
            icon: 'trash',
            type: 'icon',
            color: 'danger',
            available: (key) => !key.invalidated,
            onClick: (key) => onInvalidate([key]),
            'data-test-subj': 'apiKeysInvalidateAction',
          },
        ],
      },
    ],
    [clusterId, onOpen, onEdit, onInvalidate],
  );

  // Plain-text search: key names hold spaces, ":" and "-" that query syntax would misread.
  const search: EuiSearchBarProps = {
    box: {
      incremental: true,
      placeholder: 'Search by name, id, creator or index pattern',
      'data-test-subj': 'apiKeysSearch',
      'aria-label': 'Search cross-cluster API keys',
    },
  };
  const bulkActions =
    selection.length > 0 ? (
      <>
        <EuiButton
          color="danger"
          iconType="trash"
          onClick={() => onInvalidate(selection)}
          data-test-subj="apiKeysBulkInvalidate"
        >
          Invalidate {selection.length} {selection.length === 1 ? 'key' : 'keys'}
        </EuiButton>
        <EuiSpacer size="m" />
      </>
    ) : undefined;

  const tableKey = useBrowserMadeKey();
  return (
    <EuiInMemoryTable
      key={tableKey}
      // Tests wait for this before clicking: a click on the server's rows before hydration can be lost.
      data-interactive={tableKey === 'browser'}
      items={apiKeys}
      itemId="id"
      columns={columns}
      search={search}
      searchFormat="text"
      executeQueryOptions={{ defaultFields: SEARCHED_FIELDS }}
      childrenBetween={bulkActions}
      sorting={{ sort: { field: 'createdAt', direction: 'desc' } }}
      pagination={{ initialPageSize: 20, pageSizeOptions: [10, 20, 50, 100] }}
      selection={{
        selectable: (key) => !key.invalidated,
        selectableMessage: (selectable) => (selectable ? 'Select' : 'Already invalidated'),
        onSelectionChange,
        selected: selection,
      }}
      rowProps={(key) => ({ 'data-test-subj': `apiKeysRow-${key.id}` })}
      tableCaption="Cross-cluster API keys"
      data-test-subj="apiKeysTable"
    />
  );
}
