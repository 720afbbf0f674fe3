'use client';
import type { ReactNode } from 'react';
import {
  EuiBadge,
  EuiButton,
  EuiButtonEmpty,
  EuiDescriptionList,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiHorizontalRule,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import { CodeBlock } from '@/components/shared/code-block';
import { VisibleText } from '@/components/shared/visible-text';
import type { CrossClusterApiKey, ReplicationGrant, SearchGrant } from '@/lib/cross-cluster-api-keys/model';
import { creatorOf, formatDate, KeyExpiry, KeyStatus } from './api-key-cells';

interface Props {
  apiKey: CrossClusterApiKey;
  clusterDisplayName: string;
  onClose: () => void;
  onEdit: (key: CrossClusterApiKey) => void;
  onInvalidate: (key: CrossClusterApiKey) => void;
}

/** The stored query as Elasticsearch keeps it (JSON text), indented when it parses. */
function prettyQuery(query: string): string {
  try {
    return JSON.stringify(JSON.parse(query), null, 2);
  } catch {
    return query;
  }
}

const patterns = (names: string[]) => (
  <EuiFlexGroup gutterSize="xs" wrap responsive={false}>
    {names.map((name) => (
      <EuiFlexItem grow={false} key={name}>
        <EuiBadge color="hollow">{name}</EuiBadge>
      </EuiFlexItem>
    ))}
  </EuiFlexGroup>
);

function SearchGrantDetail({ grant, index }: { grant: SearchGrant; index: number }) {
  const items: { title: string; description: NonNullable<ReactNode> }[] = [
    { title: 'Indices', description: patterns(grant.names) },
  ];
  if (grant.field_security?.grant)
    items.push({ title: 'Fields granted', description: grant.field_security.grant.join(', ') || 'none' });
  if (grant.field_security?.except)
    items.push({ title: 'Fields excepted', description: grant.field_security.except.join(', ') || 'none' });
  items.push({
    title: 'Restricted indices',
    description: grant.allow_restricted_indices ? 'allowed' : 'not allowed',
  });
  items.push({
    title: 'Document query',
    description: grant.query ? (
      <CodeBlock language="json" fontSize="s" paddingSize="s" isCopyable>
        {prettyQuery(grant.query)}
      </CodeBlock>
    ) : (
      'none: every document of these indices'
    ),
  });
  return (
    <div data-test-subj={`apiKeyDetailSearch-${index}`}>
      <EuiDescriptionList compressed type="column" listItems={items} />
    </div>
  );
}

function ReplicationGrantDetail({ grant, index }: { grant: ReplicationGrant; index: number }) {
  return (
    <div data-test-subj={`apiKeyDetailReplication-${index}`}>
      <EuiDescriptionList
        compressed
        type="column"
        listItems={[
          { title: 'Indices', description: patterns(grant.names) },
          { title: 'Restricted indices', description: grant.allow_restricted_indices ? 'allowed' : 'not allowed' },
        ]}
      />
    </div>
  );
}

/**
 * Everything one key allows, as Elasticsearch stored it: each search grant with its fields and document query, each
 * replication grant, and who made it when. The secret is never here: Elasticsearch shows it only at creation.
 */
export function KeyDetailFlyout({ apiKey, clusterDisplayName, onClose, onEdit, onInvalidate }: Props) {
  const usable = !apiKey.invalidated && !apiKey.expired;
  const search = apiKey.access.search ?? [];
  const replication = apiKey.access.replication ?? [];
  const metadata = Object.keys(apiKey.metadata).length > 0 ? JSON.stringify(apiKey.metadata, null, 2) : undefined;
  return (
    <EuiFlyout
      onClose={onClose}
      size="m"
      ownFocus
      aria-labelledby="apiKeyDetailTitle"
      data-test-subj="apiKeyDetailFlyout"
      closeButtonProps={{ 'aria-label': 'Close', 'data-test-subj': 'apiKeyDetailClose' }}
    >
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id="apiKeyDetailTitle">
            <VisibleText text={apiKey.name} />
          </h2>
        </EuiTitle>
        <EuiSpacer size="s" />
        <EuiText size="s" color="subdued">
          <p>Cross-cluster API key on {clusterDisplayName}</p>
        </EuiText>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        <EuiDescriptionList
          compressed
          type="column"
          data-test-subj="apiKeyDetailSummary"
          listItems={[
            { title: 'Id', description: <code>{apiKey.id}</code> },
            { title: 'Status', description: <KeyStatus apiKey={apiKey} /> },
            { title: 'Created', description: `${formatDate(apiKey.createdAt)} by ${creatorOf(apiKey)}` },
            { title: 'Expires', description: <KeyExpiry apiKey={apiKey} /> },
          ]}
        />
        <EuiHorizontalRule margin="m" />
        <EuiTitle size="xs">
          <h3>Search</h3>
        </EuiTitle>
        <EuiSpacer size="s" />
        {search.length === 0 ? (
          <EuiText size="s" color="subdued">
            <p>This key allows no cross-cluster search.</p>
          </EuiText>
        ) : (
          search.map((grant, index) => (
            <div key={index}>
              {index > 0 && <EuiHorizontalRule margin="s" />}
              <SearchGrantDetail grant={grant} index={index} />
            </div>
          ))
        )}
        <EuiHorizontalRule margin="m" />
        <EuiTitle size="xs">
          <h3>Replication</h3>
        </EuiTitle>
        <EuiSpacer size="s" />
        {replication.length === 0 ? (
          <EuiText size="s" color="subdued">
            <p>This key allows no cross-cluster replication.</p>
          </EuiText>
        ) : (
          replication.map((grant, index) => (
            <div key={index}>
              {index > 0 && <EuiHorizontalRule margin="s" />}
              <ReplicationGrantDetail grant={grant} index={index} />
            </div>
          ))
        )}
        <EuiHorizontalRule margin="m" />
        <EuiTitle size="xs">
          <h3>Metadata</h3>
        </EuiTitle>
        <EuiSpacer size="s" />
        {metadata ? (
          <CodeBlock language="json" fontSize="s" paddingSize="s">
            {metadata}
          </CodeBlock>
        ) : (
          <EuiText size="s" color="subdued">
            <p>None.</p>
          </EuiText>
        )}
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="flexEnd" gutterSize="s" responsive={false} wrap>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose} data-test-subj="apiKeyDetailCloseButton">
              Close
            </EuiButtonEmpty>
          </EuiFlexItem>
          {!apiKey.invalidated && (
            <EuiFlexItem grow={false}>
              <EuiButton
                color="danger"
                iconType="trash"
                onClick={() => onInvalidate(apiKey)}
                data-test-subj="apiKeyDetailInvalidate"
              >
                Invalidate
              </EuiButton>
            </EuiFlexItem>
          )}
          {usable && (
            <EuiFlexItem grow={false}>
              <EuiButton fill iconType="pencil" onClick={() => onEdit(apiKey)} data-test-subj="apiKeyDetailEdit">
                Edit access
              </EuiButton>
            </EuiFlexItem>
          )}
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}
