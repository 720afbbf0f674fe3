'use client';
import { useState } from 'react';
import dynamic from 'next/dynamic';
import { EuiHeaderSectionItemButton, EuiIcon, EuiPopover } from '@elastic/eui';

// The list loads when the menu first opens: EUI's list group is 5 KiB gzip that no page needs until then.
const NarrowNavList = dynamic(() => import('./narrow-nav-list').then((m) => m.NarrowNavList));

/**
 * The sections as a menu, for phones. CSS decides which of this and the inline links shows, so the server's HTML
 * is already right at any width (EUI's own switch waits for JavaScript, and the inline links first widen a phone's
 * page).
 */
export function NarrowNavMenu() {
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
      <NarrowNavList onNavigate={() => setOpen(false)} />
    </EuiPopover>
  );
}
