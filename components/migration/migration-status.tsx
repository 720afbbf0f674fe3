'use client';
import { useState } from 'react';
import { EuiButton, EuiCallOut, EuiConfirmModal, EuiSpacer } from '@elastic/eui';
import { useApiAction } from '@/components/api/use-api-action';
import { migrationUrl, type MigrationOverview } from './use-migration';

const ICONS = { success: 'checkCircle', primary: 'info', warning: 'warning', danger: 'error' } as const;

interface Props {
  clusterId: string;
  overview: MigrationOverview;
  onForgotten: () => void;
}

/**
 * Why there may be nothing to do, or that it is finished; a finished migration can be forgotten (its state deleted).
 */
export function MigrationStatus({ clusterId, overview, onForgotten }: Props) {
  const { alias, remote, state } = overview;
  const forgetting = useApiAction<never, unknown>('DELETE');
  const failure = forgetting.error && (forgetting.error.message || 'The migration could not be forgotten.');
  const busy = forgetting.isMutating;
  const [confirming, setConfirming] = useState(false);

  async function forget() {
    const forgotten = await forgetting.trigger({ url: migrationUrl(clusterId, alias) }).then(
      () => true,
      () => false,
    );
    if (forgotten) onForgotten();
  }

  const callout = (() => {
    if (!state) {
      if (!remote)
        return {
          color: 'danger' as const,
          subj: 'migrationNoRemote',
          title: `There is no remote cluster "${alias}" on this cluster.`,
        };
      if (remote.isConfiguredByNode)
        return {
          color: 'warning' as const,
          subj: 'migrationNodeDefined',
          title:
            `"${alias}" is defined in elasticsearch.yml: the API cannot change ` +
            `it. Migrate it by editing elasticsearch.yml on every node.`,
        };
      if (remote.securityModel === 'api_key')
        return {
          color: 'success' as const,
          subj: 'migrationNothingToDo',
          title: `"${alias}" already uses the API-key model: there is nothing to migrate.`,
        };
      return null;
    }
    if (state.status === 'completed')
      return {
        color: 'success' as const,
        subj: 'migrationCompleted',
        title:
          `${alias} now uses the API-key model. The saved settings stay ` +
          `available for a rollback until you forget this migration.`,
      };
    if (state.status === 'rolled_back')
      return state.steps.rollback_verify?.ok
        ? {
            color: 'success' as const,
            subj: 'migrationRolledBack',
            title: `The migration was rolled back and checked: ${alias} uses the certificate model as before.`,
          }
        : {
            color: 'primary' as const,
            subj: 'migrationRolledBack',
            title:
              `The migration was rolled back: ${alias} is defined as ` +
              `before. Take the key out of the keystore and verify below.`,
          };
    return null;
  })();

  const finished = state?.status === 'completed' || state?.status === 'rolled_back';
  if (!callout && !finished) return null;
  return (
    <>
      {callout && (
        <EuiCallOut
          color={callout.color}
          iconType={ICONS[callout.color]}
          size="s"
          title={callout.title}
          data-test-subj={callout.subj}
        />
      )}
      {finished && (
        <>
          <EuiSpacer size="s" />
          {failure && (
            <EuiCallOut
              color="danger"
              iconType="error"
              size="s"
              title={failure}
              data-test-subj="migrationForgetError"
            />
          )}
          {confirming && (
            <EuiConfirmModal
              title={`Forget the migration of ${alias}?`}
              onCancel={() => setConfirming(false)}
              onConfirm={() => {
                setConfirming(false);
                void forget();
              }}
              cancelButtonText="Keep it"
              confirmButtonText="Forget it"
              buttonColor="danger"
              data-test-subj="migrationForgetModal"
            >
              <p>
                The saved settings of {alias} and the record of every step are deleted from the local cluster: a later
                rollback is no longer possible. Download the saved settings first if you may need them.
              </p>
            </EuiConfirmModal>
          )}
          <EuiButton
            size="s"
            iconType="trash"
            onClick={() => setConfirming(true)}
            isLoading={busy}
            data-test-subj="migrationForget"
            aria-label="Forget this migration: its saved state and settings are deleted (download them first)"
          >
            Forget this migration (download the saved settings first)
          </EuiButton>
        </>
      )}
      <EuiSpacer />
    </>
  );
}
