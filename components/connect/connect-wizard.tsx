'use client';
import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import {
  EuiAccordion,
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
import { RemoteStep } from './remote-step';
import { useConnectProgress } from './use-connect-progress';
import dynamic from 'next/dynamic';
import { apiPath } from '@/lib/api/paths';
import type { ConnectionPlanRequestInput } from '@/lib/connection-plan/schema';
import type { DeploymentType } from '@/lib/deployments/schema';
import { remoteNameProblem } from '@/lib/remote-clusters/name-rule';
import { ConnectionPlanPanel, usePlan } from './connection-plan-panel';
import { WhereClustersRun } from './where-clusters-run';
import { withAccessibleNames } from '@/components/shared/labelled-steps';
import { useToasts } from '@/components/layout/toasts';
import { remoteListSearch } from '@/lib/remote-clusters/list-query';

// The steps after the first load when the flow reaches them (or reopens on one): the page shows the first step
// without the key form, the tables and the schemas those steps check with.
const KeyStep = dynamic(() => import('./key-step').then((m) => m.KeyStep));
const ManagedKeystoreStep = dynamic(() => import('./managed-keystore-step').then((m) => m.ManagedKeystoreStep));
const KeystoreStep = dynamic(() => import('./keystore-step').then((m) => m.KeystoreStep));
const RegisterStep = dynamic(() => import('./register-step').then((m) => m.RegisterStep));
const VerifyStep = dynamic(() => import('./verify-step').then((m) => m.VerifyStep));

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
  const toast = useToasts();
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
  const remoteServer = readiness?.remote?.nodes?.find((node) => node.remoteClusterServer)?.remoteClusterServer;
  const planRequest = connectionPlanRequest(progress, remoteServer ?? undefined);
  const plan = usePlan(localClusterId, planRequest);
  const registryDeployment = (id: string | undefined) =>
    clusters.data?.find((cluster) => cluster.id === id)?.deployment ?? null;
  const guessedType = (side: 'local' | 'remote') => {
    const guess = plan.error?.payload.attributes?.guess as { type?: DeploymentType } | undefined;
    return plan.error?.fields[`${side}.deployment`] ? guess?.type : undefined;
  };
  const localType = progress.deployments.local?.type ?? plan.data?.local.deployment.type ?? 'self-managed';

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
  const whereClustersRun = (
    <WhereClustersRun
      local={{
        name: localDisplayName,
        value: progress.deployments.local,
        known: registryDeployment(localClusterId),
        described: plan.data?.local,
        guessedType: guessedType('local'),
      }}
      remote={{
        name: progress.remote?.kind === 'registered' ? progress.remote.displayName : 'The remote cluster',
        value: progress.deployments.remote,
        known: registryDeployment(remoteId),
        described: plan.data?.remote,
        guessedType: guessedType('remote'),
      }}
      onChange={(side, deployment) =>
        update((current) => ({ ...current, deployments: { ...current.deployments, [side]: deployment } }))
      }
      sameEckOperator={progress.sameEckOperator ?? false}
      onSameEckOperatorChange={(same) => update((current) => ({ ...current, sameEckOperator: same }))}
    />
  );
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
      <EuiStepsHorizontal steps={withAccessibleNames(steps)} />
      <EuiSpacer />
      <EuiPanel hasBorder paddingSize="m">
        <EuiAccordion
          id="connect-where-clusters-run"
          buttonContent="Where the clusters run"
          initialIsOpen
          data-test-subj="connectWhereToggle"
        >
          <EuiSpacer size="s" />
          {whereClustersRun}
        </EuiAccordion>
      </EuiPanel>
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
            created={
              encodedKey && progress.key?.source === 'created'
                ? { name: progress.key.name, encoded: encodedKey }
                : undefined
            }
            onContinue={() => setStep(2)}
            onCreated={(key, encoded) => {
              setEncodedKey(encoded);
              setRemotePassword(undefined);
              // Stays on this step: the key is shown where it was made, and Continue leads on.
              go(
                withChange(
                  { ...progress, key },
                  remoteName,
                  `Created cross-cluster API key "${key.name}" (id ${key.id})`,
                ),
                1,
              );
            }}
            onPasted={(key, encoded) => {
              setEncodedKey(encoded);
              go({ ...progress, key }, 2);
            }}
          />
        )}
        {shownStep === 2 && localType !== 'self-managed' && (
          <ManagedKeystoreStep
            step={plan.data?.steps.find((candidate) => candidate.id === 'local-keystore')}
            encodedKey={encodedKey}
            onApplied={() =>
              update((current) =>
                withChange(
                  { ...current, reloaded: { nodes: 0, failedNodes: [], missingCredentials: null } },
                  localDisplayName,
                  `Keystore entry cluster.remote.${current.alias}.credentials applied by the platform`,
                ),
              )
            }
          />
        )}
        {shownStep === 2 && localType === 'self-managed' && (
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
              const alias = progress.alias;
              reset();
              toast({ title: `Connected ${alias}`, testSubj: 'connectFinishedToast' });
              // The list opens at its top with the new remote's details, not where this long page was scrolled.
              router.push(`/remote-clusters${remoteListSearch({ q: '', open: alias })}`, { scroll: true });
              window.scrollTo(0, 0);
            }}
          />
        )}
        {shownStep > 0 && (
          <>
            <EuiSpacer />
            <EuiButtonEmpty
              iconType="chevronSingleLeft"
              onClick={() => setStep(shownStep - 1)}
              data-test-subj="connectBack"
            >
              Back
            </EuiButtonEmpty>
          </>
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
      {planRequest && (
        <EuiPanel hasBorder paddingSize="m">
          <EuiAccordion
            id="connect-plan"
            buttonContent="The plan for this pair, step by step"
            initialIsOpen
            data-test-subj="connectPlanToggle"
          >
            <EuiSpacer size="s" />
            <ConnectionPlanPanel
              localClusterId={localClusterId}
              names={{
                local: localDisplayName,
                remote: progress.remote?.kind === 'address' ? progress.remote.address : remoteName,
              }}
              request={planRequest}
              encodedKey={encodedKey}
            />
          </EuiAccordion>
        </EuiPanel>
      )}
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

/** The plan request for what the flow knows so far; none before a remote and a valid alias are chosen. */
function connectionPlanRequest(
  progress: ConnectProgress,
  remoteServerAddress: string | undefined,
): ConnectionPlanRequestInput | null {
  if (!progress.remote || remoteNameProblem(progress.alias) !== undefined) return null;
  const { local, remote } = progress.deployments;
  const address =
    progress.remote.kind === 'address'
      ? progress.remote.address
      : (progress.registered?.address ?? remoteServerAddress);
  return {
    alias: progress.alias,
    securityModel: 'api_key',
    ...(local ? { local: { deployment: local } } : {}),
    remote: {
      ...(progress.remote.kind === 'registered' ? { clusterId: progress.remote.clusterId } : {}),
      ...(address ? { address } : {}),
      ...(remote ? { deployment: remote } : {}),
    },
    ...(progress.key?.searchPatterns.length ? { access: { search: [{ names: progress.key.searchPatterns }] } } : {}),
    ...(progress.sameEckOperator && local?.type === 'eck' && remote?.type === 'eck' ? { sameEckOperator: true } : {}),
  };
}
