'use client';
import { useBreadcrumbs } from '@/components/layout/breadcrumbs';
import { namesList, useToasts } from '@/components/layout/toasts';
import { SecurityListState } from '@/components/shared/list-load-state';
import { BulkOutcomeCallout, type BulkOutcome } from '@/components/shared/bulk-outcome-callout';
import { useCallback, useState } from 'react';
import dynamic from 'next/dynamic';
import { EuiButton, EuiButtonEmpty, EuiCallOut, EuiPageTemplate, EuiSpacer } from '@elastic/eui';
import type { UserView } from '@/lib/roles/users-schema';
import { userEditPath, UsersTable } from './users-table';
import { useUserList } from './use-user-list';

// Shown only after a click: loaded then, not with the list's first view.
const UserFlyout = dynamic(() => import('./user-flyout').then((m) => m.UserFlyout), { ssr: false });
const DeleteUsersModal = dynamic(() => import('./delete-users-modal').then((m) => m.DeleteUsersModal), {
  ssr: false,
});

interface Props {
  clusterId: string;
  clusterDisplayName: string;
  signedInAs: string;
  refreshIntervalMs: number;
  /** The username of ?edit=, opened at once: a link to one user's form. */
  initialEdit?: string;
  firstRows?: UserView[];
}

type FlyoutState = { mode: 'create' } | { mode: 'edit'; username: string } | undefined;

/** Keeps the open form in the address, so it can be shared and survives a reload (no history entry per open). */
function showInAddress(path: string) {
  window.history.replaceState(null, '', path);
}

/** The native users of the session's home cluster: who they are, their roles, and whether they may sign in. */
export function UsersPage({
  clusterId,
  clusterDisplayName,
  signedInAs,
  refreshIntervalMs,
  initialEdit,
  firstRows,
}: Props) {
  const { data, error, isValidating, mutate } = useUserList(clusterId, refreshIntervalMs, firstRows);
  const [selection, setSelection] = useState<UserView[]>([]);
  const [flyout, setFlyout] = useState<FlyoutState>(initialEdit ? { mode: 'edit', username: initialEdit } : undefined);
  const [toDelete, setToDelete] = useState<string[]>();
  const [outcome, setOutcome] = useState<BulkOutcome>();
  const toast = useToasts();
  const breadcrumbs = useBreadcrumbs({ text: 'Users' });

  const edit = useCallback((user: UserView) => {
    setFlyout({ mode: 'edit', username: user.username });
    showInAddress(userEditPath(user.username));
  }, []);
  const askDelete = useCallback((users: UserView[]) => setToDelete(users.map((user) => user.username)), []);
  function closeFlyout() {
    setFlyout(undefined);
    showInAddress('/users');
  }

  function saved(user: UserView, created: boolean) {
    toast({
      title: created ? `Created user ${user.username}` : `Saved user ${user.username}`,
      testSubj: 'usersSavedToast',
    });
    closeFlyout();
  }

  function deleted(result: BulkOutcome) {
    const removed = result.itemsDeleted;
    if (removed.length > 0)
      toast({
        title: `Deleted ${removed.length === 1 ? 'user' : 'users'} ${namesList(removed)}`,
        testSubj: 'usersDeletedToast',
      });
    // What failed stays on the page with its reason, rather than in a toast that fades.
    setOutcome(result.errors.length > 0 ? result : undefined);
    setToDelete(undefined);
    setSelection([]);
  }

  const named = flyout?.mode === 'edit' ? data?.find((user) => user.username === flyout.username) : undefined;
  // A built-in user's address (?edit=elastic) opens no form: Elasticsearch would refuse the save.
  const editedUser = named?.reserved ? undefined : named;
  const missingEdit = flyout?.mode === 'edit' && data !== undefined && editedUser === undefined;
  const createButton = (
    <EuiButton
      fill
      iconType="plusCircle"
      onClick={() => setFlyout({ mode: 'create' })}
      data-test-subj="usersCreateButton"
    >
      Create a user
    </EuiButton>
  );
  const refreshButton = (
    <EuiButtonEmpty
      iconType="refresh"
      isLoading={isValidating}
      onClick={() => void mutate()}
      aria-label="Refresh the list"
      data-test-subj="usersRefresh"
    >
      Refresh
    </EuiButtonEmpty>
  );

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Users"
        breadcrumbs={breadcrumbs}
        description={
          `Native users of ${clusterDisplayName} and the roles they have. ` +
          'Users of other realms (LDAP, SAML, …) get their roles through role mappings.'
        }
        rightSideItems={[createButton, refreshButton]}
        data-test-subj="usersHeader"
      />
      <EuiPageTemplate.Section>
        {missingEdit && (
          <>
            <EuiCallOut
              size="s"
              color="warning"
              iconType="warning"
              title={
                named?.reserved
                  ? `"${flyout.username}" is built into Elasticsearch: it cannot be changed here.`
                  : `There is no native user "${flyout.username}" on ${clusterDisplayName}.`
              }
              onDismiss={closeFlyout}
              data-test-subj="usersEditMissing"
            />
            <EuiSpacer size="m" />
          </>
        )}
        {outcome && (
          <BulkOutcomeCallout
            outcome={outcome}
            verb="Deleted"
            testSubj="usersDeleteOutcome"
            onDismiss={() => setOutcome(undefined)}
          />
        )}
        <SecurityListState noun="users" data={data} error={error} onRetry={() => void mutate()} testSubj="users">
          {(rows) => (
            <UsersTable
              users={rows}
              signedInAs={signedInAs}
              selection={selection}
              onSelectionChange={setSelection}
              onEdit={edit}
              onDelete={askDelete}
            />
          )}
        </SecurityListState>
      </EuiPageTemplate.Section>
      {(flyout?.mode === 'create' || editedUser) && (
        <UserFlyout
          // Another user is another form: nothing typed for one carries over.
          key={editedUser?.username ?? '(new)'}
          clusterId={clusterId}
          user={editedUser}
          existingUsernames={(data ?? []).map((user) => user.username)}
          signedInAs={signedInAs}
          onClose={closeFlyout}
          onSaved={saved}
        />
      )}
      {toDelete && (
        <DeleteUsersModal
          clusterId={clusterId}
          usernames={toDelete}
          onCancel={() => setToDelete(undefined)}
          onDone={deleted}
        />
      )}
    </>
  );
}
