'use client';
import { useState } from 'react';
import { EuiButton, EuiCallOut, EuiFieldText, EuiFormRow, EuiSelect, EuiSpacer, EuiSwitch } from '@elastic/eui';
import type { ConnectProgress } from '@/lib/connect/progress';
import { useApiAction } from '@/components/api/use-api-action';
import { remoteClusterCreateSchema } from '@/lib/remote-clusters/schema';
import { fieldErrors } from '@/lib/validation/field-errors';
import { apiPath } from '@/lib/api/paths';

interface Props {
  localClusterId: string;
  progress: ConnectProgress;
  /** The remote cluster server's address as the remote reports it, when the console could read it. */
  suggestedAddress: string | undefined;
  onRegistered: (mode: 'sniff' | 'proxy', address: string) => void;
}

/** Step d: the remote's definition on the local cluster, pointed at the remote cluster server (9443 by default). */
export function RegisterStep({ localClusterId, progress, suggestedAddress, onRegistered }: Props) {
  const typed = progress.remote?.kind === 'address' ? progress.remote.address : undefined;
  const [mode, setMode] = useState<'sniff' | 'proxy'>('sniff');
  // Untouched, the field follows the suggestion, which arrives after mount when the flow was resumed.
  const [typedAddress, setAddress] = useState<string>();
  const address = typedAddress ?? typed ?? suggestedAddress ?? '';
  const [serverName, setServerName] = useState('');
  const [skipUnavailable, setSkipUnavailable] = useState(true);
  const [showErrors, setShowErrors] = useState(false);
  const list = apiPath('remoteClusters', { id: localClusterId });
  const registration = useApiAction<unknown, unknown>('POST', { invalidates: [list] });
  const serverError = registration.error;

  const body =
    mode === 'sniff'
      ? { name: progress.alias, mode, seeds: [address], skipUnavailable }
      : { name: progress.alias, mode, proxyAddress: address, ...(serverName ? { serverName } : {}), skipUnavailable };
  const parsed = remoteClusterCreateSchema.safeParse(body);
  const errors = { ...(serverError?.fields ?? {}), ...(parsed.success ? {} : fieldErrors(parsed.error)) };
  const addressError = showErrors ? (errors['seeds.0'] ?? errors.seeds ?? errors.proxyAddress) : undefined;
  const serverNameError = showErrors ? errors.serverName : undefined;

  async function register() {
    setShowErrors(true);
    if (!parsed.success) return;
    // A refusal stays in registration.error, shown above the fields.
    const registered = await registration.trigger({ url: list, body: parsed.data }).then(
      () => true,
      () => false,
    );
    if (registered) onRegistered(mode, address);
  }

  return (
    <div data-test-subj="connectRegisterStep">
      {serverError && (
        <EuiCallOut
          color="danger"
          iconType="error"
          size="s"
          data-test-subj="connectRegisterError"
          title={
            serverError.status === 409
              ? `${serverError.message} Go back to the first step and ` +
                `choose another alias, or edit the existing remote.`
              : serverError.message
          }
        />
      )}
      <EuiFormRow
        label="Connection mode"
        helpText={
          "Sniff connects to the remote's nodes directly; proxy goes " +
          'through one address (a load balancer, or Elastic Cloud).'
        }
      >
        <EuiSelect
          options={[
            { value: 'sniff', text: 'Sniff' },
            { value: 'proxy', text: 'Proxy' },
          ]}
          value={mode}
          onChange={(event) => setMode(event.target.value as 'sniff' | 'proxy')}
          data-test-subj="connectRegisterMode"
        />
      </EuiFormRow>
      <EuiFormRow
        label={mode === 'sniff' ? 'Seed (remote cluster server address)' : 'Proxy address'}
        helpText="host:port; the remote cluster server listens on 9443 by default, not the transport port."
        isInvalid={Boolean(addressError)}
        error={addressError}
      >
        <EuiFieldText
          value={address}
          onChange={(event) => setAddress(event.target.value.trim())}
          isInvalid={Boolean(addressError)}
          data-test-subj="connectRegisterAddress"
        />
      </EuiFormRow>
      {mode === 'proxy' && (
        <EuiFormRow
          label="Server name (optional)"
          helpText={
            "The TLS server name, when the remote's certificate is " +
            'issued for another name than the address (Elastic Cloud).'
          }
          isInvalid={Boolean(serverNameError)}
          error={serverNameError}
        >
          <EuiFieldText
            value={serverName}
            onChange={(event) => setServerName(event.target.value.trim())}
            data-test-subj="connectRegisterServerName"
          />
        </EuiFormRow>
      )}
      <EuiFormRow
        helpText={
          'When on, searches across clusters still answer with ' + "the other clusters' results if this one is down."
        }
      >
        <EuiSwitch
          label="Skip if unavailable"
          checked={skipUnavailable}
          onChange={(event) => setSkipUnavailable(event.target.checked)}
          data-test-subj="connectRegisterSkipUnavailable"
        />
      </EuiFormRow>
      <EuiSpacer />
      <EuiButton
        fill
        onClick={register}
        isLoading={registration.isMutating}
        iconType="plusCircle"
        data-test-subj="connectRegisterButton"
      >
        Register {progress.alias}
      </EuiButton>
    </div>
  );
}
