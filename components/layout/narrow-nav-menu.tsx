'use client';
import { useState } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { EuiHeaderSectionItemButton, EuiIcon, EuiListGroup, EuiListGroupItem, EuiPopover } from '@elastic/eui';
import { CONSOLE_SECTIONS } from './console-sections';

/**
 * The sections as a menu, for phones. CSS decides which of this and the inline links shows, so the server's HTML
 * is already right at any width (EUI's own switch waits for JavaScript, and the inline links first widen a phone's
 * page).
 */
export function NarrowNavMenu() {
  const router = useRouter();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  return (
    <EuiPopover
      isOpen={open}
      closePopover={() => setOpen(false)}
      anchorPosition="downRight"
      button={
        <EuiHeaderSectionItemButton
          aria-label="Console sections"
          aria-expanded={open}
          onClick={() => setOpen((value) => !value)}
          data-test-subj="consoleNavMenu"
        >
          <EuiIcon type="chevronSingleDown" aria-hidden />
        </EuiHeaderSectionItemButton>
      }
    >
      <EuiListGroup aria-label="Console sections" data-test-subj="consoleNavMenuList">
        {CONSOLE_SECTIONS.map((section) => (
          <EuiListGroupItem
            key={section.path}
            label={section.title}
            href={section.path}
            isActive={pathname.startsWith(section.path)}
            onClick={(event) => {
              event.preventDefault();
              setOpen(false);
              router.push(section.path);
            }}
            data-test-subj={`${section.testSubj}Menu`}
          />
        ))}
      </EuiListGroup>
    </EuiPopover>
  );
}
