'use client';
import { CodeBlock } from '@/components/shared/code-block';
import { useState, type FormEvent } from 'react';
import {
  EuiAccordion,
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFieldText,
  EuiFlexGroup,
  EuiFlexItem,
  EuiForm,
  EuiFormRow,
  EuiSpacer,
  EuiText,
} from '@elastic/eui';
import { useApiAction } from '@/components/api/use-api-action';
import type { RoleView } from '@/lib/roles/model';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { meets, ruleMessage } from '@/lib/version-rules';
import { roleUrl, rolesUrl, type ClusterPrivileges } from '../use-roles';
import { clusterMessage, describeErrorPath } from './field-messages';
import { ListCombo } from './list-combo';
import { IndexPrivilegesSection, RemoteClusterSection } from './privilege-sections';
import { applyTemplate, requestPreview, type RoleFormValues } from './role-form-values';
import { useLazyModule } from '@/components/shared/use-lazy-module';
import type { RoleValidation } from './role-validation';
import { TemplatesPanel } from './templates-panel';

// The check loads once the role has values to check (an edit or clone opens with some; a new role at the first
// change or save): the page shows without zod.
const loadRoleValidation = () => import('./role-validation');
const NOT_YET_CHECKED: RoleValidation = { body: undefined, errors: {}, ready: false };

interface Props {
  clusterId: string;
  mode: 'create' | 'edit' | 'clone';
  initialValues: RoleFormValues;
  privileges: ClusterPrivileges;
  remotes: RemoteCluster[] | undefined;
  /** Reserved roles: everything shown, nothing editable. */
  readOnly: boolean;
  onSaved: (role: RoleView) => void;
  onCancel: () => void;
}

