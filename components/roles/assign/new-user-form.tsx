'use client';
import { useState, type FormEvent } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFieldPassword,
  EuiFieldText,
  EuiFlexGroup,
  EuiFlexItem,
  EuiForm,
  EuiFormRow,
  EuiSpacer,
} from '@elastic/eui';
import { useApiAction } from '@/components/api/use-api-action';
import { MIN_PASSWORD_LENGTH, type UserView } from '@/lib/roles/users-schema';
import { userFormBody } from '@/components/users/user-form-values';
import { usersUrl } from '../use-roles';

interface Props {
  clusterId: string;
  role: string;
  onCreated: (message: string) => void;
  onCancel: () => void;
}

interface Values {
  username: string;
  password: string;
  confirm: string;
  fullName: string;
  email: string;
}

/** A new native user with this role; the password rules are Elasticsearch's, from the schema the server uses. */
export function NewUserForm({ clusterId, role, onCreated, onCancel }: Props) {
  const [values, setValues] = useState<Values>({ username: '', password: '', confirm: '', fullName: '', email: '' });
  const [showErrors, setShowErrors] = useState(false);
  const creation = useApiAction<unknown, UserView>('POST', { invalidates: [usersUrl(clusterId)] });
  const failure = creation.error;

  // The users page's rules and body, with this role as the user's one role.
  const { body, errors: validation } = userFormBody({ ...values, roles: [role], enabled: true }, 'create', []);
  const server: Record<string, string> = {
    ...(failure?.fields ?? {}),
    ...(failure?.status === 409 ? { username: failure.message } : {}),
  };
  const errors: Record<string, string> = showErrors ? { ...server, ...validation } : {};

  const field = (name: keyof Values) => ({
    value: values[name],
    isInvalid: Boolean(errors[name]),
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  const row = (name: keyof Values, label: string, helpText?: string) => ({
    label,
    helpText,
    isInvalid: Boolean(errors[name]),
    error: errors[name],
    fullWidth: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    creation.reset();
    if (body === undefined) return;
    // A refusal stays in creation.error: beside the fields it names, or above them.
    const created = await creation.trigger({ url: usersUrl(clusterId), body }).catch(() => undefined);
    if (created) onCreated(`User "${created.username}" created with role "${role}".`);
  }

  return (
    <EuiForm
      component="form"
      onSubmit={submit}
      aria-label={`Create a user with ${role}`}
      data-test-subj="rolesNewUserForm"
    >
      {failure && (
        <>
          <EuiCallOut
            color="danger"
            iconType="error"
            size="s"
            title={`The user was not created: ${failure.message}`}
            data-test-subj="rolesNewUserError"
          />
          <EuiSpacer size="s" />
        </>
      )}
      <EuiFormRow {...row('username', 'Username')}>
        <EuiFieldText {...field('username')} fullWidth autoComplete="off" data-test-subj="rolesNewUserUsername" />
      </EuiFormRow>
      <EuiFormRow {...row('password', 'Password', `At least ${MIN_PASSWORD_LENGTH} characters.`)}>
        <EuiFieldPassword
          {...field('password')}
          type="dual"
          fullWidth
          autoComplete="new-password"
          data-test-subj="rolesNewUserPassword"
        />
      </EuiFormRow>
      <EuiFormRow {...row('confirm', 'Password again')}>
        <EuiFieldPassword
          {...field('confirm')}
          type="dual"
          fullWidth
          autoComplete="new-password"
          data-test-subj="rolesNewUserConfirm"
        />
      </EuiFormRow>
      <EuiFormRow {...row('fullName', 'Full name (optional)')}>
        <EuiFieldText {...field('fullName')} fullWidth data-test-subj="rolesNewUserFullName" />
      </EuiFormRow>
      <EuiFormRow {...row('email', 'Email (optional)')}>
        <EuiFieldText {...field('email')} fullWidth inputMode="email" data-test-subj="rolesNewUserEmail" />
      </EuiFormRow>
      <EuiSpacer size="m" />
      <EuiFlexGroup justifyContent="flexEnd" gutterSize="s" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty onClick={onCancel} data-test-subj="rolesNewUserCancel">
            Cancel
          </EuiButtonEmpty>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton
            fill
            type="submit"
            iconType="user"
            isLoading={creation.isMutating}
            data-test-subj="rolesNewUserSubmit"
          >
            Create user
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiForm>
  );
}
