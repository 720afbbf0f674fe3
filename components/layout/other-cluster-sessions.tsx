'use client';
import useSWR from 'swr';
import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText } from '@elastic/eui';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import { fetchJson } from '@/lib/http/fetch-json';
import { API_PATHS, apiPath } from '@/lib/api/paths';

/**
 * The other clusters this session is signed in to (a remote's administrator, for keys and the connect flow), each
 * with its own sign-out: that cluster's session API key is invalidated at once, the home sign-in stays.
 */
export function OtherClusterSessions({ homeClusterId }: { homeClusterId: string }) {
  const { data, mutate } = useSWR<RegisteredClusterView[]>(API_PATHS.clusters, { revalidateOnFocus: false });
  const others = (data ?? []).filter((cluster) => cluster.signedIn && cluster.id !== homeClusterId);
  if (others.length === 0) return null;

  async function signOut(clusterId: string) {
    await fetchJson(apiPath('clusterSession', { id: clusterId }), { method: 'DELETE' }).catch(() => undefined);
    await mutate();
  }

  return (
    <div data-test-subj="consoleOtherSessions">
      <EuiSpacer size="s" />
      <EuiText size="s">
        <strong>Also signed in to</strong>
      </EuiText>
      {others.map((cluster) => (
        <EuiFlexGroup key={cluster.id} gutterSize="s" alignItems="center" responsive={false}>
          <EuiFlexItem>
            <EuiText size="s">
              {cluster.displayName} as {cluster.username}
            </EuiText>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty
              size="xs"
              onClick={() => void signOut(cluster.id)}
              aria-label={`Sign out of ${cluster.displayName}`}
              data-test-subj={`consoleSignOutOf-${cluster.id}`}
            >
              Sign out
            </EuiButtonEmpty>
          </EuiFlexItem>
        </EuiFlexGroup>
      ))}
    </div>
  );
}
