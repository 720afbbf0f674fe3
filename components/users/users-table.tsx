'use client';
import { onPlainClick } from '@/components/shared/app-link-click';
import { ListTable } from '@/components/shared/list-table';
import { VisibleText } from '@/components/shared/visible-text';
import { useMemo } from 'react';
import {
  EuiBadge,
  EuiButton,
  EuiButtonIcon,
  EuiFlexGroup,
  EuiFlexItem,
  EuiLink,
  EuiSpacer,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import type { UserView } from '@/lib/roles/users-schema';
import { rolePath } from '@/components/roles/role-paths';

interface Props {
  users: UserView[];
  signedInAs: string;
  selection: UserView[];
  onSelectionChange: (selection: UserView[]) => void;
  onEdit: (user: UserView) => void;
  onDelete: (users: UserView[]) => void;
}

export const userEditPath = (username: string) => `/users?edit=${encodeURIComponent(username)}`;

/** Why a user cannot be deleted from here, or undefined when it can. */
function deletionBlocked(user: UserView, signedInAs: string): string | undefined {
  if (user.reserved) return 'Built into Elasticsearch: it cannot be deleted.';
  if (user.username === signedInAs) return 'You are signed in as this user.';
  // The delete route separates names with commas: this one would be read as several users.
  if (user.username.includes(',')) return "Its name holds a comma: delete it with Elasticsearch's own API.";
  return undefined;
}

function RowActions({
  user,
  signedInAs,
  onEdit,
  onDelete,
}: { user: UserView } & Pick<Props, 'signedInAs' | 'onEdit' | 'onDelete'>) {
  const blocked = deletionBlocked(user, signedInAs);
  return (
    <EuiFlexGroup gutterSize="xs" responsive={false} justifyContent="flexEnd">
      <EuiFlexItem grow={false}>
        <EuiButtonIcon
          iconType="pencil"
          isDisabled={user.reserved}
          onClick={() => onEdit(user)}
          aria-label={
            user.reserved
              ? `${user.username} is built in: change it with Elasticsearch's tools`
              : `Edit ${user.username}`
          }
          data-test-subj="usersEditAction"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiButtonIcon
          iconType="trash"
          color="danger"
          isDisabled={blocked !== undefined}
          onClick={() => onDelete([user])}
          aria-label={blocked ? `${user.username} cannot be deleted: ${blocked}` : `Delete ${user.username}`}
          data-test-subj="usersDeleteAction"
        />
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

function UserRoles({ roles }: { roles: string[] }) {
  if (roles.length === 0) return <span>No roles</span>;
  return (
    <EuiFlexGroup gutterSize="xs" wrap responsive={false}>
      {roles.map((role) => (
        <EuiFlexItem grow={false} key={role}>
          <EuiBadge color="hollow" href={rolePath(role)} data-test-subj="usersRoleBadge">
            {role}
          </EuiBadge>
        </EuiFlexItem>
      ))}
    </EuiFlexGroup>
  );
}

function UserStatus({ user }: { user: UserView }) {
  return (
    <EuiFlexGroup gutterSize="xs" wrap responsive={false}>
      <EuiFlexItem grow={false}>
        <EuiBadge color={user.enabled ? 'success' : 'default'} data-test-subj="usersEnabledBadge">
          {user.enabled ? 'enabled' : 'disabled'}
        </EuiBadge>
      </EuiFlexItem>
      {user.reserved && (
        <EuiFlexItem grow={false}>
          <EuiBadge color="hollow" iconType="lock" data-test-subj="usersReservedBadge">
            built-in
          </EuiBadge>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
}

// What the search box looks in: the user's roles too.
const searchedTexts = (user: UserView) => [user.username, user.fullName ?? '', user.email ?? '', ...user.roles];

/** The cluster's native and built-in users, with their roles; built-in ones are shown but cannot be changed. */
export function UsersTable({ users, signedInAs, selection, onSelectionChange, onEdit, onDelete }: Props) {
  const columns = useMemo<EuiBasicTableColumn<UserView>[]>(
    () => [
      {
        field: 'username',
        name: 'Username',
        sortable: true,
        truncateText: true,
        render: (username: string, user) =>
          user.reserved ? (
            <VisibleText text={username} />
          ) : (
            <EuiLink
              href={userEditPath(username)}
              onClick={onPlainClick(() => onEdit(user))}
              data-test-subj="usersLink"
            >
              <VisibleText text={username} />
            </EuiLink>
          ),
      },
      {
        field: 'fullName',
        name: 'Full name',
        sortable: true,
        truncateText: true,
        render: (fullName: string | null) => <VisibleText text={fullName ?? ''} />,
      },
      { field: 'roles', name: 'Roles', render: (roles: string[]) => <UserRoles roles={roles} /> },
      { name: 'Status', width: '160px', render: (user: UserView) => <UserStatus user={user} /> },
      {
        name: 'Actions',
        width: '90px',
        render: (user: UserView) => (
          <RowActions user={user} signedInAs={signedInAs} onEdit={onEdit} onDelete={onDelete} />
        ),
      },
    ],
    [signedInAs, onEdit, onDelete],
  );

  const toolbar =
    selection.length > 0 ? (
      <>
        <EuiButton
          color="danger"
          iconType="trash"
          size="s"
          onClick={() => onDelete(selection)}
          data-test-subj="usersBulkDelete"
        >
          Delete {selection.length} {selection.length === 1 ? 'user' : 'users'}
        </EuiButton>
        <EuiSpacer size="m" />
      </>
    ) : undefined;

  return (
    <ListTable
      items={users}
      itemId="username"
      columns={columns}
      initialSort={{ field: 'username', direction: 'asc' }}
      search={{
        textsOf: searchedTexts,
        placeholder: 'Filter by username, name, email or role',
        label: 'Filter users',
        testSubj: 'usersSearch',
      }}
      toolbar={toolbar}
      selection={{
        selectable: (user) => deletionBlocked(user, signedInAs) === undefined,
        selectableMessage: (selectable, user) => (selectable ? 'Select' : (deletionBlocked(user, signedInAs) ?? '')),
        onSelectionChange,
        selected: selection,
      }}
      rowTestSubj={(user) => `usersRow-${user.username}`}
      caption="Users"
      noItemsMessage="No users match."
      testSubj="usersTable"
    />
  );
}
