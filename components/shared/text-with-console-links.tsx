'use client';
import { useRouter } from 'next/navigation';
import { EuiLink } from '@elastic/eui';
import { splitConsolePaths } from '@/lib/console-paths';

/** Advice text whose console paths (such as /remote-clusters/migrate/legacy) are links to those pages. */
export function TextWithConsoleLinks({ text }: { text: string }) {
  const router = useRouter();
  return (
    <>
      {splitConsolePaths(text).map((part, index) => {
        const { path } = part;
        if (!path) return <span key={index}>{part.text}</span>;
        return (
          <EuiLink
            key={index}
            href={path}
            onClick={(event) => {
              // A new tab or window keeps the browser's own handling.
              if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
              event.preventDefault();
              router.push(path);
            }}
            data-test-subj="consolePathLink"
          >
            {part.text}
          </EuiLink>
        );
      })}
    </>
  );
}
