import type { MouseEvent } from 'react';

/**
 * For links that are real addresses (they work before the page's JavaScript runs, in a new tab, and for the
 * server-rendered rows) but act inside the app on a plain click: calls `act` and cancels the browser's navigation.
 */
export function onPlainClick(act: () => void) {
  return (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    act();
  };
}
