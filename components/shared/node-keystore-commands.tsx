'use client';
import { CodeBlock } from '@/components/shared/code-block';
import { EuiText } from '@elastic/eui';
import type { NodeKeystoreCommand } from '@/lib/cross-cluster-api-keys/keystore-commands';

/** The keystore command for each node of a self-managed cluster, one copyable block per node. */
export function NodeKeystoreCommands({
  nodes,
  testSubj,
}: {
  nodes: NodeKeystoreCommand[];
  testSubj: (nodeName: string) => string;
}) {
  return (
    <>
      {nodes.map((node) => (
        <div key={node.nodeName} data-test-subj={testSubj(node.nodeName)}>
          <EuiText size="xs">
            <strong>{node.nodeName}</strong>
          </EuiText>
          <CodeBlock isCopyable language="bash" fontSize="s" paddingSize="s">
            {node.command}
          </CodeBlock>
        </div>
      ))}
    </>
  );
}
