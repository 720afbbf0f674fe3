import { EuiCallOut, EuiSpacer } from '@elastic/eui';
import type { ApiRequestError } from '@/lib/http/fetch-json';

/**
 * Above a list whose last refresh failed: the list below is the last state that loaded, with its time, and why the
 * refresh failed (a cluster that has not answered says since when). Polling goes on; the list updates by itself.
 */
export function StaleStateCallout({
  error,
  loadedAt,
  testSubj,
}: {
  error: ApiRequestError;
  loadedAt: number | undefined;
  testSubj: string;
}) {
  const when = loadedAt === undefined ? undefined : new Date(loadedAt).toLocaleTimeString();
  return (
    <>
      <EuiCallOut
        size="s"
        color="warning"
        iconType="clock"
        title={
          when
            ? `Last known state, from ${when}: the last refresh failed. ${error.message}`
            : `The last refresh failed: ${error.message}`
        }
        data-test-subj={testSubj}
      />
      <EuiSpacer size="m" />
    </>
  );
}
