'use client';
import { useEffect, useState } from 'react';

// Modules loaded once per page visit, whoever asks: a form that mounts again finds its module at once.
const loadedModules = new WeakMap<() => Promise<unknown>, unknown>();

/**
 * A module loaded when `wanted` first becomes true, not with the page: the forms' validation (zod, 31 KiB gzip)
 * loads when someone starts on a form, so a page shows without it. Undefined until loaded; `load` must be a
 * module-level function (it keys the cache).
 */
export function useLazyModule<T>(load: () => Promise<T>, wanted: boolean): T | undefined {
  const [loaded, setLoaded] = useState<T | undefined>(() => loadedModules.get(load) as T | undefined);
  useEffect(() => {
    if (!wanted || loaded !== undefined) return;
    let current = true;
    void load().then(
      (module) => {
        loadedModules.set(load, module);
        if (current) setLoaded(module);
      },
      // A failed chunk load leaves the form unvalidated: its Next and Save stay refused until a reload.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [load, wanted, loaded]);
  return loaded;
}
