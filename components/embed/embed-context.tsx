'use client';
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { EmbedBridge } from './embed-bridge';

const EmbeddedContext = createContext(false);

/** Whether the console is shown inside a portal's frame: no header or navigation then. */
export function useEmbedded(): boolean {
  return useContext(EmbeddedContext);
}

const subscribeToNothing = () => () => {};

/**
 * Embedding, decided once per document and kept for its whole life. The server's decision (`?embed=1`, or a
 * document loaded in a frame) gives the first paint; it is kept in state because later server renders (a
 * router.refresh, client navigations) come from fetches that say neither. Being framed counts too once hydrated,
 * so the mode survives in-app navigation without carrying the parameter on every link: the frame itself is the
 * flag, and a top-level tab never inherits it (no cookie or storage shared with other tabs).
 */
export function EmbedProvider({
  initialEmbedded,
  allowedOrigins,
  children,
}: {
  initialEmbedded: boolean;
  allowedOrigins: string[];
  children: ReactNode;
}) {
  const [requested] = useState(initialEmbedded);
  // false on the server and during hydration (matching the server HTML), the real answer after.
  const framed = useSyncExternalStore(
    subscribeToNothing,
    () => window.self !== window.top,
    () => false,
  );
  const embedded = requested || framed;
  return (
    <EmbeddedContext.Provider value={embedded}>
      {/* The same element in both modes, so a late switch to embedded does not remount the page. */}
      <EmbedBridge active={embedded} allowedOrigins={allowedOrigins}>
        {children}
      </EmbedBridge>
    </EmbeddedContext.Provider>
  );
}
