'use client';
import { useState, type FormEvent } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiComboBox,
  EuiFlexGroup,
  EuiFlexItem,
  EuiForm,
  EuiFormRow,
  EuiSpacer,
  type EuiComboBoxOptionOption,
} from '@elastic/eui';
import { useApiAction } from '@/components/api/use-api-action';
import { roleAssignmentSchema, type UserView } from '@/lib/roles/users-schema';
import { useUsers, usersUrl } from '../use-roles';
import { apiPath } from '@/lib/api/paths';

interface Props {
  clusterId: string;
  role: string;
  onAssigned: (message: string) => void;
  onCancel: () => void;
}

// Built-in users' roles cannot be changed, and a user who has the role already needs nothing: both are shown
// (so the person is not left wondering where they went) but cannot be chosen.
function optionOf(user: UserView, role: string): EuiComboBoxOptionOption<string> {
  const note = user.reserved
    ? 'built-in user'
    : user.roles.includes(role)
      ? 'has this role'
      : user.enabled
        ? undefined
        : 'disabled';
  return {
    label: user.username,
    value: user.username,
    disabled: user.reserved || user.roles.includes(role),
    append: note ? <span>{note}</span> : undefined,
  };
}

export function ExistingUserForm({ clusterId, role, onAssigned, onCancel }: Props) {
  const users = useUsers(clusterId);
  const [username, setUsername] = useState<string>();
  const [error, setError] = useState<string>();
  const assignment = useApiAction<unknown, UserView>('POST', { invalidates: [usersUrl(clusterId)] });
  const failure = assignment.error && (assignment.error.message || 'The role was not assigned.');
  const busy = assignment.isMutating;

  async function submit(event: FormEvent) {
    event.preventDefault();
    assignment.reset();
    const parsed = roleAssignmentSchema.safeParse({ username: username ?? '' });
    if (!parsed.success) return setError(`User ${parsed.error.issues[0]?.message ?? 'is required'}`);
    const url = apiPath('roleAssignments', { id: clusterId, name: role });
    // The users list is read again on success (invalidates); a refusal stays in assignment.error.
    const assigned = await assignment.trigger({ url, body: parsed.data }).catch(() => undefined);
    if (assigned) onAssigned(`Role "${role}" added to user "${parsed.data.username}" (its other roles are kept).`);
  }

  const selected = username ? [{ label: username, value: username }] : [];
  return (
    <EuiForm
      component="form"
      onSubmit={submit}
      aria-label={`Add ${role} to an existing user`}
      data-test-subj="rolesAssignExistingForm"
    >
      {users.error && (
        <EuiCallOut
          color="danger"
          iconType="error"
          size="s"
          title={`The users could not be loaded: ${users.error.message}`}
          data-test-subj="rolesUsersLoadError"
        />
      )}
      {failure && (
        <>
          <EuiCallOut color="danger" iconType="error" size="s" title={failure} data-test-subj="rolesAssignError" />
          <EuiSpacer size="s" />
        </>
      )}
      <EuiFormRow
        label="User"
        helpText="The role is added to the user's roles."
        isInvalid={Boolean(error)}
        error={error}
        fullWidth
      >
        <EuiComboBox<string>
          fullWidth
          singleSelection={{ asPlainText: true }}
          isLoading={!users.data && !users.error}
          options={(users.data ?? []).map((user) => optionOf(user, role))}
          selectedOptions={selected}
          onChange={(options) => {
            setUsername(options[0]?.value);
            setError(undefined);
          }}
          isInvalid={Boolean(error)}
          aria-label="User to give the role to"
          data-test-subj="rolesAssignUser"
        />
      </EuiFormRow>
      <EuiSpacer size="m" />
      <EuiFlexGroup justifyContent="flexEnd" gutterSize="s" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty onClick={onCancel} data-test-subj="rolesAssignCancel">
            Cancel
          </EuiButtonEmpty>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton fill type="submit" iconType="check" isLoading={busy} data-test-subj="rolesAssignSubmit">
            Assign
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiForm>
  );
}
