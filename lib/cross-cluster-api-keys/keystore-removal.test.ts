import { describe, expect, it } from 'vitest';
import { keystoreRemovalSteps } from './keystore-removal';

describe('taking a removed remote key out of the keystore', () => {
  it('removes the setting on every self-managed node, then reloads', () => {
    const steps = keystoreRemovalSteps('prod', { type: 'self-managed' });
    expect(steps.map((step) => step.code)).toEqual([
      'bin/elasticsearch-keystore remove cluster.remote.prod.credentials',
      'POST _nodes/reload_secure_settings',
    ]);
  });

  it("patches the ECK Secret's entry out, in the registered namespace", () => {
    const [patch] = keystoreRemovalSteps('prod', { type: 'eck', name: 'quickstart', namespace: 'search' });
    expect(patch?.code).toBe(
      'kubectl patch secret <secret-name> -n search --type=json ' +
        `-p '[{"op":"remove","path":"/data/cluster.remote.prod.credentials"}]'`,
    );
    expect(patch?.text).toContain('quickstart');
  });

  it('names the Security page and the null secret for Elastic Cloud, with the deployment id when registered', () => {
    const steps = keystoreRemovalSteps('prod', { type: 'ech', deploymentId: 'a'.repeat(32) });
    expect(steps[0]?.text).toContain('Remote Connections');
    expect(steps[1]?.text).toContain(`keystore update ${'a'.repeat(32)}`);
    expect(JSON.parse(steps[1]?.code ?? '')).toEqual({ secrets: { 'cluster.remote.prod.credentials': null } });
    expect(keystoreRemovalSteps('prod', { type: 'ece' })[1]?.text).toContain('<deployment-id>');
  });

  it('refuses an alias that could break out of the command', () => {
    expect(() => keystoreRemovalSteps('prod; rm -rf /', { type: 'self-managed' })).toThrow(
      /not a remote cluster alias/,
    );
  });
});
