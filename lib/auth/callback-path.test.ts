import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './callback-path';

describe('safeCallbackPath', () => {
  it.each([
    ['/roles', '/roles'],
    ['/remote-clusters?page=2', '/remote-clusters?page=2'],
    ['http://127.0.0.1:3000/api-keys', '/api-keys'],
    ['https://evil.example/phish', '/phish'],
    ['//evil.example/phish', '/remote-clusters'],
    ['/\\evil.example', '/remote-clusters'],
    ['javascript:alert(1)', '/remote-clusters'],
    ['/sign-in', '/remote-clusters'],
    [undefined, '/remote-clusters'],
    [['/a', '/b'], '/remote-clusters'],
  ])('turns %j into %s', (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
