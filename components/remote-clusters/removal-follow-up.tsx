'use client';
import { useId, useState, type ReactNode } from 'react';
import { EuiButton, EuiFormRow, EuiIcon, EuiPanel, EuiSelect, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import { AliasKeysCleanup } from '@/components/api-keys/alias-keys-cleanup';
import { useClusters } from '@/components/clusters/use-clusters';
import { CodeBlock } from '@/components/shared/code-block';
import { TextWithConsoleLinks } from '@/components/shared/text-with-console-links';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import { keystoreRemovalSteps, type RemovalDeployment } from '@/lib/cross-cluster-api-keys/keystore-removal';
import { DEPLOYMENT_TYPE_LABELS, DEPLOYMENT_TYPES, type DeploymentType } from '@/lib/deployments/types';

interface Step {
  title: string;
  children: ReactNode;
}

interface Props {
  homeClusterId: string;
  /** The API-key remotes just removed. */
  aliases: string[];
  onDismiss: () => void;
}

/**
 * Removing an API-key remote leaves two things behind: its cross-cluster API key, still valid on the remote, and
 * the key's encoded value in the local keystore. Offers to invalidate the first and shows how to take out the
 * second for where the local cluster runs.
 */
export function RemovalFollowUp({ homeClusterId, aliases, onDismiss }: Props) {
  const clusters = useClusters().data ?? [];
  const home = clusters.find((cluster) => cluster.id === homeClusterId);
  const others = clusters.filter((cluster) => cluster.id !== homeClusterId && cluster.signedIn);
  const many = aliases.length > 1;
  return (
    <>
      {/* A panel, not a callout: the key list inside is a callout of its own, and the commands need the width. */}
      <EuiPanel color="warning" hasBorder paddingSize="m" data-test-subj="removalFollowUp">
        <EuiTitle size="xs">
          <h2>
            <EuiIcon type="key" aria-hidden /> Finish removing {aliases.map((alias) => `"${alias}"`).join(', ')}: the
            key behind {many ? 'each' : 'it'} still works
          </h2>
        </EuiTitle>
        <EuiSpacer size="s" />
        {aliases.map((alias) => (
          <div key={alias} data-test-subj={`removalFollowUp-${alias}`}>
            {many && (
              <EuiTitle size="xxs">
                <h3>{alias}</h3>
              </EuiTitle>
            )}
            {/* EuiText numbers the list; EuiSteps' gutter made the code blocks overflow a phone's width. */}
            <EuiText size="s" className="eui-fullWidth">
              <ol>
                {[keyStep(alias, others, homeClusterId), keystoreStep(alias, home)].map((step) => (
                  <li key={step.title}>
                    <EuiTitle size="xxs">
                      {/* One level below the panel's h2, or below each alias's h3 when there are several. */}
                      {many ? <h4>{step.title}</h4> : <h3>{step.title}</h3>}
                    </EuiTitle>
                    <EuiSpacer size="xs" />
                    {step.children}
                    <EuiSpacer size="m" />
                  </li>
                ))}
              </ol>
            </EuiText>
          </div>
        ))}
        <EuiButton size="s" color="warning" onClick={onDismiss} data-test-subj="removalFollowUpDone">
          Done
        </EuiButton>
      </EuiPanel>
      <EuiSpacer size="m" />
    </>
  );
}

/**
 * A key the console made for this alias: its metadata names the alias and, for keys made since the local cluster was
 * recorded too, this local cluster (a key another local cluster uses under the same alias is not offered).
 */
function madeForThisRemote(key: CrossClusterApiKey, alias: string, homeClusterId: string): boolean {
  const local = key.metadata.localCluster;
  return key.metadata.alias === alias && (local === undefined || local === homeClusterId);
}

function keyStep(alias: string, signedInElsewhere: RegisteredClusterView[], homeClusterId: string): Step {
  return {
    title: 'Invalidate its cross-cluster API key on the remote cluster',
    children:
      signedInElsewhere.length === 0 ? (
        <EuiText size="s">
          <TextWithConsoleLinks
            text={
              'Sign in to the remote cluster (the cluster menu in the header) to find the key made for this alias ' +
              'here, or invalidate it on /api-keys.'
            }
          />
        </EuiText>
      ) : (
        <>
          <EuiText size="s" color="subdued">
            <p>
              Keys the console made for this alias say so in their metadata (alias &quot;{alias}&quot;). Keys made
              elsewhere are on the API keys page.
            </p>
          </EuiText>
          <EuiSpacer size="s" />
          {signedInElsewhere.map((cluster) => (
            <AliasKeysCleanup
              key={cluster.id}
              cluster={cluster}
              matches={(key) => madeForThisRemote(key, alias, homeClusterId)}
              madeFor={alias}
              toastTitle={`Invalidated the key made for ${alias} on ${cluster.displayName}`}
              testSubj="removalKeyCleanup"
            />
          ))}
        </>
      ),
  };
}

function keystoreStep(alias: string, home: RegisteredClusterView | undefined): Step {
  return {
    title: `Take its credentials out of ${home?.displayName ?? 'this cluster'}'s keystore`,
    children: <KeystoreRemoval alias={alias} registered={home?.deployment ?? undefined} />,
  };
}

/** The steps for where the cluster runs: the registry's word when there is one, else the person's choice. */
function KeystoreRemoval({ alias, registered }: { alias: string; registered: RemovalDeployment | undefined }) {
  const [chosen, setChosen] = useState<DeploymentType>(registered?.type ?? 'self-managed');
  const selectId = useId();
  const deployment: RemovalDeployment = registered?.type === chosen ? registered : { type: chosen };
  return (
    <>
      <EuiFormRow label="Where it runs" display="columnCompressed">
        <EuiSelect
          id={selectId}
          compressed
          options={DEPLOYMENT_TYPES.map((type) => ({ value: type, text: DEPLOYMENT_TYPE_LABELS[type] }))}
          value={chosen}
          onChange={(event) => setChosen(event.target.value as DeploymentType)}
          data-test-subj="removalKeystoreWhere"
        />
      </EuiFormRow>
      <EuiSpacer size="s" />
      <ol data-test-subj="removalKeystoreSteps">
        {keystoreRemovalSteps(alias, deployment).map((step) => (
          <li key={step.text}>
            <EuiText size="s">
              <p>{step.text}</p>
            </EuiText>
            {step.code && (
              <CodeBlock isCopyable language={step.language} fontSize="s" paddingSize="s">
                {step.code}
              </CodeBlock>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
