import { describe, expect, it } from 'vitest';
import { keystoreCommands } from './keystore-commands';

describe('keystoreCommands', () => {
  it('gives every node the interactive keystore command, then the reload request', () => {
    expect(keystoreCommands('sandbox-remote', ['es-local-0', 'es-local-1'])).toEqual({
      settingName: 'cluster.remote.sandbox-remote.credentials',
      nodes: [
        { nodeName: 'es-local-0', command: 'bin/elasticsearch-keystore add cluster.remote.sandbox-remote.credentials' },
        { nodeName: 'es-local-1', command: 'bin/elasticsearch-keystore add cluster.remote.sandbox-remote.credentials' },
      ],
      reloadRequest: 'POST _nodes/reload_secure_settings',
      reloadRequestWithPassword:
        'POST _nodes/reload_secure_settings\n{\n  "secure_settings_password": "<keystore password>"\n}',
    });
  });

  it('lists a node once even if it is named twice', () => {
    expect(keystoreCommands('dr', ['n1', 'n1']).nodes).toHaveLength(1);
  });

  it('never puts a value on the command line (keystore add prompts for it)', () => {
    for (const { command } of keystoreCommands('dr', ['n1']).nodes) {
      expect(command).not.toMatch(/--stdin|-x|echo|<<|=|\|/);
      expect(command.split(' ')).toHaveLength(3);
    }
  });

  it.each(['', 'a b', 'x;rm -rf /', '$(id)', 'a.b'])(
    'refuses the alias %j, which would go into a shell command',
    (alias) => {
      expect(() => keystoreCommands(alias, ['n1'])).toThrow(/not a remote cluster alias/);
    },
  );
});
