'use client';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import { useApiAction } from '@/components/api/use-api-action';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import type { CreatedApiKey } from '../created-key-modal';
import { KeyForm } from './key-form';
import { visibleText } from '@/lib/validation/plain-text';

interface Props {
  /** The cluster the key is on (the remote side). */
  clusterId: string;
  clusterDisplayName: string;
  /** The key to edit; absent to create one. */
  apiKey?: CrossClusterApiKey;
  onClose: () => void;
  onCreated: (created: CreatedApiKey) => void;
  onSaved: () => void;
}

/** Create and edit on the API keys page: the one key form, in a flyout whose footer submits it. */
export function KeyFlyout({ clusterId, clusterDisplayName, apiKey, onClose, onCreated, onSaved }: Props) {
  const write = useApiAction<unknown, CreatedApiKey | CrossClusterApiKey>(apiKey ? 'PUT' : 'POST');
  const title = apiKey ? `Edit cross-cluster API key "${visibleText(apiKey.name)}"` : 'Create a cross-cluster API key';
  return (
    <EuiFlyout
      onClose={onClose}
      size="m"
      ownFocus
      aria-labelledby="apiKeysFlyoutTitle"
      data-test-subj={apiKey ? 'apiKeysEditFlyout' : 'apiKeysCreateFlyout'}
      closeButtonProps={{ 'aria-label': 'Close', 'data-test-subj': 'apiKeysFlyoutClose' }}
    >
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id="apiKeysFlyoutTitle">{title}</h2>
        </EuiTitle>
        <EuiSpacer size="s" />
        <EuiText size="s" color="subdued">
          <p>
            {apiKey
              ? `On ${clusterDisplayName}. The new access replaces the current one as a whole.`
              : `On ${clusterDisplayName}, the cluster that will be ` +
                `searched. The local cluster then connects with the key.`}
          </p>
        </EuiText>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        <KeyForm
          formId="apiKeysKeyForm"
          clusterId={clusterId}
          clusterDisplayName={clusterDisplayName}
          apiKey={apiKey}
          write={write}
          onCreated={onCreated}
          onSaved={onSaved}
        />
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose} data-test-subj="apiKeysFlyoutCancel">
              Cancel
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButton
              fill
              type="submit"
              form="apiKeysKeyForm"
              iconType="check"
              isLoading={write.isMutating}
              data-test-subj="apiKeysFlyoutSubmit"
            >
              {apiKey ? 'Save changes' : 'Create key'}
            </EuiButton>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}
