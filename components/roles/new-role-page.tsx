'use client';
import { ROLES_CRUMB, useBreadcrumbs } from '@/components/layout/breadcrumbs';
import { useRouter } from 'next/navigation';
import { EuiCallOut, EuiEmptyPrompt, EuiLoadingSpinner, EuiPageTemplate } from '@elastic/eui';
import { useRemoteClusters } from '@/components/remote-clusters/use-remote-clusters';
import { useToasts } from '@/components/layout/toasts';
import { RoleEditor } from './form/role-editor';
import { emptyRoleFormValues, formValuesFromRole } from './form/role-form-values';
import { rolePath } from './role-paths';
import { useBuiltinPrivileges, useRole } from './use-roles';

interface Props {
  clusterId: string;
  /** Clone: the role whose privileges the new one starts from (reserved roles included). */
  from?: string;
  refreshIntervalMs: number;
}

/** Create a role, from nothing or as a copy of another; the new role then opens on its own page. */
export function NewRolePage({ clusterId, from, refreshIntervalMs }: Props) {
  const router = useRouter();
  const toast = useToasts();
  const breadcrumbs = useBreadcrumbs(ROLES_CRUMB, { text: from ? `Clone ${from}` : 'Create' });
  const privileges = useBuiltinPrivileges(clusterId);
  const source = useRole(clusterId, from);
  const remotes = useRemoteClusters(clusterId, refreshIntervalMs);
  const error = privileges.error ?? source.error;
  const loading = !privileges.data || (from !== undefined && !source.data);

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle={from ? `Clone role "${from}"` : 'Create a role'}
        breadcrumbs={breadcrumbs}
        description={
          from
            ? 'A new role that starts with the same privileges. Give it a name of its own.'
            : 'Privileges on this cluster and on its remote clusters.'
        }
        data-test-subj={from ? 'rolesCloneHeader' : 'rolesCreateHeader'}
      />
      <EuiPageTemplate.Section>
        {error ? (
          <EuiCallOut
            color="danger"
            iconType="error"
            title={
              from && source.error
                ? `Role "${from}" could not be loaded`
                : 'The privileges of this cluster could not be loaded'
            }
            data-test-subj="rolesEditorLoadError"
          >
            <p>{error.message}</p>
          </EuiCallOut>
        ) : loading || !privileges.data ? (
          <EuiEmptyPrompt
            icon={<EuiLoadingSpinner size="xl" />}
            title={<h2>Loading</h2>}
            data-test-subj="rolesEditorLoading"
          />
        ) : (
          <RoleEditor
            clusterId={clusterId}
            mode={from ? 'clone' : 'create'}
            initialValues={source.data ? formValuesFromRole('', source.data.role) : emptyRoleFormValues()}
            privileges={privileges.data}
            remotes={remotes.data}
            readOnly={false}
            onSaved={(role) => {
              toast({ title: `Created role ${role.name}`, testSubj: 'rolesCreatedToast' });
              router.push(`${rolePath(role.name)}?saved=created`);
            }}
            onCancel={() => router.push('/roles')}
          />
        )}
      </EuiPageTemplate.Section>
    </>
  );
}
