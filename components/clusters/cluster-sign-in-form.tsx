'use client';
import { useState, type FormEvent } from 'react';
import {
  EuiButton,
  EuiCallOut,
  EuiFieldPassword,
  EuiFieldText,
  EuiForm,
  EuiFormRow,
  EuiSpacer,
  EuiText,
} from '@elastic/eui';
import type { ClusterSignInInput } from '@/lib/auth/sign-in-schema';
import { fieldErrors } from '@/lib/validation/field-errors';
import { useApiAction } from '@/components/api/use-api-action';
import { API_PATHS, apiPath } from '@/lib/api/paths';

interface Props {
  clusterId: string;
  displayName: string;
  /** Why the sign-in is needed, in the words of the page asking for it. */
  reason: string;
  /** Called after a successful sign-in; the password is handed over for flows that need it once more (key creation). */
  onSignedIn: (input: ClusterSignInInput) => void;
}

type FieldErrors = Partial<Record<keyof ClusterSignInInput, string>>;

/** Signs in to one more registered cluster from inside the console; what was typed stays after a failure. */
export function ClusterSignInForm({ clusterId, displayName, reason, onSignedIn }: Props) {
  const [input, setInput] = useState<ClusterSignInInput>({ username: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  // Signing in changes which clusters the session is signed in to: the clusters list is read again.
  const signIn = useApiAction<ClusterSignInInput, unknown>('POST', { invalidates: [API_PATHS.clusters] });
  const [loadFailed, setLoadFailed] = useState(false);
  const [loading, setLoading] = useState(false);
  const failure = loadFailed
    ? 'The console did not answer. Try again.'
    : signIn.error && (signIn.error.message || 'Sign-in failed.');

  const update = (field: keyof ClusterSignInInput) => (value: string) => {
    setInput((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (loading || signIn.isMutating) return;
    signIn.reset();
    // Loaded when needed: zod is 31 KiB gzip that the page does not need until someone signs in.
    setLoading(true);
    const loaded = await import('@/lib/auth/sign-in-schema').catch(() => undefined);
    setLoading(false);
    setLoadFailed(!loaded);
    if (!loaded) return;
    const { clusterSignInSchema } = loaded;
    const parsed = clusterSignInSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error) as FieldErrors);
      return;
    }
    const url = apiPath('clusterSession', { id: clusterId });
    // A refusal stays in signIn.error, shown above the fields; what was typed stays.
    const signedIn = await signIn.trigger({ url, body: parsed.data }).then(
      () => true,
      () => false,
    );
    if (signedIn) onSignedIn(parsed.data);
  }

  const subj = `clusterSignIn-${clusterId}`;
  return (
    <EuiForm component="form" onSubmit={submit} data-test-subj={subj} aria-label={`Sign in to ${displayName}`}>
      <EuiText size="s">
        <p>{reason}</p>
      </EuiText>
      <EuiSpacer size="s" />
      {failure && (
        <>
          <EuiCallOut color="danger" iconType="error" size="s" title={failure} data-test-subj={`${subj}Error`} />
          <EuiSpacer size="s" />
        </>
      )}
      <EuiFormRow label={`Username on ${displayName}`} isInvalid={Boolean(errors.username)} error={errors.username}>
        <EuiFieldText
          value={input.username}
          onChange={(event) => update('username')(event.target.value)}
          autoComplete="username"
          isInvalid={Boolean(errors.username)}
          data-test-subj={`${subj}Username`}
        />
      </EuiFormRow>
      <EuiFormRow label="Password" isInvalid={Boolean(errors.password)} error={errors.password}>
        <EuiFieldPassword
          type="dual"
          value={input.password}
          onChange={(event) => update('password')(event.target.value)}
          autoComplete="current-password"
          isInvalid={Boolean(errors.password)}
          data-test-subj={`${subj}Password`}
        />
      </EuiFormRow>
      <EuiSpacer size="m" />
      <EuiButton
        type="submit"
        fill
        isLoading={loading || signIn.isMutating}
        iconType="lock"
        data-test-subj={`${subj}Submit`}
      >
        Sign in to {displayName}
      </EuiButton>
    </EuiForm>
  );
}
