'use client';
import { useId } from 'react';
import { useSWRConfig } from 'swr';
import useSWRMutation from 'swr/mutation';
import { ApiRequestError, fetchJson } from '@/lib/http/fetch-json';

// Requests a person starts (a save, a delete, a reload, a diagnosis a button asks for), through swr/mutation: the
// hook holds the busy flag, the last answer and the last error, and on success revalidates exactly the reads it
// names (a URL, with or without its query string), so no component keeps its own busy/try/finally state.

type ActionMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Whether an SWR key is one of the given paths, whatever its query string (the list's ?live=false included). */
export function keyMatches(key: unknown, paths: readonly string[]): boolean {
  return typeof key === 'string' && paths.includes(key.split('?')[0] ?? key);
}

/** Any failure as an ApiRequestError, so a form always has a message (and field messages when the server sent them). */
export function asApiError(error: unknown, message = 'The request failed.'): ApiRequestError {
  return error instanceof ApiRequestError ? error : new ApiRequestError(0, { statusCode: 0, error: 'Error', message });
}

export interface ApiAction<Body> {
  url: string;
  body?: Body;
  /** Reads this request changes, beside the hook's own: revalidated once it succeeds. */
  invalidates?: readonly string[];
}

export function useApiAction<Body = unknown, Answer = unknown>(
  method: ActionMethod,
  options: { invalidates?: readonly string[] } = {},
) {
  const { mutate } = useSWRConfig();
  // swr/mutation passes its key through SWR's cache: one of its own per hook, so no two hooks share a mutation.
  const key = `action ${method} ${useId()}`;
  return useSWRMutation<Answer, ApiRequestError, string, ApiAction<Body>>(
    key,
    async (_key: string, { arg }: { arg: ApiAction<Body> }) => {
      const answer = await fetchJson<Answer>(arg.url, { method, body: arg.body });
      const paths = [...(options.invalidates ?? []), ...(arg.invalidates ?? [])];
      if (paths.length > 0) await mutate((key) => keyMatches(key, paths));
      return answer;
    },
    { throwOnError: true },
  );
}
