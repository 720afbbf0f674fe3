'use client';
import { ROLES_CRUMB, useBreadcrumbs } from '@/components/layout/breadcrumbs';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import dynamic from 'next/dynamic';
import { EuiButton, EuiCallOut, EuiEmptyPrompt, EuiLoadingSpinner, EuiPageTemplate, EuiSpacer } from '@elastic/eui';
import { useRemoteClusters } from '@/components/remote-clusters/use-remote-clusters';
import { useToasts } from '@/components/layout/toasts';
import { RoleEditor } from './form/role-editor';
import { formValuesFromRole } from './form/role-form-values';
import { RESERVED_REASON, RoleBadges } from './role-cells';
import { clonePath } from './role-paths';
import { useBuiltinPrivileges, useRole } from './use-roles';

// Panels opened by the header's buttons: loaded when opened, not with the editor.
const EffectiveAccessFlyout = dynamic(
  () => import('./access/effective-access-flyout').then((m) => m.EffectiveAccessFlyout),
  { ssr: false },
);
const AssignRoleFlyout = dynamic(() => import('./assign/assign-role-flyout').then((m) => m.AssignRoleFlyout), {
  ssr: false,
});
const DeleteRolesModal = dynamic(() => import('./delete-roles-modal').then((m) => m.DeleteRolesModal), { ssr: false });

interface Props {
  clusterId: string;
  name: string;
  refreshIntervalMs: number;
  /** Set when the page opens right after the role was created. */
  created: boolean;
}

type Panel = 'assign' | 'access' | 'delete';

/** One role: its editor (read-only for reserved roles), and from here assign it or see what it grants on a remote. */
export function RolePage({ clusterId, name, refreshIntervalMs, created }: Props) {
  const router = useRouter();
  const role = useRole(clusterId, name);
  const privileges = useBuiltinPrivileges(clusterId);
  const remotes = useRemoteClusters(clusterId, refreshIntervalMs);
  const [panel, setPanel] = useState<Panel>();
  const toast = useToasts();
  const breadcrumbs = useBreadcrumbs(ROLES_CRUMB, { text: name });
  const [deleteError, setDeleteError] = useState<string>();
  const [notice, setNotice] = useState<string | undefined>(
    created ? `Next: assign "${name}" to a user, or check what it grants on a remote.` : undefined,
  );

  const reserved = role.data?.reserved ?? false;
  const actions = role.data
    ? [
        <EuiButton key="assign" iconType="user" onClick={() => setPanel('assign')} data-test-subj="rolesAssignButton">
          Assign to a user
        </EuiButton>,
        <EuiButton
          key="access"
          iconType="cluster"
          onClick={() => setPanel('access')}
          data-test-subj="rolesEffectiveAccessButton"
        >
          Effective access
        </EuiButton>,
        <EuiButton
          key="clone"
          iconType="copy"
          onClick={() => router.push(clonePath(name))}
          data-test-subj="rolesCloneButton"
        >
          Clone
        </EuiButton>,
        ...(reserved
          ? []
          : [
              <EuiButton
                key="delete"
                color="danger"
                iconType="trash"
                onClick={() => setPanel('delete')}
                data-test-subj="rolesDeleteButton"
              >
                Delete
              </EuiButton>,
            ]),
      ]
    : [];

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle={`Role "${name}"`}
        breadcrumbs={breadcrumbs}
        rightSideItems={actions}
        data-test-subj="rolesRoleHeader"
      />
      <EuiPageTemplate.Section>
        {role.data && (
          <>
            <RoleBadges role={role.data} />
            <EuiSpacer size="m" />
          </>
        )}
        {deleteError && (
          <>
            <EuiCallOut
              color="danger"
              iconType="error"
              title={deleteError}
              onDismiss={() => setDeleteError(undefined)}
              data-test-subj="rolesDeleteError"
            />
            <EuiSpacer size="m" />
          </>
        )}
        {notice && (
          <>
            <EuiCallOut
              color="success"
              iconType="check"
              title={notice}
              onDismiss={() => setNotice(undefined)}
              data-test-subj="rolesNotice"
            />
            <EuiSpacer size="m" />
          </>
        )}
        {role.error || privileges.error ? (
          <EuiCallOut
            color="danger"
            iconType="error"
            title={`Role "${name}" could not be loaded`}
            data-test-subj="rolesEditorLoadError"
          >
            <p>{(role.error ?? privileges.error)?.message}</p>
          </EuiCallOut>
        ) : !role.data || !privileges.data ? (
          <EuiEmptyPrompt
            icon={<EuiLoadingSpinner size="xl" />}
            title={<h2>Loading role</h2>}
            data-test-subj="rolesEditorLoading"
          />
        ) : (
          <>
            {reserved && (
              <>
                <EuiCallOut
                  color="primary"
                  iconType="lock"
                  title={`Read-only: ${RESERVED_REASON}`}
                  data-test-subj="rolesReservedCallout"
                >
                  <p>
                    &quot;{name}&quot; is a reserved role: Elasticsearch defines it and refuses to change or delete it.
                    It can still be assigned.
                  </p>
                </EuiCallOut>
                <EuiSpacer size="m" />
              </>
            )}
            <RoleEditor
              key={name}
              clusterId={clusterId}
              mode="edit"
              initialValues={formValuesFromRole(name, role.data.role)}
              privileges={privileges.data}
              remotes={remotes.data}
              readOnly={reserved}
              onSaved={(saved) => {
                void role.mutate(saved, { revalidate: false });
                toast({ title: `Saved role ${name}`, testSubj: 'rolesSavedToast' });
              }}
              onCancel={() => router.push('/roles')}
            />
          </>
        )}
      </EuiPageTemplate.Section>
      {panel === 'assign' && (
        <AssignRoleFlyout
          clusterId={clusterId}
          role={name}
          onClose={() => setPanel(undefined)}
          onAssigned={(message) => {
            setPanel(undefined);
            setNotice(message);
          }}
        />
      )}
      {panel === 'access' && (
        <EffectiveAccessFlyout
          clusterId={clusterId}
          role={name}
          remotes={remotes.data}
          grantedRemotes={role.data?.remoteClusters ?? []}
          onClose={() => setPanel(undefined)}
        />
      )}
      {panel === 'delete' && (
        <DeleteRolesModal
          clusterId={clusterId}
          names={[name]}
          onCancel={() => setPanel(undefined)}
          onDone={(outcome) => {
            if (outcome.itemsDeleted.includes(name)) {
              toast({ title: `Deleted role ${name}`, testSubj: 'rolesDeletedToast' });
              return router.push('/roles');
            }
            setPanel(undefined);
            setDeleteError(
              outcome.errors.map(({ error }) => error.payload.message).join(' ') || 'The role was not deleted.',
            );
          }}
        />
      )}
    </>
  );
}
