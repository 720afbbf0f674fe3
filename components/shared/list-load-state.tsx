'use client';
import type { ReactNode } from 'react';
import { EuiButton, EuiCallOut, EuiEmptyPrompt, EuiLoadingSpinner, EuiSpacer } from '@elastic/eui';
import type { ApiRequestError } from '@/lib/http/fetch-json';

interface Props<T> {
  /** What the list holds, in the page's words: "roles", "users". */
  noun: string;
  data: T | undefined;
  error: ApiRequestError | undefined;
  onRetry: () => void;
  /** Prefix of the data-test-subj: <prefix>LoadError, <prefix>Retry, <prefix>Loading, <prefix>RefreshError. */
  testSubj: string;
  children: (data: T) => ReactNode;
}

/**
 * A security list's three states: it could not be read (with the privilege a 403 asks for), it is loading, or it is
 * shown, with a note when the last refresh failed and the rows are the previous read's.
 */
export function SecurityListState<T>({ noun, data, error, onRetry, testSubj, children }: Props<T>) {
  if (error && data === undefined)
    return (
      <EuiCallOut
        color="danger"
        iconType="error"
        title={`The ${noun} could not be loaded`}
        data-test-subj={`${testSubj}LoadError`}
      >
        <p>{error.message}</p>
        {error.status === 403 && (
          <p>
            Reading {noun} needs the <code>read_security</code> (or <code>manage_security</code>) cluster privilege.
          </p>
        )}
        <EuiButton color="danger" onClick={onRetry} data-test-subj={`${testSubj}Retry`}>
          Try again
        </EuiButton>
      </EuiCallOut>
    );
  if (data === undefined)
    return (
      <EuiEmptyPrompt
        icon={<EuiLoadingSpinner size="xl" />}
        title={<h2>Loading {noun}</h2>}
        data-test-subj={`${testSubj}Loading`}
      />
    );
  return (
    <>
      {error && (
        <>
          <EuiCallOut
            size="s"
            color="warning"
            iconType="warning"
            title={`The last refresh failed: ${error.message}`}
            data-test-subj={`${testSubj}RefreshError`}
          />
          <EuiSpacer size="m" />
        </>
      )}
      {children(data)}
    </>
  );
}
