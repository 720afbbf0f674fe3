'use client';
import { CodeBlock } from '@/components/shared/code-block';
import {
  EuiAccordion,
  EuiBadge,
  EuiBasicTable,
  EuiFlexGroup,
  EuiFlexItem,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import type { OperationView } from './view';

const METHOD_COLOURS: Record<string, string> = {
  GET: 'primary',
  POST: 'success',
  PUT: 'warning',
  PATCH: 'warning',
  DELETE: 'danger',
};

/** e.g. apiDocsOperation-GET-/api/remote_clusters */
export const operationTestSubj = (operation: Pick<OperationView, 'method' | 'path'>) =>
  `apiDocsOperation-${operation.method}-${operation.path}`;

export function OperationPanel({ operation }: { operation: OperationView }) {
  return (
    <EuiAccordion
      id={`operation-${operation.key}`.replace(/[^A-Za-z0-9_-]/g, '_')}
      paddingSize="m"
      buttonContent={
        // Wraps at a phone's width, and the path breaks at any character: the longest is wider than a phone.
        <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
          <EuiFlexItem grow={false}>
            <EuiBadge color={METHOD_COLOURS[operation.method] ?? 'hollow'}>{operation.method}</EuiBadge>
          </EuiFlexItem>
          <EuiFlexItem grow={false} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            <code>{operation.path}</code>
          </EuiFlexItem>
          <EuiFlexItem>
            <EuiText size="s" color="subdued">
              {operation.summary}
            </EuiText>
          </EuiFlexItem>
        </EuiFlexGroup>
      }
      // Named by what it shows (method, path, summary): an aria-label of other words fails speech users.
      buttonProps={{ 'data-test-subj': `${operationTestSubj(operation)}-toggle` }}
      data-test-subj={operationTestSubj(operation)}
    >
      {operation.description && (
        <EuiText size="s">
          <p>{operation.description}</p>
        </EuiText>
      )}
      <EuiText size="xs" color="subdued">
        <p>Authentication: {operation.security.join(' | ') || 'none'}</p>
      </EuiText>
      {operation.parameters.length > 0 && (
        <>
          <EuiSpacer size="s" />
          <EuiBasicTable
            tableCaption={`Parameters of ${operation.method} ${operation.path}`}
            items={operation.parameters}
            columns={[
              { field: 'name', name: 'Parameter', render: (name: string) => <code>{name}</code> },
              { field: 'in', name: 'In' },
              { field: 'required', name: 'Required', render: (required: boolean) => (required ? 'yes' : 'no') },
              { field: 'description', name: 'Description' },
              { field: 'schema', name: 'Schema', render: (schema: string) => <code>{schema}</code> },
            ]}
          />
        </>
      )}
      {operation.requestBody && (
        <>
          <EuiSpacer size="s" />
          <EuiTitle size="xxs">
            <h4>
              Request body: <code>{operation.requestBody.schemaName}</code>
            </h4>
          </EuiTitle>
          {operation.requestBody.examples.map((example) => (
            <CodeBlock
              key={example.name}
              language="json"
              fontSize="s"
              paddingSize="s"
              isCopyable
              aria-label={`Example ${example.name}`}
            >
              {example.json}
            </CodeBlock>
          ))}
        </>
      )}
      <EuiSpacer size="s" />
      <EuiBasicTable
        tableCaption={`Responses of ${operation.method} ${operation.path}`}
        items={operation.responses}
        columns={[
          { field: 'status', name: 'Status', width: '80px' },
          { field: 'description', name: 'Meaning' },
          { field: 'schemaName', name: 'Body', render: (name: string | null) => (name ? <code>{name}</code> : '') },
        ]}
      />
    </EuiAccordion>
  );
}
