'use client';
import {
  EuiAccordion,
  EuiButtonGroup,
  EuiComboBox,
  EuiFieldNumber,
  EuiFieldText,
  EuiFormRow,
  EuiSelect,
  EuiSpacer,
  EuiSwitch,
} from '@elastic/eui';
import { cloudProxyConnection } from '@/lib/remote-clusters/cloud-address';
import type { RemoteClusterFormValues } from '@/lib/remote-clusters/form-values';
import {
  API_KEY_MODEL_PORT,
  CERTIFICATE_MODEL_PORT,
  DEFAULT_NODE_CONNECTIONS,
  DEFAULT_PROXY_SOCKET_CONNECTIONS,
} from '@/lib/remote-clusters/model';

interface Props {
  values: RemoteClusterFormValues;
  errors: Record<string, string>;
  isEdit: boolean;
  cloudAddress: string | undefined;
  onCloudAddressChange: (address: string | undefined) => void;
  onChange: (patch: Partial<RemoteClusterFormValues>) => void;
  /** The person left a field: its errors show from now on. */
  onBlur: (field: keyof RemoteClusterFormValues) => void;
}

/** The first error among "seeds" and "seeds.N", with the address it is about. */
function seedsError(values: RemoteClusterFormValues, errors: Record<string, string>): string | undefined {
  if (errors.seeds) return errors.seeds;
  const index = values.seeds.findIndex((_, i) => errors[`seeds.${i}`]);
  return index < 0 ? undefined : `${values.seeds[index]}: ${errors[`seeds.${index}`]}`;
}

