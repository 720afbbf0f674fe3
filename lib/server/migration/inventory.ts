import 'server-only';
import { errors, type Client } from '@elastic/elasticsearch';
import type { Inventory } from '@/lib/migration/answers';
import type { TaskKind, TaskRef } from '@/lib/migration/model';
import { wildcardMatch } from '@/lib/roles/effective-access';

// What on the local cluster uses the alias and must be paused while the remote is re-added: transforms and
// datafeeds whose source indices name it, auto-follow patterns and follower indices that replicate from it.
// Each only where the cluster has the feature: a distribution without the module answers "no handler found",
// and the inventory says so instead of failing.

/** Does an index expression such as "legacy:logs-*" or "*:logs" reach the alias? */
export function expressionUsesAlias(expression: string, alias: string): boolean {
  const colon = expression.indexOf(':');
  return colon > 0 && wildcardMatch(expression.slice(0, colon), alias);
}

const NOT_INSTALLED = 'this cluster does not have the feature';

function missingApiReason(error: unknown): string | null {
  if (!(error instanceof errors.ResponseError)) return null;
  const body = error.body as { error?: string | { type?: string; reason?: string } } | undefined;
  // Elasticsearch's own words ("no handler found for uri [/_transform] and method [GET]") mean nothing to most
  // administrators: say what they mean.
  if (typeof body?.error === 'string' && /no handler found/i.test(body.error)) return NOT_INSTALLED;
  // 8.x without the module routes GET /_ml/datafeeds and /_ccr/auto_follow to another handler of the same
  // path shape, which then refuses the method (405 "Incorrect HTTP method for uri [/_ml/datafeeds] ...").
  if (typeof body?.error === 'string' && /^Incorrect HTTP method for uri \[\/_(transform|ml|ccr)\b/.test(body.error)) {
    return NOT_INSTALLED;
  }
  // Without the module, GET /_transform is read as "get the index named _transform", which then refuses the
  // transform API's parameters or the index name.
  if (
    typeof body?.error === 'object' &&
    (body.error.type === 'invalid_index_name_exception' ||
      /^request \[\/_(transform|ml|ccr)\b.*unrecognized parameter/.test(body.error.reason ?? ''))
  ) {
    return NOT_INSTALLED;
  }
  if (typeof body?.error === 'object' && /license/i.test(body.error.reason ?? ''))
    return body.error.reason ?? 'not allowed by the licence';
  return null;
}

async function collect(kind: TaskKind, read: () => Promise<TaskRef[]>, into: Inventory): Promise<void> {
  try {
    into.tasks.push(...(await read()));
  } catch (error) {
    const reason = missingApiReason(error);
    if (reason === null) throw error;
    into.unavailable.push({ kind, reason });
  }
}

export async function readInventory(client: Client, alias: string): Promise<Inventory> {
  const inventory: Inventory = { tasks: [], unavailable: [] };
  const uses = (indices: string[] | string | undefined) =>
    [indices ?? []].flat().some((index) => expressionUsesAlias(index, alias));
  await Promise.all([
    collect(
      'transform',
      async () => {
        const [all, stats] = await Promise.all([
          client.transform.getTransform({ size: 1000 }),
          client.transform.getTransformStats({ transform_id: '_all', size: 1000 }),
        ]);
        const running = new Set(
          stats.transforms
            .filter((entry) => entry.state === 'started' || entry.state === 'indexing')
            .map((entry) => entry.id),
        );
        return all.transforms
          .filter((transform) => uses(transform.source.index))
          .map((transform) => ({ kind: 'transform' as const, id: transform.id, running: running.has(transform.id) }));
      },
      inventory,
    ),
    collect(
      'datafeed',
      async () => {
        const [all, stats] = await Promise.all([client.ml.getDatafeeds(), client.ml.getDatafeedStats()]);
        const running = new Set(
          stats.datafeeds.filter((entry) => entry.state === 'started').map((entry) => entry.datafeed_id),
        );
        return all.datafeeds
          .filter((feed) => uses(feed.indices))
          .map((feed) => ({ kind: 'datafeed' as const, id: feed.datafeed_id, running: running.has(feed.datafeed_id) }));
      },
      inventory,
    ),
    collect(
      'auto_follow_pattern',
      async () => {
        const { patterns } = await client.ccr.getAutoFollowPattern();
        return patterns
          .filter((pattern) => pattern.pattern.remote_cluster === alias)
          .map((pattern) => ({
            kind: 'auto_follow_pattern' as const,
            id: pattern.name,
            running: pattern.pattern.active,
          }));
      },
      inventory,
    ),
    collect(
      'follower_index',
      async () => {
        const { follower_indices: followers } = await client.ccr.followInfo({ index: '_all' });
        return followers
          .filter((follower) => follower.remote_cluster === alias)
          .map((follower) => ({
            kind: 'follower_index' as const,
            id: follower.follower_index,
            running: follower.status === 'active',
          }));
      },
      inventory,
    ),
  ]);
  return inventory;
}
