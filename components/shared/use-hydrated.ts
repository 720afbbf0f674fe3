'use client';
import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => undefined;

/** False while the server renders and the browser hydrates, true once the page runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/**
 * A key for EUI tables rendered on the server: EUI makes the table's element ids at random when it is created, so
 * the hydrated table keeps the server's ids while the buttons it renders later point at the browser's
 * (aria-controls to nothing, a critical axe finding). Made again once in the browser, its ids agree.
 */
export function useBrowserMadeKey(): string {
  return useHydrated() ? 'browser' : 'server';
}
