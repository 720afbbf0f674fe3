'use client';
import { useState } from 'react';
import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useSWRConfig } from 'swr';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiForm,
  EuiSpacer,
  EuiStepsHorizontal,
} from '@elastic/eui';
import { asApiError, useApiAction } from '@/components/api/use-api-action';
import { apiPath } from '@/lib/api/paths';
import { requestBodyFrom, type RemoteClusterFormValues } from '@/lib/remote-clusters/form-values';
import type { RemoteClusterCreate } from '@/lib/remote-clusters/schema';
import { useLazyModule } from '@/components/shared/use-lazy-module';
import { SecurityModelStep } from './security-model-step';
import { ownEntry } from '@/lib/own-entry';
import { withAccessibleNames } from '@/components/shared/labelled-steps';
import { remoteListSearch } from '@/lib/remote-clusters/list-query';
import { useToasts } from '@/components/layout/toasts';
import { useExistingRemoteNames } from './use-existing-remote-names';

const DUPLICATE_NAME = 'is already a remote cluster on this cluster: choose another name, or edit that remote instead';

/** The errors of the fields a person has left ("seeds.2" belongs to "seeds"). */
function shownAfterBlur(errors: Record<string, string>, touched: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => touched.has(field.split('.')[0] ?? field)));
}

const STEP_TITLES = ['Security model', 'Connection', 'Review and save'] as const;
const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  mode: 'Connection mode',
  seeds: 'Seeds',
  nodeConnections: 'Node connections',
  proxyAddress: 'Proxy address',
  serverName: 'Server name',
  proxySocketConnections: 'Socket connections',
  skipUnavailable: 'Skip if unavailable',
  transportCompress: 'Compression',
  transportPingSchedule: 'Ping schedule',
};

function labelOf(field: string): string {
  const [head, index] = field.split('.');
  return index === undefined
    ? (ownEntry(FIELD_LABELS, field) ?? field)
    : `${ownEntry(FIELD_LABELS, head ?? '') ?? head} #${Number(index) + 1}`;
}

// The steps after the first, and the rules they are checked with, load once the person moves on from the first
// (the edit page starts there): the add page shows without them, and without zod.
const ConnectionStep = dynamic(() => import('./connection-step').then((m) => m.ConnectionStep));
const ReviewStep = dynamic(() => import('./review-step').then((m) => m.ReviewStep));
const loadRules = () => import('./wizard-rules');
const NOT_YET_CHECKED = { remote: undefined, errors: {} };

interface Props {
  clusterId: string;
  initialValues: RemoteClusterFormValues;
  /** Editing an existing remote: the name is locked and the save is a PUT carrying the settings version. */
  isEdit?: boolean;
}

