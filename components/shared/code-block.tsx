'use client';
import type { ReactNode } from 'react';
import { EuiButtonIcon, EuiCopy, EuiPanel, useEuiTheme } from '@elastic/eui';

interface Props {
  children: ReactNode;
  /** What the text is (bash, json, text): said to assistive technology and in the markup, not coloured. */
  language?: string;
  isCopyable?: boolean;
  paddingSize?: 's' | 'm';
  fontSize?: 's' | 'm';
  /** Taller content scrolls inside the block. */
  overflowHeight?: number;
  whiteSpace?: 'pre' | 'pre-wrap';
  'aria-label'?: string;
  'data-test-subj'?: string;
}

/**
 * Commands, requests and artifacts as copyable text. EUI's code block colours them through Prism with every
 * language it knows, about 225 KiB of JavaScript on each page that shows one; the console's snippets are short
 * bash, JSON and YAML that read as well uncoloured.
 */
export function CodeBlock(props: Props) {
  const { children, language = 'text', isCopyable, paddingSize = 's', fontSize = 's', overflowHeight } = props;
  const { euiTheme } = useEuiTheme();
  const text = typeof children === 'string' ? children : '';
  return (
    <EuiPanel
      color="subdued"
      hasBorder={false}
      hasShadow={false}
      paddingSize={paddingSize}
      css={{ position: 'relative' }}
      data-test-subj={props['data-test-subj']}
    >
      {isCopyable && text && (
        <div style={{ position: 'absolute', top: 4, right: 4 }}>
          <EuiCopy textToCopy={text}>
            {(copy) => (
              <EuiButtonIcon
                iconType="copy"
                size="xs"
                onClick={copy}
                aria-label="Copy"
                data-test-subj="codeBlockCopy"
              />
            )}
          </EuiCopy>
        </div>
      )}
      <pre
        // It scrolls when a line is wider than the block (often on a phone): keyboard users must reach it too.
        tabIndex={0}
        aria-label={props['aria-label']}
        data-code-language={language}
        style={{
          margin: 0,
          paddingRight: isCopyable ? 28 : 0,
          maxHeight: overflowHeight,
          overflow: 'auto',
          whiteSpace: props.whiteSpace ?? 'pre',
          fontFamily: euiTheme.font.familyCode,
          fontSize: fontSize === 's' ? euiTheme.size.m : euiTheme.size.base,
          lineHeight: 1.5,
        }}
      >
        <code>{children}</code>
      </pre>
    </EuiPanel>
  );
}
