'use client';
import { onPlainClick } from '@/components/shared/app-link-click';
import { ListTable } from '@/components/shared/list-table';
import { useMemo, useState } from 'react';
import {
  EuiButton,
  EuiButtonIcon,
  EuiFlexGroup,
  EuiFlexItem,
  EuiLink,
  EuiSpacer,
  EuiSwitch,
  EuiText,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import type { RoleView } from '@/lib/roles/model';
import { RoleBadges } from './role-cells';
import { VisibleText } from '@/components/shared/visible-text';

interface Props {
  roles: RoleView[];
  selection: RoleView[];
  onSelectionChange: (selection: RoleView[]) => void;
  onOpen: (role: RoleView) => void;
  onClone: (role: RoleView) => void;
  onDelete: (roles: RoleView[]) => void;
}

/** Why a role cannot be deleted from here, or undefined when it can. */
function roleDeletionBlocked(role: RoleView): string | undefined {
  if (role.reserved) return 'Built into Elasticsearch: it cannot be deleted.';
  // The delete route separates names with commas: this one would be read as several roles.
  if (role.name.includes(',')) return "Its name holds a comma: delete it with Elasticsearch's own API.";
  return undefined;
}

// The actions are plain icon buttons rather than EUI's table actions: three of them would be folded into a menu,
// hiding what can be done, and each carries its own label and data-test-subj.
function RowActions({
  role,
  onOpen,
  onClone,
  onDelete,
}: { role: RoleView } & Pick<Props, 'onOpen' | 'onClone' | 'onDelete'>) {
  const blocked = roleDeletionBlocked(role);
  return (
    <EuiFlexGroup gutterSize="xs" responsive={false} justifyContent="flexEnd">
      <EuiFlexItem grow={false}>
        <EuiButtonIcon
          iconType={role.reserved ? 'eye' : 'pencil'}
          onClick={() => onOpen(role)}
          aria-label={role.reserved ? `View ${role.name} (read-only)` : `Edit ${role.name}`}
          data-test-subj={role.reserved ? 'rolesViewAction' : 'rolesEditAction'}
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiButtonIcon
          iconType="copy"
          onClick={() => onClone(role)}
          aria-label={`Clone ${role.name}`}
          data-test-subj="rolesCloneAction"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiButtonIcon
          iconType="trash"
          color="danger"
          isDisabled={blocked !== undefined}
          onClick={() => onDelete([role])}
          aria-label={blocked ? `${role.name} cannot be deleted: ${blocked}` : `Delete ${role.name}`}
          data-test-subj="rolesDeleteAction"
        />
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

// What the search box looks in: the remote aliases the role reaches too.
const searchedTexts = (role: RoleView) => [role.name, role.description ?? '', ...role.remoteClusters];

export function RolesTable({ roles, selection, onSelectionChange, onOpen, onClone, onDelete }: Props) {
  const [onlyRemote, setOnlyRemote] = useState(false);
  const columns = useMemo<EuiBasicTableColumn<RoleView>[]>(
    () => [
      {
        field: 'name',
        name: 'Name',
        sortable: true,
        truncateText: true,
        render: (name: string, role) => (
          <EuiLink
            href={`/roles/${encodeURIComponent(name)}`}
            onClick={onPlainClick(() => onOpen(role))}
            data-test-subj="rolesLink"
          >
            <VisibleText text={name} />
          </EuiLink>
        ),
      },
      { name: 'Markers', render: (role: RoleView) => <RoleBadges role={role} /> },
      {
        field: 'description',
        name: 'Description',
        truncateText: true,
        render: (description: string | null) => (
          <EuiText size="s" color="subdued">
            <VisibleText text={description ?? ''} />
          </EuiText>
        ),
      },
      {
        name: 'Actions',
        width: '120px',
        render: (role: RoleView) => <RowActions role={role} onOpen={onOpen} onClone={onClone} onDelete={onDelete} />,
      },
    ],
    [onOpen, onClone, onDelete],
  );

  const items = onlyRemote ? roles.filter((role) => role.hasRemotePrivileges) : roles;
  const toolbar = (
    <>
      <EuiFlexGroup gutterSize="m" alignItems="center" responsive={false} wrap>
        <EuiFlexItem grow={false}>
          <EuiSwitch
            label="Only roles with remote privileges"
            checked={onlyRemote}
            onChange={(event) => setOnlyRemote(event.target.checked)}
            data-test-subj="rolesOnlyRemoteToggle"
          />
        </EuiFlexItem>
        {selection.length > 0 && (
          <EuiFlexItem grow={false}>
            <EuiButton
              color="danger"
              iconType="trash"
              size="s"
              onClick={() => onDelete(selection)}
              data-test-subj="rolesBulkDelete"
            >
              Delete {selection.length} {selection.length === 1 ? 'role' : 'roles'}
            </EuiButton>
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
      <EuiSpacer size="m" />
    </>
  );

  return (
    <ListTable
      items={items}
      itemId="name"
      columns={columns}
      initialSort={{ field: 'name', direction: 'asc' }}
      search={{
        textsOf: searchedTexts,
        placeholder: 'Filter by name, description or remote',
        label: 'Filter roles',
        testSubj: 'rolesSearch',
      }}
      toolbar={toolbar}
      filterKey={String(onlyRemote)}
      selection={{
        selectable: (role) => roleDeletionBlocked(role) === undefined,
        selectableMessage: (selectable, role) => (selectable ? 'Select' : (roleDeletionBlocked(role) ?? '')),
        onSelectionChange,
        selected: selection,
      }}
      rowTestSubj={(role) => `rolesRow-${role.name}`}
      caption="Roles"
      noItemsMessage={onlyRemote ? 'No role has remote privileges.' : 'No roles match.'}
      testSubj="rolesTable"
    />
  );
}
