import { describe, expect, it } from 'vitest';
import { allowedParentOrigin, frameMessage, isEmbedRequest, isPortalHello, routeOf } from './protocol';

describe('embed protocol', () => {
  it.each([
    ['the query parameter', 'http://c/remote-clusters?embed=1', {}, true],
    ['a document loaded in an iframe', 'http://c/sign-in', { 'sec-fetch-dest': 'iframe' }, true],
    ['a top-level document', 'http://c/sign-in', { 'sec-fetch-dest': 'document' }, false],
    ['another value of the parameter', 'http://c/remote-clusters?embed=0', {}, false],
    ['a client-side fetch', 'http://c/remote-clusters?_rsc=1', { 'sec-fetch-dest': 'empty' }, false],
  ])('decides embedding from %s', (_case, url, headers, expected) => {
    expect(isEmbedRequest(new URL(url), new Headers(headers))).toBe(expected);
  });

  it('reports the route without the embed parameter', () => {
    expect(routeOf('/api-keys', '?embed=1&cluster=remote')).toBe('/api-keys?cluster=remote');
    expect(routeOf('/remote-clusters', '?embed=1')).toBe('/remote-clusters');
    expect(routeOf('/remote-clusters', '')).toBe('/remote-clusters');
  });

  it('posts only to an exactly allowed origin', () => {
    const allowed = ['https://portal.example.com'];
    expect(allowedParentOrigin('https://portal.example.com', allowed)).toBe('https://portal.example.com');
    expect(allowedParentOrigin('https://portal.example.com:8443', allowed)).toBeNull();
    expect(allowedParentOrigin('https://evil.example.com', allowed)).toBeNull();
    expect(allowedParentOrigin('null', allowed)).toBeNull();
    expect(allowedParentOrigin(undefined, allowed)).toBeNull();
    expect(allowedParentOrigin('https://portal.example.com', [])).toBeNull();
  });

  it('rounds the height up and recognises a portal hello', () => {
    expect(frameMessage(612.2, '/roles')).toEqual({
      source: 'remote-clusters-console',
      type: 'rcc:frame',
      height: 613,
      route: '/roles',
    });
    expect(isPortalHello({ type: 'rcc:hello' })).toBe(true);
    expect(isPortalHello('rcc:hello')).toBe(false);
    expect(isPortalHello(null)).toBe(false);
  });
});
