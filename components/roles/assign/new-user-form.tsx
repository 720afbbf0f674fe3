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
import { ApiRequestError, fetchJson } from '@/lib/http/fetch-json';
import { MIN_PASSWORD_LENGTH, newUserSchema, type UserView } from '@/lib/roles/users-schema';
import { fieldErrors } from '@/lib/validation/field-errors';
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
  const [failure, setFailure] = useState<ApiRequestError>();
  const [busy, setBusy] = useState(false);

  const input = {
    username: values.username,
    password: values.password,
    roles: [role],
    fullName: values.fullName.trim() === '' ? undefined : values.fullName,
    email: values.email.trim() === '' ? undefined : values.email.trim(),
  };
  const parsed = newUserSchema.safeParse(input);
  const validation: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
  // Typing the password twice is the browser's own check: Elasticsearch never sees the confirmation.
  if (values.confirm !== values.password) validation.confirm = 'must be the same as the password';
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
    setFailure(undefined);
    if (!parsed.success || validation.confirm) return;
    setBusy(true);
    try {
      await fetchJson<UserView>(usersUrl(clusterId), { method: 'POST', body: parsed.data });
      onCreated(`User "${parsed.data.username}" created with role "${role}".`);
    } catch (caught) {
      setFailure(
        caught instanceof ApiRequestError
          ? caught
          : new ApiRequestError(0, { statusCode: 0, error: 'Error', message: 'The user was not created.' }),
      );
      setBusy(false);
    }
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
          <EuiButton fill type="submit" iconType="user" isLoading={busy} data-test-subj="rolesNewUserSubmit">
            Create user
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiForm>
  );
}
