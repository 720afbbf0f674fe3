'use client';
import { CodeBlock } from '@/components/shared/code-block';
import { EuiCallOut, EuiSpacer } from '@elastic/eui';

/** A new key's encoded value, on screen for this visit only, with the warning that says so. */
export function OneTimeKey({
  encoded,
  title,
  testSubj,
  calloutTestSubj,
}: {
  encoded: string;
  title: string;
  testSubj: string;
  calloutTestSubj?: string;
}) {
  return (
    <>
      <EuiCallOut color="warning" iconType="key" size="s" title={title} data-test-subj={calloutTestSubj} />
      <EuiSpacer size="s" />
      <CodeBlock
        isCopyable
        language="text"
        fontSize="s"
        paddingSize="s"
        data-test-subj={testSubj}
        aria-label="Encoded cross-cluster API key"
      >
        {encoded}
      </CodeBlock>
    </>
  );
}