/** Create, edit and clone. Nothing is sent while anything is invalid; a refused save keeps every value as typed. */
export function RoleEditor({
  clusterId,
  mode,
  initialValues,
  privileges,
  remotes,
  readOnly,
  onSaved,
  onCancel,
}: Props) {
  const [values, setValues] = useState(initialValues);
  const [firstValues] = useState(initialValues);
  const [checkUnavailable, setCheckUnavailable] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const creating = mode !== 'edit';
  // The roles list is read again after a save; the page caches the answer as the role it shows.
  const save = useApiAction<unknown, RoleView>(creating ? 'POST' : 'PUT', { invalidates: [rolesUrl(clusterId)] });
  const saveError = save.error;

  const rules = useLazyModule(loadRoleValidation, mode !== 'create' || values !== firstValues || showErrors);
  const validation = rules ? rules.validateRole(values, privileges, creating) : NOT_YET_CHECKED;
  const serverErrors: Record<string, string> = {
    ...(saveError?.fields ?? {}),
    ...(saveError?.status === 409 ? { name: saveError.message } : {}),
  };
  // The server's per-field messages stay next to their field until the next attempt.
  const errors: Record<string, string> = showErrors ? { ...serverErrors, ...validation.errors } : {};
  const summary = Object.entries(errors);
  const request =
    validation.body && (!creating || !validation.errors.name)
      ? requestPreview(values.name, validation.body)
      : undefined;

  const change = (patch: Partial<RoleFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const remoteOptions = (remotes ?? []).map((remote) => ({
    label: remote.name,
    note: remote.securityModel === 'certificate' ? 'not applicable: certificate model' : undefined,
  }));
  const certificateRemotes = (remotes ?? [])
    .filter((remote) => remote.securityModel === 'certificate')
    .map((remote) => remote.name);
  const indexOptions = privileges.index.map((label) => ({ label }));

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (readOnly) return;
    setShowErrors(true);
    save.reset();
    // A save pressed before the check has loaded waits for it rather than being dropped.
    let checked = validation;
    if (!rules) {
      const loaded = await loadRoleValidation().catch(() => undefined);
      setCheckUnavailable(!loaded);
      if (!loaded) return;
      checked = loaded.validateRole(values, privileges, creating);
    }
    if (!checked.ready || !checked.body) return;
    const request = creating
      ? { url: rolesUrl(clusterId), body: { name: values.name, ...checked.body } }
      : { url: roleUrl(clusterId, values.name), body: checked.body };
    // A refusal stays in save.error, beside the fields it names; nothing typed is lost.
    const saved = await save.trigger(request).catch(() => undefined);
    if (saved) onSaved(saved);
  }

  const keptFields = Object.keys(values.kept);
  return (
    <EuiForm
      component="form"
      id="rolesEditorForm"
      onSubmit={submit}
      aria-label={mode === 'edit' ? `Edit role ${values.name}` : 'New role'}
      data-test-subj="rolesEditor"
    >
      {checkUnavailable && (
        <>
          <EuiCallOut
            color="danger"
            iconType="error"
            title="The console did not answer: nothing was sent. Try again."
            data-test-subj="rolesCheckUnavailable"
          />
          <EuiSpacer />
        </>
      )}
      {saveError && (
        <>
          <EuiCallOut
            color="danger"
            iconType="error"
            title={creating ? 'The role was not created' : 'The role was not saved'}
            data-test-subj="rolesSaveError"
          >
            <p>{saveError.message}</p>
          </EuiCallOut>
          <EuiSpacer />
        </>
      )}
      {summary.length > 0 && (
        <>
          <EuiCallOut
            color="danger"
            iconType="error"
            size="s"
            title="Fix these fields first"
            data-test-subj="rolesFormErrors"
          >
            <ul>
              {summary.map(([path, message]) => (
                <li key={path}>
                  {describeErrorPath(path)}: {message}
                </li>
              ))}
            </ul>
          </EuiCallOut>
          <EuiSpacer />
        </>
      )}
      {creating && (
        <EuiFormRow
          label="Name"
          helpText="Up to 507 printable characters; users get the role by this name."
          isInvalid={Boolean(errors.name)}
          error={errors.name}
        >
          <EuiFieldText
            value={values.name}
            isInvalid={Boolean(errors.name)}
            onChange={(event) => change({ name: event.target.value })}
            data-test-subj="rolesNameInput"
          />
        </EuiFormRow>
      )}
      <EuiFormRow
        label="Description (optional)"
        isInvalid={Boolean(errors.description)}
        error={errors.description}
        helpText={
          privileges.version && meets(privileges.version, 'role_description') === false
            ? ruleMessage('role_description', 'this cluster', privileges.version)
            : undefined
        }
        fullWidth
      >
        <EuiFieldText
          value={values.description}
          fullWidth
          readOnly={readOnly}
          isInvalid={Boolean(errors.description)}
          onChange={(event) => change({ description: event.target.value })}
          data-test-subj="rolesDescriptionInput"
        />
      </EuiFormRow>
      <EuiSpacer size="m" />
      {!readOnly && (
        <>
          <TemplatesPanel
            remotes={remotes}
            onApply={(template) => setValues((current) => applyTemplate(current, template))}
          />
          <EuiSpacer size="l" />
        </>
      )}
      <ListCombo
        label="Cluster privileges"
        values={values.cluster}
        options={privileges.cluster.map((label) => ({ label }))}
        allowFreeText
        error={clusterMessage(errors, values)}
        placeholder="monitor, manage_ccr, or an action such as cluster:monitor/*"
        helpText={
          `The privileges ` +
          `${privileges.version ? `Elasticsearch ${privileges.version}` : 'this cluster'} ` +
          `` +
          `knows; action patterns can be typed.`
        }
        readOnly={readOnly}
        testSubj="rolesClusterPrivileges"
        onChange={(cluster) => change({ cluster })}
      />
      <EuiSpacer size="l" />
      <IndexPrivilegesSection
        remote={false}
        rows={values.indices}
        errors={errors}
        privilegeOptions={indexOptions}
        remoteOptions={[]}
        certificateRemotes={[]}
        readOnly={readOnly}
        onChange={(indices) => change({ indices })}
      />
      <IndexPrivilegesSection
        remote
        rows={values.remoteIndices}
        errors={errors}
        privilegeOptions={indexOptions}
        remoteOptions={remoteOptions}
        certificateRemotes={certificateRemotes}
        readOnly={readOnly}
        onChange={(remoteIndices) => change({ remoteIndices })}
      />
      <RemoteClusterSection
        rows={values.remoteCluster}
        errors={errors}
        available={privileges.remote_cluster}
        remoteOptions={remoteOptions}
        readOnly={readOnly}
        onChange={(remoteCluster) => change({ remoteCluster })}
      />
      {keptFields.length > 0 && (
        <EuiText size="s" color="subdued" data-test-subj="rolesKeptFields">
          <p>Also written back unchanged (not edited here): {keptFields.join(', ')}.</p>
        </EuiText>
      )}
      <EuiSpacer size="m" />
      <EuiAccordion
        id="rolesShowRequest"
        buttonContent="Show request"
        buttonProps={{ 'data-test-subj': 'rolesShowRequest' }}
      >
        <EuiSpacer size="s" />
        {request ? (
          <CodeBlock language="json" isCopyable paddingSize="s" data-test-subj="rolesRequest">
            {request}
          </CodeBlock>
        ) : (
          <EuiText size="s" color="subdued" data-test-subj="rolesRequestInvalid">
            <p>The request appears once every field is valid.</p>
          </EuiText>
        )}
      </EuiAccordion>
      <EuiSpacer size="l" />
      <EuiFlexGroup justifyContent="flexEnd" gutterSize="s" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty onClick={onCancel} data-test-subj="rolesEditorCancel">
            {readOnly ? 'Back to roles' : 'Cancel'}
          </EuiButtonEmpty>
        </EuiFlexItem>
        {!readOnly && (
          <EuiFlexItem grow={false}>
            <EuiButton fill type="submit" iconType="check" isLoading={save.isMutating} data-test-subj="rolesEditorSave">
              {creating ? 'Create role' : 'Save changes'}
            </EuiButton>
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
    </EuiForm>
  );
}
