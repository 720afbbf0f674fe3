import { describe, expect, it } from 'vitest';
import { malformedPathSegment } from './malformed-path';

describe('malformedPathSegment', () => {
  it.each([
    ['/api/remote_clusters/%zz', '%zz'],
    ['/api/remote_clusters/a%', 'a%'],
    ['/api/clusters/%E0%A4%A/roles', '%E0%A4%A'],
    ['/roles/%C0%AF', '%C0%AF'],
    ['/api/remote_clusters/..', '..'],
    ['/api/clusters/./roles', '.'],
    ['/api/clusters/local/roles/%2E%2E', '%2E%2E'],
  ])('finds the broken segment of %s', (path, segment) => {
    expect(malformedPathSegment(path)).toBe(segment);
  });

  it.each(['/api/remote_clusters/a%2Cb', '/roles/%E2%82%AC', '/remote-clusters', '/', '/roles/a..b', '/x/...'])(
    'accepts %s',
    (path) => {
      expect(malformedPathSegment(path)).toBeUndefined();
    },
  );
});
