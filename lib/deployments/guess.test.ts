import { describe, expect, it } from 'vitest';
import { guessDeployment } from './guess';

describe('guessDeployment', () => {
  it('reads an ECK resource from the Pod address ECK publishes', () => {
    expect(
      guessDeployment([
        {
          clusterName: 'quickstart',
          publishHost: 'quickstart-es-default-0.quickstart-es-default.search.svc',
          attributes: {},
        },
      ]),
    ).toMatchObject({ type: 'eck', fields: { name: 'quickstart', namespace: 'search' } });
  });

  it("tells ECH from ECE by the platform's attributes", () => {
    const cloud = { instance_configuration: 'aws.es.datahot.c6gd', logical_availability_zone: 'zone-0' };
    expect(guessDeployment([{ attributes: { ...cloud, region: 'us-east-1' } }]).type).toBe('ech');
    expect(guessDeployment([{ attributes: { ...cloud, region: 'ece-region' } }]).type).toBe('ece');
  });

  it('says self-managed when nothing marks a platform (the sandbox nodes)', () => {
    expect(
      guessDeployment([{ clusterName: 'local', publishHost: '127.0.0.1', attributes: { 'xpack.installed': 'true' } }]),
    ).toMatchObject({ type: 'self-managed', fields: {} });
  });
});
