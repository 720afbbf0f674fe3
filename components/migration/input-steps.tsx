'use client';
import { useEffect, useState } from 'react';
import { EuiFieldText, EuiFormRow, EuiSelect, EuiSpacer } from '@elastic/eui';
import type { ReadinessReport } from '@/lib/connect/readiness';
import { fetchJson } from '@/lib/http/fetch-json';
import type { MigrationState } from '@/lib/migration/model';
import { addRemoteInputSchema, verifyInputSchema } from '@/lib/migration/schema';
import { ActionRunner, type RunnerContext } from './action-runner';
import { apiPath } from '@/lib/api/paths';

// The two steps that take an input besides the roles: where to add the remote again, and what to test-search.

const firstIssue = (issues: { path: PropertyKey[]; message: string }[]) => {
  const issue = issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'input'} ${issue.message}` : undefined;
};

interface AddRemoteProps extends RunnerContext {
  localClusterId: string;
  remoteClusterId: string | undefined;
  newRemote: MigrationState['newRemote'];
}

/**
 * Adding the remote again: the same alias, now on the remote cluster server (not the transport port the certificate
 * model used).
 */
export function AddRemoteStep({ localClusterId, remoteClusterId, newRemote, ...runner }: AddRemoteProps) {
  const [mode, setMode] = useState<'sniff' | 'proxy'>(newRemote?.mode ?? 'sniff');
  // Untouched, the field follows what the remote reports, which arrives after mount.
  const [typed, setTyped] = useState<string>();
  const [serverName, setServerName] = useState(newRemote?.serverName ?? '');
  const [suggested, setSuggested] = useState<string>();

  useEffect(() => {
    if (!remoteClusterId) return;
    let current = true;
    fetchJson<ReadinessReport>(apiPath('readiness', { id: localClusterId }, { remote: remoteClusterId })).then(
      (report) =>
        current &&
        setSuggested(report.remote?.nodes?.find((node) => node.remoteClusterServer)?.remoteClusterServer ?? undefined),
      // Without it the address is typed: the readiness read is a convenience, not a requirement.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [localClusterId, remoteClusterId]);

  const address = typed ?? newRemote?.address ?? suggested ?? '';
  const body = { mode, address, ...(mode === 'proxy' && serverName ? { serverName } : {}) };
  const parsed = addRemoteInputSchema.safeParse(body);
  const problem = parsed.success ? undefined : firstIssue(parsed.error.issues);
  return (
    <div data-test-subj="migrationAddRemoteForm">
      <EuiFormRow
        label="Connection mode"
        helpText={
          "Sniff connects to the remote's nodes; proxy goes " + 'through one address (a load balancer, Elastic Cloud).'
        }
      >
        <EuiSelect
          options={[
            { value: 'sniff', text: 'Sniff' },
            { value: 'proxy', text: 'Proxy' },
          ]}
          value={mode}
          onChange={(event) => setMode(event.target.value === 'proxy' ? 'proxy' : 'sniff')}
          data-test-subj="migrationMode"
        />
      </EuiFormRow>
      <EuiFormRow
        label="Remote cluster server address"
        helpText={
          suggested
            ? `${suggested} is where the remote reports its remote cluster server.`
            : 'host:port of the remote cluster server (9443 by default), not the transport port.'
        }
        isInvalid={Boolean(address) && !parsed.success}
        error={address ? problem : undefined}
      >
        <EuiFieldText
          value={address}
          onChange={(event) => setTyped(event.target.value.trim())}
          isInvalid={Boolean(address) && !parsed.success}
          data-test-subj="migrationAddress"
        />
      </EuiFormRow>
      {mode === 'proxy' && (
        <EuiFormRow
          label="Server name (optional)"
          helpText="The TLS server name when the certificate is issued for another name than the address."
        >
          <EuiFieldText
            value={serverName}
            onChange={(event) => setServerName(event.target.value.trim())}
            data-test-subj="migrationServerName"
          />
        </EuiFormRow>
      )}
      <EuiSpacer />
      <ActionRunner
        {...runner}
        action="add_remote"
        body={body}
        inputProblem={problem && `Not sent yet: ${problem}.`}
        runLabel="Add the remote"
      />
    </div>
  );
}

interface VerifyProps extends RunnerContext {
  defaultTestIndex: string | undefined;
}

/** The verification: cluster_credentials in _remote/info, the alias resolves through the key, and a real search. */
export function VerifyStep({ defaultTestIndex, ...runner }: VerifyProps) {
  const [typed, setTyped] = useState<string>();
  const testIndex = typed ?? defaultTestIndex ?? '';
  const body = testIndex ? { testIndex } : {};
  const parsed = verifyInputSchema.safeParse(body);
  const problem = parsed.success ? undefined : firstIssue(parsed.error.issues);
  return (
    <div data-test-subj="migrationVerifyForm">
      <EuiFormRow
        label="Test search (optional)"
        helpText={
          `An index pattern on the remote; the console searches ` +
          `${runner.alias}:<pattern> as you and counts the hits.`
        }
        isInvalid={Boolean(problem)}
        error={problem}
      >
        <EuiFieldText
          value={testIndex}
          onChange={(event) => setTyped(event.target.value.trim())}
          isInvalid={Boolean(problem)}
          data-test-subj="migrationTestIndex"
        />
      </EuiFormRow>
      <EuiSpacer />
      <ActionRunner
        {...runner}
        action="verify"
        body={body}
        inputProblem={problem && `Not sent yet: ${problem}.`}
        runLabel="Verify"
      />
    </div>
  );
}
