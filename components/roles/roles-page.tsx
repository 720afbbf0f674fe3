'use client';
import { useBreadcrumbs } from '@/components/layout/breadcrumbs';
import { SecurityListState } from '@/components/shared/list-load-state';
import { BulkOutcomeCallout } from '../shared/bulk-outcome-callout';
import { useCallback, useState } from 'react';
import { useRouter } from 'next/navigation';
import dynamic from 'next/dynamic';
import { EuiButton, EuiButtonEmpty, EuiPageTemplate } from '@elastic/eui';
import type { RoleView } from '@/lib/roles/model';
import { namesList, useToasts } from '@/components/layout/toasts';
import type { RoleDeleteOutcome } from './delete-roles-modal';
import { RolesTable } from './roles-table';
import { useRoles } from './use-roles';
import { clonePath, rolePath } from './role-paths';

// Shown only after a click: loaded then, not with the list's first view.
const DeleteRolesModal = dynamic(() => import('./delete-roles-modal').then((m) => m.DeleteRolesModal), { ssr: false });

interface Props {
  clusterId: string;
  clusterDisplayName: string;
  refreshIntervalMs: number;
  /** The rows the server read while rendering the page, when it could within its budget. */
  firstRows?: RoleView[];
}

/** The roles of the session's home cluster: the ones with remote privileges marked, and what can be done with each. */
export function RolesPage({ clusterId, clusterDisplayName, refreshIntervalMs, firstRows }: Props) {
  const router = useRouter();
  const { data, error, isValidating, mutate } = useRoles(clusterId, refreshIntervalMs, firstRows);
  const [selection, setSelection] = useState<RoleView[]>([]);
  const [toDelete, setToDelete] = useState<string[]>();
  const [outcome, setOutcome] = useState<RoleDeleteOutcome>();
  const toast = useToasts();
  const breadcrumbs = useBreadcrumbs({ text: 'Roles' });

  const open = useCallback((role: RoleView) => router.push(rolePath(role.name)), [router]);
  const clone = useCallback((role: RoleView) => router.push(clonePath(role.name)), [router]);
  const askDelete = useCallback((roles: RoleView[]) => setToDelete(roles.map((role) => role.name)), []);

  function deleted(result: RoleDeleteOutcome) {
    const removed = result.itemsDeleted;
    if (removed.length > 0)
      toast({
        title: `Deleted ${removed.length === 1 ? 'role' : 'roles'} ${namesList(removed)}`,
        testSubj: 'rolesDeletedToast',
      });
    // What failed stays on the page with its reason, rather than in a toast that fades.
    setOutcome(result.errors.length > 0 ? result : undefined);
    setToDelete(undefined);
    setSelection([]);
  }

  const createButton = (
    <EuiButton fill iconType="plusCircle" onClick={() => router.push('/roles/new')} data-test-subj="rolesCreateButton">
      Create a role
    </EuiButton>
  );
  const refreshButton = (
    <EuiButtonEmpty
      iconType="refresh"
      isLoading={isValidating}
      onClick={() => void mutate()}
      aria-label="Refresh the list"
      data-test-subj="rolesRefresh"
    >
      Refresh
    </EuiButtonEmpty>
  );

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Roles"
        breadcrumbs={breadcrumbs}
        description={
          `Roles of ${clusterDisplayName}, with the remote_indices and ` +
          `remote_cluster privileges that reach its remote clusters.`
        }
        rightSideItems={[createButton, refreshButton]}
        data-test-subj="rolesHeader"
      />
      <EuiPageTemplate.Section>
        {outcome && (
          <BulkOutcomeCallout
            outcome={outcome}
            verb="Deleted"
            testSubj="rolesDeleteOutcome"
            onDismiss={() => setOutcome(undefined)}
          />
        )}
        <SecurityListState noun="roles" data={data} error={error} onRetry={() => void mutate()} testSubj="roles">
          {(rows) => (
            <RolesTable
              roles={rows}
              selection={selection}
              onSelectionChange={setSelection}
              onOpen={open}
              onClone={clone}
              onDelete={askDelete}
            />
          )}
        </SecurityListState>
      </EuiPageTemplate.Section>
      {toDelete && (
        <DeleteRolesModal
          clusterId={clusterId}
          names={toDelete}
          onCancel={() => setToDelete(undefined)}
          onDone={deleted}
        />
      )}
    </>
  );
}
