'use client';
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import {
  EuiButton,
  EuiCallOut,
  EuiFieldPassword,
  EuiFieldText,
  EuiForm,
  EuiFormRow,
  EuiIcon,
  EuiPageTemplate,
  EuiPanel,
  EuiSelect,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';
import type { SignInInput } from '@/lib/auth/sign-in-schema';
import { fieldErrors as messagesByField } from '@/lib/validation/field-errors';

interface ClusterChoice {
  id: string;
  displayName: string;
}

type FieldErrors = Partial<Record<keyof SignInInput, string>>;

export function SignInForm({
  clusters,
  defaultClusterId,
  callbackPath,
}: {
  clusters: ClusterChoice[];
  defaultClusterId: string;
  callbackPath: string;
}) {
  const router = useRouter();
  const [input, setInput] = useState<SignInInput>({ clusterId: defaultClusterId, username: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const update = (field: keyof SignInInput) => (value: string) => {
    setInput((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    setFormError(null);
    setSubmitting(true);
    try {
      // Loaded when someone signs in, not with the page: zod and next-auth's client are 37 KiB gzip together.
      const [{ signInSchema }, { signIn }] = await Promise.all([
        import('@/lib/auth/sign-in-schema'),
        import('next-auth/react'),
      ]);
      const parsed = signInSchema.safeParse(input);
      if (!parsed.success) {
        setFieldErrors(messagesByField(parsed.error) as FieldErrors);
        return;
      }
      const result = await signIn('elasticsearch', { ...parsed.data, redirect: false });
      if (!result || result.error) {
        // What was typed stays in the form, so a retry is one click.
        setFormError(signInErrorMessage(result?.error));
        return;
      }
      router.replace(callbackPath);
      router.refresh();
    } catch {
      setFormError(signInErrorMessage(null));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <EuiPageTemplate panelled={false} restrictWidth={440} grow>
      <EuiPageTemplate.Section alignment="center">
        <EuiPanel paddingSize="l" hasShadow data-test-subj="signInPanel">
          <EuiIcon type="logoElastic" size="xl" aria-hidden />
          <EuiSpacer size="s" />
          <EuiTitle size="s">
            <h1>Sign in to the Remote Clusters console</h1>
          </EuiTitle>
          <EuiText size="s" color="subdued">
            <p>Use your Elasticsearch user. The console acts as you, with your privileges.</p>
          </EuiText>
          <EuiSpacer />
          {formError && (
            <>
              <EuiCallOut title={formError} color="danger" iconType="error" role="alert" data-test-subj="signInError" />
              <EuiSpacer />
            </>
          )}
          <EuiForm component="form" onSubmit={submit} noValidate data-test-subj="signInForm">
            {clusters.length > 1 && (
              <EuiFormRow label="Cluster" isInvalid={!!fieldErrors.clusterId} error={fieldErrors.clusterId}>
                <EuiSelect
                  options={clusters.map((cluster) => ({ value: cluster.id, text: cluster.displayName }))}
                  value={input.clusterId}
                  onChange={(event) => update('clusterId')(event.target.value)}
                  aria-label="Cluster"
                  data-test-subj="signInCluster"
                />
              </EuiFormRow>
            )}
            <EuiFormRow label="Username" isInvalid={!!fieldErrors.username} error={fieldErrors.username}>
              <EuiFieldText
                name="username"
                autoComplete="username"
                value={input.username}
                onChange={(event) => update('username')(event.target.value)}
                isInvalid={!!fieldErrors.username}
                icon="user"
                data-test-subj="signInUsername"
              />
            </EuiFormRow>
            <EuiFormRow label="Password" isInvalid={!!fieldErrors.password} error={fieldErrors.password}>
              <EuiFieldPassword
                name="password"
                type="dual"
                autoComplete="current-password"
                value={input.password}
                onChange={(event) => update('password')(event.target.value)}
                isInvalid={!!fieldErrors.password}
                data-test-subj="signInPassword"
              />
            </EuiFormRow>
            <EuiSpacer />
            <EuiButton type="submit" fill fullWidth isLoading={submitting} data-test-subj="signInSubmit">
              Sign in
            </EuiButton>
          </EuiForm>
        </EuiPanel>
      </EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
}
