import { describe, expect, it } from 'vitest';
import { INVALID_REMOTE_CLUSTER_BODIES } from '@/tests/fixtures/invalid-remote-clusters';
import { fieldErrors } from '@/lib/validation/field-errors';
import { remoteClusterCreateSchema, remoteClusterNameSchema, remoteClusterUpdateSchema } from './schema';

describe('remoteClusterCreateSchema', () => {
  it.each(INVALID_REMOTE_CLUSTER_BODIES)('refuses $why with a message on $field', ({ body, field }) => {
    const result = remoteClusterCreateSchema.safeParse(body);
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error)).toHaveProperty([field]);
  });

  it('accepts sniff with IPv4, IPv6 and DNS seeds', () => {
    const result = remoteClusterCreateSchema.parse({
      name: 'Remote_1-a',
      mode: 'sniff',
      seeds: ['10.0.0.1:9443', '[2001:db8::1]:9443', 'es-1.example.com:9443'],
      nodeConnections: 5,
      transportCompress: 'indexing_data',
      transportPingSchedule: '30s',
    });
    expect(result.seeds).toHaveLength(3);
    expect(result.transportCompress).toBe('indexing_data');
  });

  it("treats Kibana's nulls for the other mode as absent", () => {
    const result = remoteClusterCreateSchema.parse({
      name: 'cloud',
      mode: 'proxy',
      proxyAddress: 'x.es.io:9443',
      serverName: 'x.es.io',
      seeds: null,
      nodeConnections: null,
    });
    expect(result.seeds).toBeUndefined();
    expect(result.nodeConnections).toBeUndefined();
  });

  it('ignores fields it does not know (Kibana clients send hasDeprecatedProxySetting)', () => {
    const result = remoteClusterUpdateSchema.parse({
      mode: 'sniff',
      seeds: ['a.b:1'],
      hasDeprecatedProxySetting: false,
    });
    expect(result).not.toHaveProperty('hasDeprecatedProxySetting');
  });
});

describe('remoteClusterNameSchema', () => {
  it.each([
    ['my remote', 'must not contain spaces'],
    ['my#remote', 'must not contain # (use letters, digits, "_" and "-")'],
    ['a.b#c.d', 'must not contain . # (use letters'],
    ['x\u202ey', 'must not contain U+202E'],
    ['', 'is required'],
  ])('names the rule %j breaks', (name, message) => {
    const result = remoteClusterNameSchema.safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it('accepts letters, digits, "_" and "-"', () => {
    expect(remoteClusterNameSchema.safeParse('Prod_eu-1').success).toBe(true);
  });
});