export function ConnectionStep(props: Props) {
  const { values, errors, isEdit, cloudAddress, onCloudAddressChange, onChange, onBlur } = props;
  const port = values.securityModel === 'api_key' ? API_KEY_MODEL_PORT : CERTIFICATE_MODEL_PORT;
  const seedError = seedsError(values, errors);
  // Elastic Cloud's proxy takes the API-key model on 9443 and the certificate model on 9400.
  const cloudPort = values.securityModel === 'api_key' ? 9443 : 9400;
  const cloud = cloudAddress === undefined ? undefined : cloudProxyConnection(cloudAddress, values.securityModel);
  const cloudError = cloud && 'error' in cloud && cloudAddress !== '' ? cloud.error : undefined;

  function applyCloudAddress(address: string) {
    onCloudAddressChange(address);
    const connection = cloudProxyConnection(address, values.securityModel);
    if (!('error' in connection)) onChange({ ...connection, mode: 'proxy' });
  }

  return (
    <>
      <EuiFormRow
        label="Name"
        helpText={
          isEdit
            ? 'The name cannot change: it is the alias searches use.'
            : 'The alias in searches, as in my_remote:logs-*. Letters, digits, "_" and "-".'
        }
        isInvalid={!!errors.name}
        error={errors.name}
      >
        <EuiFieldText
          value={values.name}
          disabled={isEdit}
          isInvalid={!!errors.name}
          onChange={(event) => onChange({ name: event.target.value })}
          onBlur={() => onBlur('name')}
          data-test-subj="remoteClusterFormName"
          aria-label="Name"
        />
      </EuiFormRow>
      <EuiFormRow label="Elastic Cloud">
        <EuiSwitch
          label="The remote is an Elastic Cloud deployment"
          checked={cloudAddress !== undefined}
          onChange={(event) => onCloudAddressChange(event.target.checked ? '' : undefined)}
          data-test-subj="remoteClusterFormCloudSwitch"
        />
      </EuiFormRow>
      {cloudAddress !== undefined && (
        <EuiFormRow
          label="Remote address from the deployment's Security page"
          helpText={`Fills the proxy address (port ` + `${cloudPort}) and the server name.`}
          isInvalid={!!cloudError}
          error={cloudError}
        >
          <EuiFieldText
            value={cloudAddress}
            isInvalid={!!cloudError}
            placeholder={`my-deployment.es.us-east-1.aws.found.io:${cloudPort}`}
            onChange={(event) => applyCloudAddress(event.target.value)}
            data-test-subj="remoteClusterFormCloudAddress"
            aria-label="Elastic Cloud remote address"
          />
        </EuiFormRow>
      )}
      <EuiFormRow
        label="Connection mode"
        helpText={
          values.mode === 'sniff'
            ? "Connects to the seeds, discovers the remote's nodes and connects to several of them."
            : "Connects through one address, such as a load balancer or Elastic Cloud's proxy."
        }
      >
        <EuiButtonGroup
          legend="Connection mode"
          idSelected={values.mode}
          onChange={(id) => onChange({ mode: id as RemoteClusterFormValues['mode'] })}
          options={[
            { id: 'sniff', label: 'Sniff', 'data-test-subj': 'remoteClusterFormModeSniff' },
            { id: 'proxy', label: 'Proxy', 'data-test-subj': 'remoteClusterFormModeProxy' },
          ]}
          data-test-subj="remoteClusterFormMode"
        />
      </EuiFormRow>
      {values.mode === 'sniff' ? (
        <>
          <EuiFormRow
            label="Seeds"
            helpText={
              `Type host:port and press Enter; port ${port} for the ` +
              `${values.securityModel === 'api_key' ? 'remote cluster server' : 'transport layer'}.`
            }
            isInvalid={!!seedError}
            error={seedError}
          >
            <EuiComboBox
              noSuggestions
              placeholder={`host:${port}`}
              selectedOptions={values.seeds.map((seed) => ({ label: seed }))}
              onCreateOption={(seed) => {
                onChange({ seeds: [...values.seeds, seed.trim()] });
                // A seed typed and entered is checked at once.
                onBlur('seeds');
              }}
              onBlur={() => onBlur('seeds')}
              onChange={(options) => onChange({ seeds: options.map((option) => option.label) })}
              isInvalid={!!seedError}
              data-test-subj="remoteClusterFormSeeds"
              aria-label="Seeds"
            />
          </EuiFormRow>
          <EuiFormRow
            label="Node connections"
            helpText={`How many remote nodes to connect to (default ${DEFAULT_NODE_CONNECTIONS}).`}
            isInvalid={!!errors.nodeConnections}
            error={errors.nodeConnections}
          >
            <EuiFieldNumber
              value={values.nodeConnections}
              placeholder={String(DEFAULT_NODE_CONNECTIONS)}
              min={1}
              isInvalid={!!errors.nodeConnections}
              onChange={(event) => onChange({ nodeConnections: event.target.value })}
              onBlur={() => onBlur('nodeConnections')}
              data-test-subj="remoteClusterFormNodeConnections"
              aria-label="Node connections"
            />
          </EuiFormRow>
        </>
      ) : (
        <>
          <EuiFormRow
            label="Proxy address"
            helpText={
              `host:port; port ${port} for the ` +
              `${values.securityModel === 'api_key' ? 'remote cluster server' : 'transport layer'}.`
            }
            isInvalid={!!errors.proxyAddress}
            error={errors.proxyAddress}
          >
            <EuiFieldText
              value={values.proxyAddress}
              placeholder={`host:${port}`}
              isInvalid={!!errors.proxyAddress}
              onChange={(event) => onChange({ proxyAddress: event.target.value })}
              onBlur={() => onBlur('proxyAddress')}
              data-test-subj="remoteClusterFormProxyAddress"
              aria-label="Proxy address"
            />
          </EuiFormRow>
          <EuiFormRow
            label="Server name (optional)"
            helpText="The TLS server name the proxy routes by, when it differs from the address's host."
            isInvalid={!!errors.serverName}
            error={errors.serverName}
          >
            <EuiFieldText
              value={values.serverName}
              isInvalid={!!errors.serverName}
              onChange={(event) => onChange({ serverName: event.target.value })}
              onBlur={() => onBlur('serverName')}
              data-test-subj="remoteClusterFormServerName"
              aria-label="Server name"
            />
          </EuiFormRow>
          <EuiFormRow
            label="Socket connections"
            helpText={`Connections to open through the proxy (default ${DEFAULT_PROXY_SOCKET_CONNECTIONS}).`}
            isInvalid={!!errors.proxySocketConnections}
            error={errors.proxySocketConnections}
          >
            <EuiFieldNumber
              value={values.proxySocketConnections}
              placeholder={String(DEFAULT_PROXY_SOCKET_CONNECTIONS)}
              min={1}
              isInvalid={!!errors.proxySocketConnections}
              onChange={(event) => onChange({ proxySocketConnections: event.target.value })}
              onBlur={() => onBlur('proxySocketConnections')}
              data-test-subj="remoteClusterFormSocketConnections"
              aria-label="Socket connections"
            />
          </EuiFormRow>
        </>
      )}
      <EuiFormRow
        helpText={
          'Searches that include this remote still succeed, ' + 'without its results, when it cannot be reached.'
        }
      >
        <EuiSwitch
          label="Skip if unavailable"
          checked={values.skipUnavailable}
          onChange={(event) => onChange({ skipUnavailable: event.target.checked })}
          data-test-subj="remoteClusterFormSkipUnavailable"
        />
      </EuiFormRow>
      <EuiSpacer size="m" />
      <EuiAccordion
        id="remoteClusterAdvanced"
        buttonContent="Advanced options"
        buttonProps={{ 'data-test-subj': 'remoteClusterFormAdvanced' }}
        initialIsOpen={!!(errors.transportPingSchedule || errors.transportCompress)}
      >
        <EuiSpacer size="s" />
        <EuiFormRow label="Compression" isInvalid={!!errors.transportCompress} error={errors.transportCompress}>
          <EuiSelect
            value={values.transportCompress}
            onChange={(event) =>
              onChange({ transportCompress: event.target.value as RemoteClusterFormValues['transportCompress'] })
            }
            options={[
              { value: 'default', text: "Default (the cluster's transport.compress)" },
              { value: 'true', text: 'Compress everything' },
              { value: 'indexing_data', text: 'Compress indexing data only' },
              { value: 'false', text: 'Do not compress' },
            ]}
            data-test-subj="remoteClusterFormCompress"
            aria-label="Compression"
          />
        </EuiFormRow>
        <EuiFormRow
          label="Ping schedule"
          helpText="How often to ping the remote to keep connections open, such as 30s; -1 disables it."
          isInvalid={!!errors.transportPingSchedule}
          error={errors.transportPingSchedule}
        >
          <EuiFieldText
            value={values.transportPingSchedule}
            placeholder="Default"
            isInvalid={!!errors.transportPingSchedule}
            onChange={(event) => onChange({ transportPingSchedule: event.target.value })}
            onBlur={() => onBlur('transportPingSchedule')}
            data-test-subj="remoteClusterFormPingSchedule"
            aria-label="Ping schedule"
          />
        </EuiFormRow>
      </EuiAccordion>
    </>
  );
}
