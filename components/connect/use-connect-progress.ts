'use client';
import { useCallback, useEffect, useState } from 'react';
import { emptyProgress, parseStoredProgress, storageKey, type ConnectProgress } from '@/lib/connect/progress';

/**
 * The stored progress, read with deploymentSchema, which (with zod) is loaded only when there is one to read. If it
 * cannot load, the progress is kept without its deployments (asked again) rather than lost.
 */
async function readStoredProgress(localClusterId: string): Promise<ConnectProgress | null> {
  const text = window.localStorage.getItem(storageKey(localClusterId));
  if (!text) return null;
  const schema = await import('@/lib/deployments/schema').catch(() => undefined);
  return parseStoredProgress(text, localClusterId, (stored) => {
    const parsed = schema?.deploymentSchema.safeParse(stored);
    return parsed?.success ? parsed.data : null;
  });
}

/**
 * The connect flow's progress, saved in localStorage at every change so the flow resumes after a reload or a
 * detour. Nothing secret is in it (see lib/connect/progress.ts). Read after mount: the server cannot see it.
 */
export function useConnectProgress(localClusterId: string) {
  const [progress, setProgress] = useState<ConnectProgress>(() => emptyProgress(localClusterId));
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    // Storage is only readable after hydration; one render later is the earliest moment.
    let current = true;
    void readStoredProgress(localClusterId)
      .catch(() => null)
      .then((stored) => {
        if (!current) return;
        if (stored) setProgress(stored);
        setLoaded(true);
      });
    return () => {
      current = false;
    };
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
