import { describe, expect, it } from 'vitest';
import { emptyFormValues, formValuesFrom, requestBodyFrom } from './form-values';
import { deserializeRemoteCluster } from './deserialize';
import { remoteClusterCreateSchema } from './schema';

describe('form values', () => {
  it("sends only the chosen mode's fields, with numbers as numbers", () => {
    const body = requestBodyFrom({
      ...emptyFormValues(),
      name: ' r1 ',
      seeds: ['a.b:9443'],
      nodeConnections: '5',
      proxyAddress: 'left.over:1',
    });
    expect(body).toMatchObject({
      name: 'r1',
      mode: 'sniff',
      seeds: ['a.b:9443'],
      nodeConnections: 5,
      skipUnavailable: true,
    });
    expect(body).not.toHaveProperty('proxyAddress');
    expect(remoteClusterCreateSchema.safeParse(body).success).toBe(true);
  });

  it('keeps a mistyped number as text so the schema names the rule', () => {
    const body = requestBodyFrom({
      ...emptyFormValues(),
      name: 'r1',
      mode: 'proxy',
      proxyAddress: 'x.y:9443',
      proxySocketConnections: '3a',
    });
    const result = remoteClusterCreateSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['proxySocketConnections']);
  });

  it('says a proxy address is required rather than empty', () => {
    const result = remoteClusterCreateSchema.safeParse(
      requestBodyFrom({ ...emptyFormValues(), name: 'r1', mode: 'proxy' }),
    );
    expect(result.error?.issues.map((issue) => issue.message)).toContain('is required in proxy mode');
  });

  it('round-trips an existing remote into the form and back', () => {
    const remote = deserializeRemoteCluster('r1', {
      info: {
        mode: 'proxy',
        connected: true,
        proxy_address: 'x.y:9443',
        server_name: 'x.y',
        num_proxy_sockets_connected: 2,
        max_proxy_socket_connections: 18,
        initial_connect_timeout: '30s',
        skip_unavailable: false,
      },
      persistent: {
        mode: 'proxy',
        proxy_address: 'x.y:9443',
        server_name: 'x.y',
        'transport.compress': 'indexing_data',
      },
    });
    const body = requestBodyFrom(formValuesFrom(remote));
    expect(body).toMatchObject({
      name: 'r1',
      mode: 'proxy',
      proxyAddress: 'x.y:9443',
      serverName: 'x.y',
      skipUnavailable: false,
      transportCompress: 'indexing_data',
      settingsVersion: remote.settingsVersion,
    });
  });
});
