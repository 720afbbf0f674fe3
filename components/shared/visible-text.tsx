import { Fragment } from 'react';
import { visibleParts } from '@/lib/validation/plain-text';

/**
 * A name or description from Elasticsearch, with every invisible or text-reversing character shown as its escape
 * (\u202E) and marked, so a name cannot pass for another.
 */
export function VisibleText({ text }: { text: string }) {
  const parts = visibleParts(text);
  if (parts.length === 1 && !parts[0]?.escaped) return <>{text}</>;
  return (
    <>
      {parts.map((part, index) =>
        part.escaped ? (
          <mark
            key={index}
            title="A hidden or text-reversing character, shown as its code"
            style={{ fontFamily: 'monospace', background: 'rgba(189, 39, 30, 0.15)', color: 'inherit' }}
            data-test-subj="hiddenCharacter"
          >
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
