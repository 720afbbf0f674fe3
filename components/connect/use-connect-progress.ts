'use client';
import { useCallback, useEffect, useState } from 'react';
import { emptyProgress, parseStoredProgress, storageKey, type ConnectProgress } from '@/lib/connect/progress';

/**
 * The connect flow's progress, saved in localStorage at every change so the flow resumes after a reload or a
 * detour. Nothing secret is in it (see lib/connect/progress.ts). Read after mount: the server cannot see it.
 */
export function useConnectProgress(localClusterId: string) {
  const [progress, setProgress] = useState<ConnectProgress>(() => emptyProgress(localClusterId));
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const stored = parseStoredProgress(window.localStorage.getItem(storageKey(localClusterId)), localClusterId);
    // Storage is only readable after hydration; one render later is the earliest moment.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (stored) setProgress(stored);
    setLoaded(true);
  }, [localClusterId]);

  const update = useCallback(
    (change: (current: ConnectProgress) => ConnectProgress) => {
      setProgress((current) => {
        const next = change(current);
        window.localStorage.setItem(storageKey(localClusterId), JSON.stringify(next));
        return next;
      });
    },
    [localClusterId],
  );

  const reset = useCallback(() => {
    window.localStorage.removeItem(storageKey(localClusterId));
    setProgress(emptyProgress(localClusterId));
  }, [localClusterId]);

  return { progress, loaded, update, reset };
}
