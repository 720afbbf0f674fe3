'use client';
import { useMemo } from 'react';
import { EuiButton, EuiLink, EuiSpacer, type EuiBasicTableColumn } from '@elastic/eui';
import { onPlainClick } from '@/components/shared/app-link-click';
import { ListTable } from '@/components/shared/list-table';
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
// What the search box looks in: the creator and the index patterns the key grants too.
const searchedTexts = (key: CrossClusterApiKey) => [
  key.name,
  key.id,
  key.creator.username,
  key.creator.realm,
  key.accessSummary,
];

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

  return (
    <ListTable
      items={apiKeys}
      itemId="id"
      columns={columns}
      initialSort={{ field: 'createdAt', direction: 'desc' }}
      search={{
        textsOf: searchedTexts,
        placeholder: 'Search by name, id, creator or index pattern',
        label: 'Search cross-cluster API keys',
        testSubj: 'apiKeysSearch',
      }}
      toolbar={bulkActions}
      selection={{
        selectable: (key) => !key.invalidated,
        selectableMessage: (selectable) => (selectable ? 'Select' : 'Already invalidated'),
        onSelectionChange,
        selected: selection,
      }}
      rowTestSubj={(key) => `apiKeysRow-${key.id}`}
      caption="Cross-cluster API keys"
      testSubj="apiKeysTable"
    />
  );
}
