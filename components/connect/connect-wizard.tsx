'use client';
import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import {
  EuiButtonEmpty,
  EuiCallOut,
  EuiLoadingSpinner,
  EuiPanel,
  EuiSpacer,
  EuiStepsHorizontal,
  EuiText,
} from '@elastic/eui';
import type { ReadinessReport } from '@/lib/connect/readiness';
import { nodesMissingCredentials } from '@/lib/connect/reload';
import { CONNECT_STEPS, currentStep, withChange, type ConnectProgress } from '@/lib/connect/progress';
import { fetchJson } from '@/lib/http/fetch-json';
import { useClusters } from '../clusters/use-clusters';
import { useRemoteClusters } from '../remote-clusters/use-remote-clusters';
import { KeyStep } from './key-step';
import { KeystoreStep } from './keystore-step';
import { RegisterStep } from './register-step';
import { RemoteStep } from './remote-step';
import { useConnectProgress } from './use-connect-progress';
import { VerifyStep } from './verify-step';
import { apiPath } from '@/lib/api/paths';

interface Props {
  localClusterId: string;
  localDisplayName: string;
  refreshIntervalMs: number;
}

/**
 * Connects a remote with the API-key model in five resumable steps. Each step acts on the clusters at once
 * and records what it did; leaving the flow undoes nothing, and coming back opens the first step not done.
 */
export function ConnectWizard({ localClusterId, localDisplayName, refreshIntervalMs }: Props) {
  const router = useRouter();
  const clusters = useClusters();
  const remotes = useRemoteClusters(localClusterId, refreshIntervalMs);
  const { progress, loaded, update, reset } = useConnectProgress(localClusterId);
  const [step, setStep] = useState<number>();
  const [readiness, setReadiness] = useState<ReadinessReport>();
  // Secrets of this visit only, never stored: the remote admin's password (for the key) and the new key.
  const [remotePassword, setRemotePassword] = useState<string>();
  const [encodedKey, setEncodedKey] = useState<string>();

  const shownStep = step ?? currentStep(progress);
  const remoteId = progress.remote?.kind === 'registered' ? progress.remote.clusterId : undefined;

  // A resumed flow needs the readiness facts (node names, the remote's server address) without a click.
  useEffect(() => {
    if (!loaded || readiness || !progress.remote) return;
    fetchJson<ReadinessReport>(apiPath('readiness', { id: localClusterId }, { remote: remoteId })).then(
      setReadiness,
      () => undefined,
    );
  }, [loaded, readiness, progress.remote, remoteId, localClusterId]);

  if (!loaded || !clusters.data) {
    return clusters.error ? (
      <EuiCallOut color="danger" iconType="error" title={clusters.error.message} />
    ) : (
      <EuiLoadingSpinner size="l" />
    );
  }

  const remoteName = progress.remote?.kind === 'registered' ? progress.remote.displayName : 'the remote';
  const go = (next: ConnectProgress, nextStep: number) => {
    update(() => next);
    setStep(nextStep);
  };

  const steps = CONNECT_STEPS.map((title, index) => ({
    title,
    status: (index === shownStep ? 'current' : index < currentStep(progress) ? 'complete' : 'incomplete') as
      'current' | 'complete' | 'incomplete',
    disabled: index > currentStep(progress),
    onClick: () => setStep(index),
    'data-test-subj': `connectStep-${index}`,
  }));

  return (
    <div data-test-subj="connectWizard">
      <EuiText size="s">
        <p>
          Connect a cluster to <strong>{localDisplayName}</strong> with the API-key security model: a cross-cluster API
          key made on the remote bounds everything this cluster may do there.
        </p>
      </EuiText>
      <EuiSpacer />
      <EuiStepsHorizontal steps={steps} />
      <EuiSpacer />
      <EuiPanel hasBorder>
        {shownStep === 0 && (
          <RemoteStep
            localClusterId={localClusterId}
            clusters={clusters.data}
            existingAliases={(remotes.data ?? [])
              .map((remote) => remote.name)
              .filter((name) => name !== progress.alias || !progress.registered)}
            progress={progress}
            readiness={readiness}
            onReadiness={setReadiness}
            onRemoteSignedIn={(password) => {
              setRemotePassword(password);
              void clusters.mutate();
            }}
            onDone={(remote, alias) => go({ ...progress, remote, alias }, 1)}
          />
        )}
        {shownStep === 1 && (
          <KeyStep
            progress={progress}
            remotePassword={remotePassword}
            onCreated={(key, encoded) => {
              setEncodedKey(encoded);
              setRemotePassword(undefined);
              go(
                withChange(
                  { ...progress, key },
                  remoteName,
                  `Created cross-cluster API key "${key.name}" (id ${key.id})`,
                ),
                2,
              );
            }}
            onPasted={(key, encoded) => {
              setEncodedKey(encoded);
              go({ ...progress, key }, 2);
            }}
          />
        )}
        {shownStep === 2 && (
          <KeystoreStep
            localClusterId={localClusterId}
            progress={progress}
            encodedKey={encodedKey}
            localNodeNames={readiness?.local.nodes?.map((node) => node.name) ?? []}
            onReloaded={(result) => {
              const missingCredentials = nodesMissingCredentials(result, progress.alias);
              const reloaded = { nodes: result.nodes.length, failedNodes: result.failedNodes, missingCredentials };
              update((current) =>
                withChange(
                  { ...current, reloaded },
                  localDisplayName,
                  `Reloaded secure settings on ${result.nodes.length} ` +
                    `node(s)${result.failedNodes.length ? `, failed on ${result.failedNodes.join(', ')}` : ''}`,
                ),
              );
            }}
          />
        )}
        {shownStep === 3 && (
          <RegisterStep
            localClusterId={localClusterId}
            progress={progress}
            suggestedAddress={
              readiness?.remote?.nodes?.find((node) => node.remoteClusterServer)?.remoteClusterServer ?? undefined
            }
            onRegistered={(mode, address) => {
              setEncodedKey(undefined);
              void remotes.mutate();
              go(
                withChange(
                  { ...progress, registered: { mode, address } },
                  localDisplayName,
                  `Registered remote "${progress.alias}" (${mode}, ${address})`,
                ),
                4,
              );
            }}
          />
        )}
        {shownStep === 4 && (
          <VerifyStep
            localClusterId={localClusterId}
            progress={progress}
            onVerified={(diagnosis) => update((current) => ({ ...current, verified: { status: diagnosis.status } }))}
            onFinish={() => {
              reset();
              router.push('/remote-clusters');
            }}
          />
        )}
        {shownStep === 2 && progress.reloaded && (
          <>
            <EuiSpacer />
            <EuiButtonEmpty
              iconType="chevronSingleRight"
              iconSide="right"
              onClick={() => setStep(3)}
              data-test-subj="connectKeystoreNext"
            >
              Continue to register
            </EuiButtonEmpty>
          </>
        )}
      </EuiPanel>
      <EuiSpacer />
      <EuiButtonEmpty
        color="danger"
        size="s"
        iconType="cross"
        onClick={() => {
          reset();
          setStep(0);
          setReadiness(undefined);
          setEncodedKey(undefined);
        }}
        data-test-subj="connectStartOver"
      >
        Start over (what was done on the clusters stays; remove it from the remote clusters and API keys pages)
      </EuiButtonEmpty>
    </div>
  );
}
