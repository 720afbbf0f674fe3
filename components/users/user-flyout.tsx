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
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiForm,
  EuiFormRow,
  EuiSpacer,
  EuiSwitch,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import { useApiAction } from '@/components/api/use-api-action';
import { ListCombo } from '@/components/roles/form/list-combo';
import { apiPath } from '@/lib/api/paths';
import { MIN_PASSWORD_LENGTH, type UserView } from '@/lib/roles/users-schema';
import { initialUserValues, userFormBody, type UserFormValues } from './user-form-values';
import { useRoles, usersUrl } from '@/components/roles/use-roles';

interface Props {
  clusterId: string;
  /** The user to change; absent: a new one. */
  user?: UserView;
  existingUsernames: readonly string[];
  signedInAs: string;
  onClose: () => void;
  onSaved: (user: UserView, created: boolean) => void;
}

const FORM_ID = 'usersForm';

/** Creates a native user, or changes one's roles, names and whether it may sign in (the password is kept). */
export function UserFlyout({ clusterId, user, existingUsernames, signedInAs, onClose, onSaved }: Props) {
  const mode = user ? 'edit' : 'create';
  const [values, setValues] = useState<UserFormValues>(() => initialUserValues(user));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const save = useApiAction<unknown, UserView>(mode === 'create' ? 'POST' : 'PUT', {
    invalidates: [usersUrl(clusterId)],
  });
  const failure = save.error;
  const isSelf = user?.username === signedInAs;
  // The cluster's roles, offered in the roles field (read once, not polled).
  const roleNames = (useRoles(clusterId, 0).data ?? []).map((role) => role.name);

  const { body, errors: validation } = userFormBody(values, mode, existingUsernames);
  const server: Record<string, string> = {
    ...(failure?.fields ?? {}),
    ...(failure?.status === 409 ? { username: failure.message } : {}),
  };
  // Each field speaks once the person has left it, and every field after a try to save.
  const errors = Object.fromEntries(
    Object.entries({ ...server, ...validation }).filter(
      ([field]) => submitted || touched.has(field.split('.')[0] ?? field),
    ),
  );
  const leave = (field: string) => setTouched((current) => new Set(current).add(field));
  const set = <K extends keyof UserFormValues>(field: K, value: UserFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const text = (field: 'username' | 'password' | 'confirm' | 'fullName' | 'email') => ({
    value: values[field],
    isInvalid: Boolean(errors[field]),
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
    onBlur: () => leave(field),
    fullWidth: true,
  });
  const row = (field: string, label: string, helpText?: string) => ({
    label,
    helpText,
    isInvalid: Boolean(errors[field]),
    error: errors[field],
    fullWidth: true,
  });

  const unknownRoles = values.roles.filter((role) => !roleNames.includes(role));
  const rolesHelp =
    unknownRoles.length > 0 && roleNames.length > 0
      ? `No role named ${unknownRoles.map((role) => `"${role}"`).join(', ')} on this cluster yet: ` +
        'it grants nothing until a role of that name exists.'
      : isSelf
        ? 'You are signed in as this user: removing a role takes its privileges from your own session too.'
        : 'Elasticsearch grants the user the privileges of all its roles together.';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    save.reset();
    if (body === undefined) return;
    const url = user ? apiPath('user', { id: clusterId, username: user.username }) : usersUrl(clusterId);
    // A refusal stays in save.error, beside the fields it names or above them; what was typed stays.
    const saved = await save.trigger({ url, body }).catch(() => undefined);
    if (saved) onSaved(saved, mode === 'create');
  }

  const title = user ? `Edit user "${user.username}"` : 'Create a user';
  return (
    <EuiFlyout
      onClose={onClose}
      size="s"
      ownFocus
      aria-labelledby="usersFlyoutTitle"
      data-test-subj="usersFlyout"
      closeButtonProps={{ 'aria-label': 'Close', 'data-test-subj': 'usersFlyoutClose' }}
    >
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id="usersFlyoutTitle">{title}</h2>
        </EuiTitle>
        <EuiSpacer size="s" />
        <EuiText size="s" color="subdued">
          <p>
            {user
              ? 'The password is kept. Roles replace the ones the user has now.'
              : 'A native user of this cluster, who signs in with this username and password.'}
          </p>
        </EuiText>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        <EuiForm component="form" id={FORM_ID} onSubmit={submit} aria-label={title} data-test-subj="usersForm">
          {failure && (
            <>
              <EuiCallOut
                color="danger"
                iconType="error"
                size="s"
                title={`${user ? 'The user was not saved' : 'The user was not created'}: ${failure.message}`}
                data-test-subj="usersSaveError"
              />
              <EuiSpacer size="s" />
            </>
          )}
          {!user && (
            <>
              <EuiFormRow {...row('username', 'Username')}>
                <EuiFieldText {...text('username')} autoComplete="off" data-test-subj="usersUsername" />
              </EuiFormRow>
              <EuiFormRow {...row('password', 'Password', `At least ${MIN_PASSWORD_LENGTH} characters.`)}>
                <EuiFieldPassword
                  {...text('password')}
                  type="dual"
                  autoComplete="new-password"
                  data-test-subj="usersPassword"
                />
              </EuiFormRow>
              <EuiFormRow {...row('confirm', 'Password again')}>
                <EuiFieldPassword
                  {...text('confirm')}
                  type="dual"
                  autoComplete="new-password"
                  data-test-subj="usersConfirm"
                />
              </EuiFormRow>
            </>
          )}
          <ListCombo
            label="Roles"
            values={values.roles}
            options={roleNames.map((label) => ({ label }))}
            allowFreeText
            error={errors.roles}
            placeholder="Choose or type role names"
            helpText={rolesHelp}
            readOnly={false}
            testSubj="usersRoles"
            onChange={(roles) => {
              set('roles', roles);
              leave('roles');
            }}
          />
          <EuiFormRow {...row('fullName', 'Full name (optional)')}>
            <EuiFieldText {...text('fullName')} data-test-subj="usersFullName" />
          </EuiFormRow>
          <EuiFormRow {...row('email', 'Email (optional)')}>
            <EuiFieldText {...text('email')} inputMode="email" data-test-subj="usersEmail" />
          </EuiFormRow>
          {user && (
            <EuiFormRow
              label="Sign-in"
              helpText={
                isSelf
                  ? 'You are signed in as this user: disabling it here would lock you out.'
                  : 'A disabled user keeps its roles but cannot sign in.'
              }
              fullWidth
            >
              <EuiSwitch
                label="Enabled"
                checked={values.enabled}
                disabled={isSelf}
                onChange={(event) => set('enabled', event.target.checked)}
                data-test-subj="usersEnabled"
              />
            </EuiFormRow>
          )}
        </EuiForm>
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="flexEnd" gutterSize="s" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose} data-test-subj="usersFlyoutCancel">
              Cancel
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButton
              fill
              type="submit"
              form={FORM_ID}
              iconType={user ? 'save' : 'user'}
              isLoading={save.isMutating}
              data-test-subj="usersSave"
            >
              {user ? 'Save' : 'Create user'}
            </EuiButton>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}
