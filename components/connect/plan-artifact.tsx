'use client';
import { CodeBlock } from '@/components/shared/code-block';
import { EuiCallOut, EuiSpacer, EuiText } from '@elastic/eui';
import type { Artifact } from '@/lib/connection-plan/model';

const LANGUAGES: Record<Artifact['kind'], string> = {
  'elasticsearch-yml': 'yaml',
  'kubernetes-manifest': 'yaml',
  shell: 'bash',
  'cloud-api-request': 'json',
  'cluster-settings': 'json',
  'console-action': 'text',
};

/** What a person copies: the text itself, or the request line and its JSON body. */
export function artifactText(artifact: Artifact): string {
  switch (artifact.kind) {
    case 'cloud-api-request': {
      const { method, baseUrl, path, body } = artifact.content;
      return `${method} ${baseUrl}${path}${body === undefined ? '' : `\n${JSON.stringify(body, null, 2)}`}`;
    }
    case 'cluster-settings':
      return `PUT _cluster/settings\n${JSON.stringify(artifact.content, null, 2)}`;
    case 'console-action':
      return artifact.content.description;
    default:
      return artifact.content;
  }
}

/** One artifact of a plan step, copyable; what the console does itself is said, not offered to copy. */
export function PlanArtifact({ artifact, testSubj }: { artifact: Artifact; testSubj: string }) {
  if (artifact.kind === 'console-action') {
    return (
      <EuiCallOut size="s" color="primary" iconType="gear" title={artifact.title} data-test-subj={testSubj}>
        <p>{artifact.content.description}</p>
      </EuiCallOut>
    );
  }
  return (
    <div data-test-subj={testSubj} data-artifact-kind={artifact.kind}>
      <EuiText size="xs">
        <strong>{artifact.title}</strong>
      </EuiText>
      <EuiSpacer size="xs" />
      <CodeBlock
        isCopyable
        language={LANGUAGES[artifact.kind]}
        fontSize="s"
        paddingSize="s"
        overflowHeight={360}
        aria-label={artifact.title}
      >
        {artifactText(artifact)}
      </CodeBlock>
    </div>
  );
}
