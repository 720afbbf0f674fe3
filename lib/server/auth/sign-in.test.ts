import { errors, type DiagnosticResult } from '@elastic/elasticsearch';
import { describe, expect, it } from 'vitest';
import { classifySignInFailure } from './sign-in';

function responseError(statusCode: number): errors.ResponseError {
  return new errors.ResponseError({
    statusCode,
    body: { error: { reason: 'x' } },
    headers: {},
    warnings: null,
    meta: {},
  } as unknown as DiagnosticResult);
}

describe('classifySignInFailure', () => {
  it.each([
    ['a 401 from Elasticsearch (wrong user or password)', responseError(401), 'CredentialsSignin'],
    ['a connection error', new errors.ConnectionError('connect ECONNREFUSED'), 'ClusterUnreachable'],
    ['a timeout', new errors.TimeoutError('timed out'), 'ClusterUnreachable'],
    ['a 500 from Elasticsearch', responseError(500), 'SignInFailed'],
    ['a 403 from Elasticsearch', responseError(403), 'SignInFailed'],
    ['something else', new Error('boom'), 'SignInFailed'],
  ])('maps %s to %s', (_case, error, code) => {
    expect(classifySignInFailure(error)).toBe(code);
  });
});
