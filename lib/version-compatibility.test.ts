import { describe, expect, it } from 'vitest';
import { replicationSupported, searchSupported } from './version-compatibility';

// Rows of Elastic's "Supported cross-cluster search configurations" table, and the rules beside it.
describe('searchSupported', () => {
  it.each([
    ['8.19.7', '9.5.4', true], // the last 8.x minor searches any 9.x
    ['9.5.4', '8.19.7', false], // 9.1 and later search no 8.x cluster
    ['9.0.3', '8.18.2', true],
    ['9.0.3', '8.19.7', false],
    ['8.18.1', '9.0.0', true],
    ['8.18.1', '9.1.0', false],
    ['8.10.4', '9.5.4', false],
    ['9.5.4', '8.10.4', false],
    ['8.10.4', '8.19.7', true], // a newer minor of the same major
    ['8.19.7', '8.18.0', true], // the previous minor
    ['8.19.7', '8.10.4', false],
    ['9.5.4', '9.5.4', true],
    ['9.5.4', '9.4.0', true],
    ['9.5.4', '9.3.0', false],
    ['8.17.0', '8.16.9', true],
    ['nonsense', '9.5.4', null],
  ])('%s -> %s: %s', (local, remote, expected) => {
    expect(searchSupported(local, remote)).toBe(expected);
  });
});

describe('replicationSupported', () => {
  it.each([
    ['9.5.4', '9.5.4', true],
    ['9.5.4', '9.5.3', true],
    ['9.5.3', '9.5.4', false], // the patch version counts
    ['8.19.7', '8.10.4', true],
    ['8.19.7', '9.5.4', false], // the follower may not be older
    ['9.5.4', '8.19.7', false], // newer, but Elastic does not support connecting 9.5 to 8.19
    ['9.0.0', '8.18.3', true],
  ])('%s follows %s: %s', (local, remote, expected) => {
    expect(replicationSupported(local, remote)).toBe(expected);
  });
});
