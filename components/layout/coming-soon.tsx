'use client';
import { EuiEmptyPrompt, EuiPageTemplate } from '@elastic/eui';

/** A section whose page is planned but not built yet: says what it will do, instead of a blank page. */
export function ComingSoon({ title, iconType, description, testSubj }: { title: string; iconType: string; description: string; testSubj: string }) {
  return (
    <>
      <EuiPageTemplate.Header pageTitle={title} data-test-subj={`${testSubj}Header`} />
      <EuiPageTemplate.Section>
        <EuiEmptyPrompt iconType={iconType} title={<h2>Coming soon</h2>} body={<p>{description}</p>} data-test-subj={`${testSubj}ComingSoon`} />
      </EuiPageTemplate.Section>
    </>
  );
}