/** Add and edit in three steps. Nothing typed is lost: a failed save leaves every value as it was. */
export function RemoteClusterWizard({ clusterId, initialValues, isEdit = false }: Props) {
  const router = useRouter();
  const [step, setStep] = useState(isEdit ? 1 : 0);
  const [values, setValues] = useState(initialValues);
  const [cloudAddress, setCloudAddress] = useState<string>();
  const [showErrors, setShowErrors] = useState(false);
  // Fields the person has left: their errors show from then on, as they type (Kibana validates on blur too).
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const touch = (field: string) =>
    setTouched((current) => (current.has(field) ? current : new Set(current).add(field)));
  const { mutate } = useSWRConfig();
  const toast = useToasts();
  const existingNames = useExistingRemoteNames(clusterId, !isEdit);
  const write = useApiAction<Partial<RemoteClusterCreate>, unknown>(isEdit ? 'PUT' : 'POST');
  const saving = write.isMutating;
  const saveError = write.error;
  const rules = useLazyModule(loadRules, step >= 1);
  const validated = rules ? rules.validate(requestBodyFrom(values)) : NOT_YET_CHECKED;
  const duplicate = !isEdit && existingNames.has(values.name);
  const remote = duplicate ? undefined : validated.remote;
  const allErrors: Record<string, string> = {
    ...(saveError?.fields ?? {}),
    ...validated.errors,
    ...(duplicate ? { name: DUPLICATE_NAME } : {}),
  };
  const errors = showErrors ? allErrors : shownAfterBlur(allErrors, touched);
  // The list above the form is for a Next or a save that was refused; single fields speak beside themselves.
  const errorList = showErrors ? Object.entries(allErrors) : [];

  const change = (patch: Partial<RemoteClusterFormValues>) => setValues((current) => ({ ...current, ...patch }));

  async function next() {
    // A Next pressed before the rules have loaded (the edit page opens on this step) waits for them; if they cannot
    // load, the step stays, as it would for an invalid value.
    const checked =
      step === 1 && !rules
        ? await loadRules().then(
            (loaded) => loaded.validate(requestBodyFrom(values)),
            () => NOT_YET_CHECKED,
          )
        : validated;
    if (step === 1 && (!checked.remote || duplicate)) {
      setShowErrors(true);
      return;
    }
    setStep(step + 1);
  }

  async function save(valid: RemoteClusterCreate) {
    const list = apiPath('remoteClusters', { id: clusterId });
    try {
      if (isEdit) {
        const item = apiPath('remoteCluster', { id: clusterId, name: values.name });
        // The name is in the path; PUT bodies carry only the settings (Kibana's contract).
        const saved = await write.trigger({ url: item, body: { ...valid, name: undefined }, invalidates: [list] });
        // The answer is the remote as it is now, with its new settings version: the next edit in this visit opens
        // it rather than the copy read before this save (whose version the server would refuse with a 409).
        await mutate(item, saved, { revalidate: false });
      } else {
        await write.trigger({ url: list, body: valid, invalidates: [list] });
      }
      toast({
        title: isEdit ? `Saved remote cluster ${valid.name}` : `Added remote cluster ${valid.name}`,
        testSubj: isEdit ? 'remoteClusterSavedToast' : 'remoteClusterAddedToast',
      });
      // Back to the list with this remote's details open, as Kibana does, so its connection status is in view.
      router.push(`/remote-clusters${remoteListSearch({ q: '', open: valid.name })}`);
    } catch (error) {
      setShowErrors(true);
      // The server's field messages belong next to the fields.
      if (Object.keys(asApiError(error).fields).length > 0) setStep(1);
    }
  }

  const conflictVersion =
    saveError?.status === 409
      ? (saveError.payload.attributes?.currentSettingsVersion as string | undefined)
      : undefined;

  return (
    <EuiForm component="div" data-test-subj="remoteClusterWizard">
      <EuiStepsHorizontal
        steps={withAccessibleNames(
          STEP_TITLES.map((title, index) => ({
            title,
            status:
              index === step ? ('current' as const) : index < step ? ('complete' as const) : ('incomplete' as const),
            onClick: () => (index <= step || remote ? setStep(index) : void next()),
            'data-test-subj': `remoteClusterWizardStep${index + 1}`,
          })),
        )}
      />
      <EuiSpacer />
      {errorList.length > 0 && (
        <>
          <EuiCallOut
            color="danger"
            iconType="error"
            title="Fix these fields to continue"
            data-test-subj="remoteClusterFormErrors"
          >
            <ul>
              {errorList.map(([field, message]) => (
                <li key={field}>
                  {labelOf(field)}: {message}
                </li>
              ))}
            </ul>
          </EuiCallOut>
          <EuiSpacer />
        </>
      )}
      {saveError && Object.keys(saveError.fields).length === 0 && (
        <>
          <EuiCallOut
            color="danger"
            iconType="error"
            title="The remote cluster was not saved"
            data-test-subj="remoteClusterSaveError"
          >
            <p>{saveError.message}</p>
            {conflictVersion && (
              <EuiButton
                size="s"
                color="danger"
                onClick={() => {
                  change({ settingsVersion: conflictVersion });
                  write.reset();
                }}
                data-test-subj="remoteClusterOverwrite"
              >
                Keep my values and save over the other change
              </EuiButton>
            )}
          </EuiCallOut>
          <EuiSpacer />
        </>
      )}
      {step === 0 && (
        <SecurityModelStep
          localClusterId={clusterId}
          value={values.securityModel}
          name={values.name}
          onChange={(securityModel) => change({ securityModel })}
        />
      )}
      {step === 1 && (
        <ConnectionStep
          values={values}
          errors={errors}
          onBlur={touch}
          isEdit={isEdit}
          cloudAddress={cloudAddress}
          onCloudAddressChange={setCloudAddress}
          onChange={change}
        />
      )}
      {step === 2 && remote && <ReviewStep name={remote.name} remote={remote} />}
      <EuiSpacer size="l" />
      <EuiFlexGroup justifyContent="spaceBetween">
        <EuiFlexItem grow={false}>
          {step === 0 ? (
            <EuiButtonEmpty onClick={() => router.push('/remote-clusters')} data-test-subj="remoteClusterWizardCancel">
              Cancel
            </EuiButtonEmpty>
          ) : (
            <EuiButtonEmpty
              iconType="chevronSingleLeft"
              onClick={() => setStep(step - 1)}
              data-test-subj="remoteClusterWizardBack"
            >
              Back
            </EuiButtonEmpty>
          )}
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          {step < 2 ? (
            <EuiButton
              fill
              iconType="chevronSingleRight"
              iconSide="right"
              onClick={next}
              data-test-subj="remoteClusterWizardNext"
            >
              Next
            </EuiButton>
          ) : (
            <EuiButton
              fill
              iconType="check"
              isLoading={saving}
              isDisabled={!remote}
              onClick={() => remote && void save(remote)}
              data-test-subj="remoteClusterWizardSave"
            >
              {isEdit ? 'Save changes' : 'Add remote cluster'}
            </EuiButton>
          )}
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiForm>
  );
}
