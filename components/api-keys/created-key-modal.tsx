'use client';
import { CodeBlock } from '@/components/shared/code-block';
import { useState } from 'react';
import {
  EuiButton,
  EuiCallOut,
  EuiCopy,
  EuiFieldText,
  EuiFormRow,
  EuiModal,
  EuiModalBody,
  EuiModalFooter,
  EuiModalHeader,
  EuiModalHeaderTitle,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import { keystoreCommands } from '@/lib/cross-cluster-api-keys/keystore-commands';
import { remoteClusterNameSchema } from '@/lib/remote-clusters/schema';

/** What POST /cross_cluster_api_keys answers: the only time the key's secret is seen. */
export interface CreatedApiKey {
  id: string;
  name: string;
  expiration: number | null;
  encoded: string;
}

interface Props {
  created: CreatedApiKey;
  /** The cluster the key was created on, which the local cluster will reach under an alias. */
  clusterId: string;
  clusterDisplayName: string;
  onClose: () => void;
}

// This page does not know the local cluster, so not its node names either: one command, for every node.
const EVERY_LOCAL_NODE = 'every node of the local cluster';

/** A remote cluster alias suggested from the display name ("Remote (sandbox)" -> "remote-sandbox"). */
export function aliasFrom(displayName: string, fallback: string): string {
  const alias = displayName
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return remoteClusterNameSchema.safeParse(alias).success ? alias : fallback;
}

/**
 * Shows the encoded key once, with the local side's steps. The key lives only in the page's state while this is
 * open; closing drops it, so it cannot be shown again (Elasticsearch cannot return it either).
 */
export function CreatedKeyModal({ created, clusterId, clusterDisplayName, onClose }: Props) {
  const [alias, setAlias] = useState(() => aliasFrom(clusterDisplayName, clusterId));
  const aliasCheck = remoteClusterNameSchema.safeParse(alias);
  const aliasError = aliasCheck.success ? undefined : aliasCheck.error.issues[0]?.message;
  const instructions = aliasCheck.success ? keystoreCommands(alias, [EVERY_LOCAL_NODE]) : undefined;

  return (
    <EuiModal
      onClose={onClose}
      maxWidth={760}
      aria-labelledby="apiKeysCreatedTitle"
      data-test-subj="apiKeysCreatedModal"
    >
      <EuiModalHeader>
        <EuiModalHeaderTitle id="apiKeysCreatedTitle">
          Cross-cluster API key &quot;{created.name}&quot; created
        </EuiModalHeaderTitle>
      </EuiModalHeader>
      <EuiModalBody>
        <EuiCallOut
          color="warning"
          iconType="warning"
          size="s"
          title="Copy the key now: it will not be shown again."
          data-test-subj="apiKeysCreatedWarning"
        >
          <p>
            Neither this console nor Elasticsearch can show it later. If it is lost, create a new key and invalidate
            this one.
          </p>
        </EuiCallOut>
        <EuiSpacer size="m" />
        <EuiText size="s">
          <p>
            Id <code data-test-subj="apiKeysCreatedId">{created.id}</code>
          </p>
        </EuiText>
        <EuiSpacer size="s" />
        <CodeBlock
          paddingSize="s"
          fontSize="m"
          whiteSpace="pre-wrap"
          data-test-subj="apiKeysCreatedKey"
          aria-label="Encoded cross-cluster API key"
        >
          {created.encoded}
        </CodeBlock>
        <EuiSpacer size="s" />
        <EuiCopy textToCopy={created.encoded} afterMessage="Copied">
          {(copy) => (
            <EuiButton size="s" iconType="copy" onClick={copy} data-test-subj="apiKeysCreatedCopy">
              Copy the key
            </EuiButton>
          )}
        </EuiCopy>
        <EuiSpacer size="l" />
        <EuiTitle size="xs">
          <h3>On the local cluster (the one that will search {clusterDisplayName})</h3>
        </EuiTitle>
        <EuiSpacer size="s" />
        <EuiFormRow
          label="Alias of this cluster on the local cluster"
          helpText="The remote cluster name searches will use, as in alias:logs-*."
          isInvalid={Boolean(aliasError)}
          error={aliasError}
        >
          <EuiFieldText
            value={alias}
            isInvalid={Boolean(aliasError)}
            onChange={(event) => setAlias(event.target.value.trim())}
            data-test-subj="apiKeysAliasInput"
          />
        </EuiFormRow>
        <EuiSpacer size="s" />
        {instructions && (
          <EuiText size="s" data-test-subj="apiKeysKeystoreSteps">
            <ol>
              {instructions.nodes.map(({ nodeName, command }) => (
                <li key={nodeName}>
                  On {nodeName}, from the Elasticsearch home directory, run this and paste the key when asked (it stays
                  out of the shell history):
                  <CodeBlock language="bash" paddingSize="s" isCopyable data-test-subj="apiKeysKeystoreCommand">
                    {command}
                  </CodeBlock>
                </li>
              ))}
              <li>
                Then reload the secure settings (no restart needed):
                <CodeBlock language="json" paddingSize="s" isCopyable data-test-subj="apiKeysReloadRequest">
                  {instructions.reloadRequest}
                </CodeBlock>
                If the keystores are password-protected:
                <CodeBlock language="json" paddingSize="s" isCopyable data-test-subj="apiKeysReloadRequestWithPassword">
                  {instructions.reloadRequestWithPassword}
                </CodeBlock>
              </li>
              <li>
                Add the remote cluster under the alias <code>{alias}</code> with the API-key security model (port 9443).
              </li>
            </ol>
          </EuiText>
        )}
      </EuiModalBody>
      <EuiModalFooter>
        <EuiButton fill onClick={onClose} data-test-subj="apiKeysCreatedClose">
          I have copied the key
        </EuiButton>
      </EuiModalFooter>
    </EuiModal>
  );
}
