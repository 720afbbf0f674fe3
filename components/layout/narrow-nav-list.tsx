'use client';
import { usePathname, useRouter } from 'next/navigation';
import { EuiListGroup, EuiListGroupItem } from '@elastic/eui';
import { CONSOLE_SECTIONS } from './console-sections';

/** The phone menu's list of sections: loaded when the menu first opens (narrow-nav-menu.tsx). */
export function NarrowNavList({ onNavigate }: { onNavigate: () => void }) {
  const router = useRouter();
  const pathname = usePathname();
  return (
    <EuiListGroup aria-label="Console sections" data-test-subj="consoleNavMenuList">
      {CONSOLE_SECTIONS.map((section) => (
        <EuiListGroupItem
          key={section.path}
          label={section.title}
          href={section.path}
          isActive={pathname.startsWith(section.path)}
          onClick={(event) => {
            event.preventDefault();
            onNavigate();
            router.push(section.path);
          }}
          data-test-subj={`${section.testSubj}Menu`}
        />
      ))}
    </EuiListGroup>
  );
}
