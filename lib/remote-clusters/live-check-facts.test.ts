import { describe, expect, it } from 'vitest';
import { callerIndependentEntries } from './live-check-facts';

// As a 9.5.4 remote answers a user whose roles it does not have (the certificate model authorizes there).
const REMOTE_REFUSAL =
  'action [indices:admin/resolve/cluster] is unauthorized for user [probe_reader] with effective roles [] ' +
  '(assigned roles [monitor_only] were not found), this action is granted by the index privileges [read]';
// As the local cluster refuses before sending (the API-key model's remote_indices check).
const LOCAL_REFUSAL =
  'action [indices:admin/resolve/cluster] towards remote cluster [sandbox-remote] is unauthorized for user ' +
  '[probe_reader] with effective roles [monitor_only] on indices [rcc-connection-check]';

describe('callerIndependentEntries', () => {
  it("turns the remote's refusal of the caller into a connected remote, without the user or roles", () => {
    const reduced = callerIndependentEntries({
      legacy: { connected: false, skip_unavailable: true, error: REMOTE_REFUSAL },
    });
    expect(reduced.legacy).toEqual({ connected: true, skip_unavailable: true });
    expect(JSON.stringify(reduced)).not.toContain('probe_reader');
  });

  it("drops the local cluster's refusal, which says nothing about the connection", () => {
    const reduced = callerIndependentEntries({
      'sandbox-remote': { connected: false, skip_unavailable: true, error: LOCAL_REFUSAL },
    });
    expect(reduced).toEqual({});
  });

  it('keeps errors about the connection and answers that carry none', () => {
    const down = { connected: false, skip_unavailable: true, error: 'Unable to connect to [sandbox-remote]' };
    const up = { connected: true, skip_unavailable: false, matching_indices: false };
    expect(callerIndependentEntries({ down, up })).toEqual({ down, up });
  });

  it('keeps a remote called __proto__ as an entry of its own', () => {
    const entries = JSON.parse('{"__proto__": {"connected": true, "skip_unavailable": true}}') as Record<
      string,
      { connected: boolean; skip_unavailable: boolean }
    >;
    expect(Object.keys(callerIndependentEntries(entries))).toEqual(['__proto__']);
  });
});
