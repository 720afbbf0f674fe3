import { describe, expect, it } from 'vitest';
import { safeCallbackPath, sameOriginPath } from './callback-path';

const ORIGIN = 'http://127.0.0.1:3000';

describe('safeCallbackPath', () => {
  it.each([
    ['/roles', '/roles'],
    ['/remote-clusters?page=2', '/remote-clusters?page=2'],
    ['/roles/a%20b#top', '/roles/a%20b#top'],
    ['http://127.0.0.1:3000/api-keys', '/api-keys'],
    ['https://evil.example/phish', '/remote-clusters'],
    ['http://127.0.0.1:3999/x', '/remote-clusters'],
    ['//evil.example/phish', '/remote-clusters'],
    ['/\\evil.example', '/remote-clusters'],
    ['\\\\evil.example', '/remote-clusters'],
    ['/\t/127.0.0.1:3999/x', '/remote-clusters'],
    ['/\n/evil.example', '/remote-clusters'],
    [' //evil.example', '/remote-clusters'],
    ['javascript:alert(1)', '/remote-clusters'],
    ['/sign-in', '/remote-clusters'],
    ['/sign-in?callbackUrl=/roles', '/remote-clusters'],
    ['/api/auth/signout', '/remote-clusters'],
    ['/x'.repeat(2000), '/remote-clusters'],
    [undefined, '/remote-clusters'],
    [['/a', '/b'], '/remote-clusters'],
  ])('turns %j into %s', (input, expected) => {
    expect(safeCallbackPath(input, ORIGIN)).toBe(expected);
  });

  it('never answers with a control character, whatever it is given', () => {
    for (let code = 0; code < 0x20; code += 1) {
      const path = safeCallbackPath(`/a${String.fromCharCode(code)}b`, ORIGIN);
      expect(path).toMatch(/^\/[\x21-\x7e]*$/);
    }
  });
});

describe('sameOriginPath', () => {
  it('keeps the sign-in page, which sign-out returns to', () => {
    expect(sameOriginPath('/sign-in?embed=1', ORIGIN)).toBe('/sign-in?embed=1');
  });

  it('refuses a base that is not a URL instead of throwing', () => {
    expect(sameOriginPath('/roles', 'not a url')).toBeNull();
  });
});
