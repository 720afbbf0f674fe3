import { describe, expect, it } from 'vitest';
import { meets, ruleLimit, ruleMessage } from './version-rules';

describe('version rules', () => {
  it.each([
    ['8.10.4', 'api_key_model', true],
    ['8.9.2', 'api_key_model', false],
    ['8.12.2', 'credentials_reload', false],
    ['8.13.0', 'credentials_reload', true],
    ['8.14.3', 'remote_cluster_privileges', false],
    ['8.16.1', 'monitor_stats', false],
    ['8.17.0', 'monitor_stats', true],
    ['8.17.10', 'resolve_cluster_timeout', false],
    ['8.19.7', 'reload_setting_names', false],
    ['9.3.0', 'reload_setting_names', true],
    [null, 'api_key_model', null],
  ] as const)('%s meets %s: %s', (version, rule, expected) => {
    expect(meets(version, rule)).toBe(expected);
  });

  it('names the feature, the version needed, the version found and what to do', () => {
    expect(ruleMessage('credentials_reload', 'the local cluster', '8.12.2')).toBe(
      'Reloading cluster.remote.<alias>.credentials without a ' +
        'restart needs Elasticsearch 8.13 or later; the local cluster ' +
        'runs 8.12.2. Restart every node after adding the key to ' +
        'its keystore: a reload does not pick it up before 8.13.',
    );
  });

  it('applies only to a cluster known to be older', () => {
    expect(ruleLimit('reload_setting_names', 'local', '9.5.4')).toBeNull();
    expect(ruleLimit('reload_setting_names', 'local', null)).toBeNull();
    expect(ruleLimit('reload_setting_names', 'local', '8.19.7')).toMatchObject({
      rule: 'reload_setting_names',
      since: '9.3.0',
      clusterVersion: '8.19.7',
    });
  });
});
