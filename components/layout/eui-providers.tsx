'use client';
import './server-html-element';
import './icons';
import { useState, type ReactNode } from 'react';
import { useServerInsertedHTML } from 'next/navigation';
import createCache, { type EmotionCache } from '@emotion/cache';
import { CurrentEuiBreakpointContext, EuiProvider, useCurrentEuiBreakpoint } from '@elastic/eui';
import { EuiThemeBorealis } from '@elastic/eui-theme-borealis';
import { applyStyleNonce } from './style-nonce';
import { useHydrated } from '@/components/shared/use-hydrated';

/**
 * EUI on the App Router. Emotion inserts styles at render time; on the server they are recorded per request
 * and streamed as <style data-emotion> tags before the HTML that needs them, so the first paint is styled
 * and hydration matches. Every style element carries the response's CSP nonce (style-src allows no other).
 * The nonce is the document's: kept from the first render, as later server renders bring other nonces.
 */
function useStreamedEmotionCache(nonce: string | undefined): EmotionCache {
  const [registry] = useState(() => {
    const cache = createCache({ key: 'eui', nonce });
    // Other style inserters than this cache need the nonce too (only in the browser: the server streams styles).
    if (typeof document !== 'undefined' && nonce) applyStyleNonce(nonce);
    cache.compat = true;
    const inserted: string[] = [];
    const originalInsert = cache.insert.bind(cache);
    cache.insert = (...args) => {
      const serialized = args[1];
      if (cache.inserted[serialized.name] === undefined) inserted.push(serialized.name);
      return originalInsert(...args);
    };
    const flush = () => inserted.splice(0, inserted.length);
    return { cache, flush, nonce };
  });

  useServerInsertedHTML(() => {
    const names = registry.flush();
    if (names.length === 0) return null;
    const styles = names
      .map((name) => registry.cache.inserted[name])
      .filter((style) => typeof style === 'string')
      .join('');
    return (
      <style
        nonce={registry.nonce}
        data-emotion={`${registry.cache.key} ${names.join(' ')}`}
        dangerouslySetInnerHTML={{ __html: styles }}
      />
    );
  });
  return registry.cache;
}

/**
 * EUI's breakpoint provider reads window.innerWidth while rendering, so the server (no window) and the
 * browser would render tables differently (React error #418). A fixed 'l' during server render and
 * hydration, the real breakpoint once mounted.
 */
function HydrationSafeBreakpoint({ children }: { children: ReactNode }) {
  const actual = useCurrentEuiBreakpoint();
  const hydrated = useHydrated();
  // The provider stays in the tree either way: swapping it for a fragment would remount the whole app.
  return (
    <CurrentEuiBreakpointContext.Provider value={hydrated ? actual : 'l'}>
      {children}
    </CurrentEuiBreakpointContext.Provider>
  );
}

export function EuiProviders({ nonce, children }: { nonce?: string; children: ReactNode }) {
  const cache = useStreamedEmotionCache(nonce);
  return (
    <EuiProvider cache={cache} theme={EuiThemeBorealis} colorMode="light">
      <HydrationSafeBreakpoint>{children}</HydrationSafeBreakpoint>
    </EuiProvider>
  );
}
