'use client';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import dynamic from 'next/dynamic';
import { EuiScreenReaderLive, type EuiGlobalToastListProps } from '@elastic/eui';

// The list is loaded with the first toast, not with every page (about 5 KiB gzip): nothing shows until then.
const EuiGlobalToastList = dynamic(() => import('./toast-list').then((module) => module.EuiGlobalToastList), {
  ssr: false,
});

type Toasts = NonNullable<EuiGlobalToastListProps['toasts']>;

export interface ConsoleToast {
  title: string;
  /** Success unless said otherwise: failures stay on the page beside what failed, not in a toast that fades. */
  color?: 'success' | 'primary' | 'warning';
  text?: ReactNode;
  testSubj: string;
}

type AddToast = (toast: ConsoleToast) => void;

const ToastContext = createContext<AddToast>(() => undefined);

/**
 * One toast list for the console, in the shell: it outlives page changes, so a save can navigate to the list and
 * its toast still shows there (as Kibana's does after adding a remote).
 */
export function ToastsProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toasts>([]);
  // The list (EUI's live region for toasts) arrives with the first toast, which a screen reader may then miss in a
  // region it has just met: that one is also said in a region that is always there. The list stays afterwards.
  const [firstTitle, setFirstTitle] = useState<string>();
  const counter = useRef(0);
  const add = useCallback<AddToast>(({ title, color = 'success', text, testSubj }) => {
    counter.current += 1;
    const id = `console-toast-${counter.current}`;
    const iconType = color === 'warning' ? 'warning' : 'check';
    setToasts((current) => [...current, { id, title, color, text, iconType, 'data-test-subj': testSubj }]);
    setFirstTitle((current) => current ?? title);
  }, []);
  const dismiss = useCallback((toast: { id: string }) => {
    setToasts((current) => current.filter((shown) => shown.id !== toast.id));
  }, []);
  const value = useMemo(() => add, [add]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <EuiScreenReaderLive>{firstTitle}</EuiScreenReaderLive>
      {firstTitle !== undefined && (
        <EuiGlobalToastList
          toasts={toasts}
          dismissToast={dismiss}
          toastLifeTimeMs={8_000}
          aria-label="Notifications"
          data-test-subj="consoleToasts"
        />
      )}
    </ToastContext.Provider>
  );
}

export function useToasts(): AddToast {
  return useContext(ToastContext);
}

/** "a, b and c": names in a toast's title. */
export function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
