'use client';
import { useRouter } from 'next/navigation';
import { EuiLink } from '@elastic/eui';
import { splitConsolePaths } from '@/lib/console-paths';
import { onPlainClick } from './app-link-click';

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
            onClick={onPlainClick(() => router.push(path))}
            data-test-subj="consolePathLink"
          >
            {part.text}
          </EuiLink>
        );
      })}
    </>
  );
}
