import { readFileSync } from 'node:fs';
import { errors, type DiagnosticResult } from '@elastic/elasticsearch';
import { describe, expect, it } from 'vitest';
import { acceptedMajorsOfRefusal, mediaTypeHeaders } from './media-type';

const REFUSAL_8 = JSON.parse(
  readFileSync(new URL('./fixtures/es-8.19.7-refuses-compatible-with-9.json', import.meta.url), 'utf8'),
);
const responseError = (statusCode: number, body: unknown) =>
  new errors.ResponseError({ statusCode, body, headers: {}, warnings: null, meta: {} } as unknown as DiagnosticResult);

describe('mediaTypeHeaders', () => {
  it.each([
    [null, 'application/json', 'application/json'],
    [7, 'application/json', 'application/json'],
    [
      8,
      'application/vnd.elasticsearch+json; compatible-with=8',
      'application/vnd.elasticsearch+json; compatible-with=8',
    ],
    [
      9,
      'application/vnd.elasticsearch+json; compatible-with=9',
      'application/vnd.elasticsearch+json; compatible-with=9',
    ],
    [
      10,
      'application/vnd.elasticsearch+json; compatible-with=9',
      'application/vnd.elasticsearch+json; compatible-with=9',
    ],
  ])('major %s -> Accept %s', (major, accept, contentType) => {
    expect(mediaTypeHeaders(major)).toEqual({ accept, 'content-type': contentType });
  });

  it('keeps bulk bodies ndjson', () => {
    expect(mediaTypeHeaders(8, true)['content-type']).toBe('application/vnd.elasticsearch+x-ndjson; compatible-with=8');
    expect(mediaTypeHeaders(null, true)['content-type']).toBe('application/x-ndjson');
  });
});

describe('acceptedMajorsOfRefusal', () => {
  it("reads the accepted majors from an 8.19.7 node's recorded refusal", () => {
    expect(acceptedMajorsOfRefusal(responseError(400, REFUSAL_8))).toEqual([8, 7]);
  });

  it('is null for every other answer', () => {
    expect(
      acceptedMajorsOfRefusal(responseError(400, { error: { type: 'illegal_argument_exception', reason: 'bad' } })),
    ).toBeNull();
    expect(acceptedMajorsOfRefusal(responseError(401, REFUSAL_8))).toBeNull();
    expect(acceptedMajorsOfRefusal(new errors.ConnectionError('refused'))).toBeNull();
    expect(acceptedMajorsOfRefusal(undefined)).toBeNull();
  });
});
