import { describe, expect, it } from 'vitest';
import type { RegisteredCluster } from '@/lib/config/schema';
import type { SessionGrant } from '@/lib/server/auth/session-token';
import type { ClusterTarget } from '@/lib/server/http/cluster-route';
import { ownerCredentials, PASSWORD_NEEDED } from './owner-credentials';

// Elasticsearch creates cross-cluster keys only with a user's own credentials: which ones a request is made with.

const cluster = { id: 'remote', displayName: 'Remote', url: 'http://127.0.0.1:1' } as RegisteredCluster;
const es = {} as ClusterTarget['es'];
const tool: ClusterTarget = { cluster, es, credentials: { kind: 'header', value: 'Basic dG9vbDpwdw==' } };
const apiKeySession: ClusterTarget = {
  cluster,
  es,
  credentials: { kind: 'api_key', id: 'k1', encoded: 'ZW5jb2RlZA==' },
  grant: {
    credentials: { kind: 'api_key', id: 'k1', encoded: 'ZW5jb2RlZA==' },
    session: { username: 'admin' },
  } as SessionGrant,
};

describe('ownerCredentials', () => {
  it("uses a tool's own header as is, and takes the password out of the body", () => {
    expect(ownerCredentials(tool, { name: 'k', password: 'unused' })).toEqual({
      body: { name: 'k' },
      credentials: tool.credentials,
    });
  });

  it("makes an API-key session's request as the signed-in user, with the password sent for it", () => {
    expect(ownerCredentials(apiKeySession, { name: 'k', password: 'pw' })).toEqual({
      body: { name: 'k' },
      credentials: { kind: 'basic', username: 'admin', password: 'pw' },
    });
  });

  it('refuses an API-key session without a password, naming the field', () => {
    expect(() => ownerCredentials(apiKeySession, { name: 'k' })).toThrow(
      expect.objectContaining({ statusCode: 400, attributes: { fields: { password: PASSWORD_NEEDED } } }),
    );
  });
});
