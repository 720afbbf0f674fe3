'use client';
import { useCallback, useState } from 'react';

/**
 * When a polled read last succeeded, for "last known state, from <time>" once a refresh fails. SWR keeps the same
 * data object when a poll returns equal data, so the time comes from its onSuccess, not from the data changing.
 */
export function useLoadedAt() {
  const [loadedAt, setLoadedAt] = useState<number>();
  const onSuccess = useCallback(() => setLoadedAt(Date.now()), []);
  return { loadedAt, onSuccess };
}
