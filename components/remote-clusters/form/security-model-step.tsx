'use client';
import { CodeBlock } from '@/components/shared/code-block';
import { EuiCheckableCard, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import type { SecurityModel } from '@/lib/remote-clusters/model';
import { DeploymentGuidance } from './deployment-guidance';

interface Props {
  localClusterId: string;
  value: SecurityModel;
  name: string;
  onChange: (model: SecurityModel) => void;
}

const MODEL_CHOICES: { model: SecurityModel; label: string; summary: string; testSubj: string }[] = [
  {
    model: 'api_key',
    label: 'API key (recommended)',
    summary:
      'A cross-cluster API key made on the remote bounds what this cluster ' +
      'may do there. Connects to the remote cluster server (port 9443).',
    testSubj: 'securityModelApiKey',
  },
  {
    model: 'certificate',
    label: 'Certificate (deprecated)',
    summary:
      'Mutual TLS on the transport port (9300). Roles are matched ' +
      'by name on the remote. Deprecated since Elasticsearch 9.0.',
    testSubj: 'securityModelCertificate',
  },
];

/** The choice only guides: Elasticsearch uses the API-key model when the keystore holds the alias's credentials. */
export function SecurityModelStep({ localClusterId, value, name, onChange }: Props) {
  const alias = name.trim() || '<name>';
  return (
    <>
      <EuiFlexGroup>
        {MODEL_CHOICES.map((choice) => (
          <EuiFlexItem key={choice.model}>
            <EuiCheckableCard
              id={choice.testSubj}
              label={<strong>{choice.label}</strong>}
              checkableType="radio"
              name="securityModel"
              checked={value === choice.model}
              onChange={() => onChange(choice.model)}
              data-test-subj={choice.testSubj}
            >
              <EuiText size="s" color="subdued">
                {choice.summary}
              </EuiText>
            </EuiCheckableCard>
          </EuiFlexItem>
        ))}
      </EuiFlexGroup>
      <EuiSpacer />
      <EuiTitle size="xs">
        <h3>Before you connect</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
      {value === 'api_key' ? (
        // Setting names are one long word: they break anywhere rather than widen a phone's page.
        <EuiText size="s" style={{ overflowWrap: 'anywhere' }} data-test-subj="securityModelApiKeyGuidance">
          <ol>
            <li>
              On the remote: enable the remote cluster server (<code>remote_cluster_server.enabled: true</code>, TLS on
              port 9443).
            </li>
            <li>
              On the remote: an administrator creates a cross-cluster API key (
              <code>POST /_security/cross_cluster/api_key</code>).
            </li>
            <li>
              Here: make every node trust the remote&apos;s CA (
              <code>xpack.security.remote_cluster_client.ssl.certificate_authorities</code>), then add the key to every
              node&apos;s keystore and reload:
            </li>
          </ol>
          <CodeBlock language="bash" isCopyable paddingSize="s" data-test-subj="securityModelKeystoreCommand">
            {`bin/elasticsearch-keystore add cluster.remote.${alias}.credentials\ncurl ` +
              `-X POST "$ES_URL/_nodes/reload_secure_settings"`}
          </CodeBlock>
        </EuiText>
      ) : (
        <EuiText size="s" data-test-subj="securityModelCertificateGuidance">
          <ol>
            <li>
              Both clusters enable TLS on the transport layer and trust each other&apos;s certificate authority (mutual
              TLS).
            </li>
            <li>Use the remote&apos;s transport port (9300 by default), not its HTTP port.</li>
            <li>Create, on the remote, roles with the same names as the local roles that search it.</li>
          </ol>
        </EuiText>
      )}
      <EuiSpacer />
      <DeploymentGuidance localClusterId={localClusterId} securityModel={value} name={name} />
    </>
  );
}
