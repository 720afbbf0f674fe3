import 'server-only';
import type { Client } from '@elastic/elasticsearch';
import { reshapeReload, type RawReloadResponse, type ReloadResult } from '@/lib/connect/reload';
import { clusterVersionOf } from '@/lib/server/elasticsearch/version-aware-transport';

/**
 * Asks every node to reload its keystore, so a cross-cluster API key added with elasticsearch-keystore takes
 * effect without a restart. A node's failure is reported by name, not thrown: the others did reload.
 */
export async function reloadSecureSettings(client: Client): Promise<ReloadResult> {
  const [raw, version] = await Promise.all([
    client.nodes.reloadSecureSettings({}, { requestTimeout: 60_000 }) as Promise<RawReloadResponse>,
    clusterVersionOf(client),
  ]);
  return reshapeReload(raw, version);
}
