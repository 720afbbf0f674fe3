'use client';
import useSWR from 'swr';
import { EuiCallOut, EuiLoadingSpinner, EuiText } from '@elastic/eui';
import type { ReadinessReport } from '@/lib/connect/readiness';
import type { ApiRequestError } from '@/lib/http/fetch-json';
import { ReadinessList } from '../connect/readiness-list';
import { apiPath } from '@/lib/api/paths';

// The API-key model speaks TLS to the remote cluster server: before the keystore step, the local cluster must
// trust the remote's CA, and the remote must run the server. The connect flow's readiness checks say both.
const RELEVANT = new Set(['remote_server', 'local_client_tls', 'local_trust', 'local_licence', 'remote_licence']);

export function TrustCheck({
  localClusterId,
  remoteClusterId,
}: {
  localClusterId: string;
  remoteClusterId: string | undefined;
}) {
  const url = remoteClusterId ? apiPath('readiness', { id: localClusterId }, { remote: remoteClusterId }) : null;
  const { data, error } = useSWR<ReadinessReport, ApiRequestError>(url, { revalidateOnFocus: false });
  return (
    <div data-test-subj="migrationTrustCheck">
      <EuiText size="s">
        <p>
          The remote cluster server only speaks TLS: every local node must trust the CA that signed the remote&apos;s
          certificate (<code>xpack.security.remote_cluster_client.ssl.certificate_authorities</code>, a restart when it
          changes), and the remote must run the server (<code>remote_cluster_server.enabled</code>).
        </p>
      </EuiText>
      {!url ? (
        <EuiText size="s" color="subdued">
          <p>Choose the registered cluster that is the remote to check both from here.</p>
        </EuiText>
      ) : error ? (
        <EuiCallOut color="warning" iconType="warning" size="s" title={`The check could not run: ${error.message}`} />
      ) : !data ? (
        <EuiLoadingSpinner size="m" />
      ) : (
        <ReadinessList checks={data.checks.filter((check) => RELEVANT.has(check.id))} />
      )}
    </div>
  );
}
