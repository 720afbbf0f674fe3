'use client';
import { useState } from 'react';
import { EuiButton, EuiFormRow, EuiSpacer, EuiTabbedContent, EuiTextArea } from '@elastic/eui';
import { idOfEncodedKey, type ConnectProgress, type KeyRecord } from '@/lib/connect/progress';
import { useApiAction } from '@/components/api/use-api-action';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import type { CreatedApiKey } from '../api-keys/created-key-modal';
import { KeyForm } from '../api-keys/form/key-form';
import { OneTimeKey } from '@/components/shared/one-time-key';

interface Props {
  progress: ConnectProgress;
  /** The remote's administrator's password typed at its sign-in, kept in memory only for this request. */
  remotePassword: string | undefined;
  onCreated: (key: KeyRecord, encoded: string) => void;
  onPasted: (key: KeyRecord, encoded: string) => void;
  /** The key made in this visit, shown here once it exists, with the way on. */
  created: { name: string; encoded: string } | undefined;
  onContinue: () => void;
}

/** The second step: a cross-cluster API key, created on the remote as its administrator, or pasted from elsewhere. */
export function KeyStep({ progress, remotePassword, onCreated, onPasted, created, onContinue }: Props) {
  const remote = progress.remote?.kind === 'registered' ? progress.remote : null;
  if (created) {
    return (
      <div data-test-subj="connectKeyStep">
        <OneTimeKey
          encoded={created.encoded}
          title={`Key "${created.name}" created: copy it now, it is shown for this visit only.`}
          testSubj="connectKeyCreated"
        />
        <EuiSpacer />
        <EuiButton
          fill
          iconType="chevronSingleRight"
          iconSide="right"
          onClick={onContinue}
          data-test-subj="connectKeyContinue"
        >
          Continue to the keystore
        </EuiButton>
      </div>
    );
  }
  const tabs = [
    ...(remote
      ? [
          {
            id: 'create',
            name: `Create on ${remote.displayName}`,
            'data-test-subj': 'connectKeyCreateTab',
            content: <CreateKey {...{ progress, remotePassword, onCreated }} clusterId={remote.clusterId} />,
          },
        ]
      : []),
    {
      id: 'paste',
      name: 'Paste a key made elsewhere',
      'data-test-subj': 'connectKeyPasteTab',
      content: <PasteKey onPasted={onPasted} />,
    },
  ];
  return (
    <div data-test-subj="connectKeyStep">
      <EuiTabbedContent tabs={tabs} autoFocus="selected" />
    </div>
  );
}

function CreateKey({
  clusterId,
  progress,
  remotePassword,
  onCreated,
}: Pick<Props, 'progress' | 'remotePassword' | 'onCreated'> & { clusterId: string }) {
  const remote = progress.remote?.kind === 'registered' ? progress.remote : null;
  const write = useApiAction<unknown, CreatedApiKey | CrossClusterApiKey>('POST');
  return (
    <div data-test-subj="connectKeyCreate">
      <KeyForm
        formId="connectKeyForm"
        clusterId={clusterId}
        clusterDisplayName={remote?.displayName ?? 'the remote'}
        start={{
          name: `${progress.alias}-cross-cluster`,
          searchPatterns: ['logs-*'],
          // Which local cluster the key is for, beside the alias: two local clusters may use the same alias, and a
          // clean-up after removing one must not offer the other's key.
          metadata: { alias: progress.alias, localCluster: progress.localClusterId },
        }}
        knownPassword={remotePassword}
        write={write}
        submitButton={{ label: 'Create the key', testSubj: 'connectKeyCreateButton' }}
        onCreated={(created, searchPatterns) =>
          onCreated({ id: created.id, name: created.name, source: 'created', searchPatterns }, created.encoded)
        }
      />
    </div>
  );
}

function PasteKey({ onPasted }: Pick<Props, 'onPasted'>) {
  const [encoded, setEncoded] = useState('');
  const [showError, setShowError] = useState(false);
  const result = idOfEncodedKey(encoded);
  const error = 'error' in result ? `The key ${result.error}.` : undefined;
  return (
    <div data-test-subj="connectKeyPaste">
      <EuiSpacer />
      <EuiFormRow
        label="Encoded cross-cluster API key"
        helpText={
          "The encoded value the remote's administrator gave you. It " +
          'stays in this browser: the console never sends it anywhere.'
        }
        isInvalid={showError && Boolean(error)}
        error={error}
      >
        <EuiTextArea
          value={encoded}
          onChange={(event) => setEncoded(event.target.value)}
          rows={3}
          aria-label="Encoded cross-cluster API key"
          data-test-subj="connectKeyPasteInput"
        />
      </EuiFormRow>
      <EuiButton
        fill
        onClick={() => {
          setShowError(true);
          if ('id' in result)
            onPasted({ id: result.id, name: '(made elsewhere)', source: 'pasted', searchPatterns: [] }, encoded.trim());
        }}
        data-test-subj="connectKeyPasteButton"
      >
        Use this key
      </EuiButton>
    </div>
  );
}
