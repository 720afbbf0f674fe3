import 'server-only';
import { errors, type Client } from '@elastic/elasticsearch';
import { MIGRATION_INDEX, type MigrationState } from '@/lib/migration/model';
import { ApiError } from '@/lib/server/http/api-error';

// The migration state lives in a small index on the local cluster: it survives a closed browser, a restarted
// console and a second administrator. Stored, not indexed (dynamic: false): role bodies and saved settings have
// any shape, and only the alias and status are ever searched. Writes are conditional on the version read, so two
// people driving the same migration cannot overwrite each other's steps.

async function ensureIndex(client: Client): Promise<void> {
  if (await client.indices.exists({ index: MIGRATION_INDEX })) return;
  try {
    await client.indices.create({
      index: MIGRATION_INDEX,
      settings: { number_of_shards: 1, auto_expand_replicas: '0-1' },
      mappings: {
        dynamic: false,
        properties: { alias: { type: 'keyword' }, status: { type: 'keyword' }, startedAt: { type: 'date' } },
      },
    });
  } catch (error) {
    // Another request created it in between: that is fine.
    if (!(
      error instanceof errors.ResponseError &&
      (error.body as { error?: { type?: string } })?.error?.type === 'resource_already_exists_exception'
    ))
      throw error;
  }
}

export async function readMigration(client: Client, alias: string): Promise<MigrationState | null> {
  try {
    const doc = await client.get<MigrationState>({ index: MIGRATION_INDEX, id: alias });
    if (!doc.found || !doc._source) return null;
    return { ...doc._source, version: { seqNo: doc._seq_no ?? 0, primaryTerm: doc._primary_term ?? 0 } };
  } catch (error) {
    if (error instanceof errors.ResponseError && error.statusCode === 404) return null;
    throw error;
  }
}

export async function writeMigration(client: Client, state: MigrationState): Promise<MigrationState> {
  await ensureIndex(client);
  const { version, ...document } = state;
  try {
    const written = await client.index({
      index: MIGRATION_INDEX,
      id: state.alias,
      document,
      refresh: 'wait_for',
      ...(version
        ? { if_seq_no: version.seqNo, if_primary_term: version.primaryTerm }
        : { op_type: 'create' as const }),
    });
    return { ...state, version: { seqNo: written._seq_no ?? 0, primaryTerm: written._primary_term ?? 0 } };
  } catch (error) {
    if (error instanceof errors.ResponseError && error.statusCode === 409) {
      throw new ApiError(
        409,
        `The migration of "${state.alias}" was changed by someone else meanwhile. Reload it to see where it stands.`,
      );
    }
    throw error;
  }
}

export async function deleteMigration(client: Client, alias: string): Promise<void> {
  await client.delete({ index: MIGRATION_INDEX, id: alias, refresh: 'wait_for' }).catch((error: unknown) => {
    if (!(error instanceof errors.ResponseError && error.statusCode === 404)) throw error;
  });
}
