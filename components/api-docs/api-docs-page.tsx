'use client';
import { CodeBlock } from '@/components/shared/code-block';
import { useBreadcrumbs } from '@/components/layout/breadcrumbs';
import { Fragment, type ReactNode } from 'react';
import {
  EuiAccordion,
  EuiButton,
  EuiDescriptionList,
  EuiPageTemplate,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import { OperationPanel } from './operation-panel';
import type { ApiDocsView } from './view';

/** `code` and **bold** in the document's descriptions, nothing more (no markdown library for two marks). */
export function formatted(text: string): ReactNode[] {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/g).map((part, index) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1)
      return <code key={index}>{part.slice(1, -1)}</code>;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 3)
      return <strong key={index}>{part.slice(2, -2)}</strong>;
    return <Fragment key={index}>{part}</Fragment>;
  });
}

export function ApiDocsPage({ view }: { view: ApiDocsView }) {
  const breadcrumbs = useBreadcrumbs({ text: 'REST API' });
  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="REST API"
        breadcrumbs={breadcrumbs}
        description={`${view.title} ${view.version}: the routes the console's pages use, for tools and scripts.`}
        rightSideItems={[
          <EuiButton
            key="download"
            href="/api/openapi.json"
            target="_blank"
            iconType="download"
            data-test-subj="apiDocsDownload"
            aria-label="openapi.json: open the OpenAPI document"
          >
            openapi.json
          </EuiButton>,
        ]}
        data-test-subj="apiDocsHeader"
      />
      <EuiPageTemplate.Section>
        <EuiText size="s" data-test-subj="apiDocsDescription">
          {view.description.split('\n\n').map((paragraph, index) => (
            <p key={index}>{formatted(paragraph)}</p>
          ))}
        </EuiText>
        <EuiSpacer />
        <EuiTitle size="xs">
          <h2>Authentication</h2>
        </EuiTitle>
        <EuiDescriptionList
          compressed
          type="column"
          listItems={view.securitySchemes.map((scheme) => ({
            title: scheme.name,
            description: formatted(scheme.description),
          }))}
          data-test-subj="apiDocsSecuritySchemes"
        />
        {view.groups.map((group) => (
          <Fragment key={group.tag}>
            <EuiSpacer size="l" />
            <EuiTitle size="s">
              <h2>{group.tag}</h2>
            </EuiTitle>
            <EuiSpacer size="s" />
            {group.operations.map((operation) => (
              <OperationPanel key={operation.key} operation={operation} />
            ))}
          </Fragment>
        ))}
        <EuiSpacer size="l" />
        <EuiTitle size="s">
          <h2>Schemas</h2>
        </EuiTitle>
        <EuiSpacer size="s" />
        {view.schemas.map((schema) => (
          <EuiAccordion
            key={schema.name}
            id={`schema-${schema.name}`}
            buttonContent={<code>{schema.name}</code>}
            // Named by what it shows (axe: label-content-name-mismatch); the Schemas heading gives the context.
            buttonProps={{ 'data-test-subj': `apiDocsSchema-${schema.name}-toggle` }}
            paddingSize="s"
            data-test-subj={`apiDocsSchema-${schema.name}`}
          >
            <CodeBlock language="json" fontSize="s" paddingSize="s" isCopyable overflowHeight={400}>
              {schema.json}
            </CodeBlock>
          </EuiAccordion>
        ))}
      </EuiPageTemplate.Section>
    </>
  );
}
