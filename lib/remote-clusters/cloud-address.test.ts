import { describe, expect, it } from 'vitest';
import { cloudProxyConnection } from './cloud-address';

describe('cloudProxyConnection', () => {
  const host = 'my-deployment.es.us-east-1.aws.found.io';
  it.each([
    [`${host}:9443`, 'api_key', `${host}:9443`],
    [host, 'api_key', `${host}:9443`],
    [host, 'certificate', `${host}:9400`],
    [`https://${host}:443`, 'api_key', `${host}:9443`],
    [`https://${host}/`, 'certificate', `${host}:9400`],
    [`${host}:9400`, 'api_key', `${host}:9400`],
  ] as const)('turns %s (%s) into proxy %s with the host as server name', (address, model, proxyAddress) => {
    expect(cloudProxyConnection(address, model)).toEqual({ proxyAddress, serverName: host });
  });

  it.each(['', 'not a host:9443', `${host}:99999`, '10.0.0.1.2:9443'])('refuses %j', (address) => {
    expect(cloudProxyConnection(address, 'api_key')).toHaveProperty('error');
  });
});
