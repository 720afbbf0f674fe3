'use client';
import { CodeBlock } from '@/components/shared/code-block';
import { EuiBasicTable } from '@elastic/eui';
import type { PlannedRequest } from '@/lib/migration/requests';
// Type-only: the server module never reaches the browser.
import type { RequestResult } from '@/lib/migration/answers';

/** Dev Tools syntax (method, path, then the body), so the requests can be pasted into Kibana's console as they are. */
export function formatRequests(requests: PlannedRequest[]): string {
  return requests
    .map(
      ({ method, path, body }) =>
        `${method} ` +
        `${path}${body === undefined ? '' : `\n${typeof body === 'string' ? body : JSON.stringify(body, null, 2)}`}`,
    )
    .join('\n\n');
}

export function PlannedRequests({ action, requests }: { action: string; requests: PlannedRequest[] }) {
  if (requests.length === 0) {
    return (
      <p data-test-subj={`migrationPlan-${action}`} data-count={0}>
        Nothing to send: there is nothing for this step to do on this cluster.
      </p>
    );
  }
  return (
    <CodeBlock
      language="text"
      fontSize="s"
      paddingSize="s"
      isCopyable
      overflowHeight={320}
      data-test-subj={`migrationPlan-${action}`}
      data-count={requests.length}
      aria-label={`Requests the step ${action} will send`}
    >
      {formatRequests(requests)}
    </CodeBlock>
  );
}

/** Each request sent and Elasticsearch's answer: status, and the reason of a failure. */
export function RequestResults({ action, results }: { action: string; results: RequestResult[] }) {
  if (results.length === 0) return null;
  return (
    <EuiBasicTable<RequestResult>
      tableCaption={`Requests sent by ${action}`}
      items={results}
      compressed
      // Always a table: three short columns read better side by side than as cards on a narrow window.
      responsiveBreakpoint={false}
      data-test-subj={`migrationResults-${action}`}
      columns={[
        {
          name: 'Request',
          render: (result: RequestResult) => <code>{`${result.request.method} ${result.request.path}`}</code>,
        },
        { field: 'status', name: 'Status', width: '80px' },
        { name: 'Outcome', render: (result: RequestResult) => (result.ok ? 'done' : `failed: ${result.error ?? ''}`) },
      ]}
    />
  );
}
