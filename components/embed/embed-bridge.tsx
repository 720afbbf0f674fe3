'use client';
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { allowedParentOrigin, frameMessage, isPortalHello, routeOf } from '@/lib/embed/protocol';

const subscribeToNothing = () => () => {};

/**
 * The parent's origin as the browser names it (Chromium, Safari); null when not framed; undefined when the browser does
 * not say.
 */
function namedParentOrigin(): string | null | undefined {
  if (window.parent === window) return null;
  const ancestors = (window.location as { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  return ancestors ? (ancestors[0] ?? null) : undefined;
}

/**
 * The parent's origin, once known to be one the configuration allows. Chromium and Safari tell a frame its
 * ancestors (location.ancestorOrigins); elsewhere the portal introduces itself with a hello message, whose sender
 * origin the browser guarantees. Never a guess: without an allowed origin nothing is ever posted.
 */
function useAllowedParentOrigin(active: boolean, allowedOrigins: string[]): string | null {
  const named = useSyncExternalStore(subscribeToNothing, namedParentOrigin, () => null);
  const [greeted, setGreeted] = useState<string | null>(null);
  const allowedKey = allowedOrigins.join(' ');
  useEffect(() => {
    // Only where the browser does not name the parent: a named parent that is not allowed stays refused.
    if (!active || named !== undefined) return;
    const allowed = allowedKey.split(' ').filter(Boolean);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || !isPortalHello(event.data)) return;
      const known = allowedParentOrigin(event.origin, allowed);
      if (known) setGreeted(known);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [active, named, allowedKey]);
  if (!active) return null;
  return named === undefined ? greeted : allowedParentOrigin(named, allowedOrigins);
}

/**
 * Wraps every page. When embedded and the parent is allowed, posts the content's height and the current route to
 * the parent on load, on every size change and on every navigation, so the portal sizes the frame to the content
 * and can follow the route.
 */
export function EmbedBridge({
  active,
  allowedOrigins,
  children,
}: {
  active: boolean;
  allowedOrigins: string[];
  children: ReactNode;
}) {
  const content = useRef<HTMLDivElement>(null);
  const origin = useAllowedParentOrigin(active, allowedOrigins);
  const pathname = usePathname();
  const search = useSearchParams().toString();

  useEffect(() => {
    const element = content.current;
    if (!active || !origin || !element) return;
    let last = '';
    const post = () => {
      const message = frameMessage(element.getBoundingClientRect().height, routeOf(pathname, search));
      const key = `${message.height} ${message.route}`;
      if (key === last) return;
      last = key;
      window.parent.postMessage(message, origin);
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    post();
    return () => observer.disconnect();
  }, [active, origin, pathname, search]);

  return (
    // flow-root: the children's margins count in the measured height instead of collapsing through it.
    <div
      ref={content}
      style={{ display: 'flow-root' }}
      data-test-subj="consoleContent"
      data-embedded={active ? 'true' : 'false'}
    >
      {children}
    </div>
  );
}
