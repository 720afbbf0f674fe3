import { remoteNameProblem } from '@/lib/remote-clusters/name-rule';

// On the local (querying) cluster, the cross-cluster API key's encoded value becomes the secure setting
// cluster.remote.<alias>.credentials, in the keystore of every node, then the nodes reload their secure settings
// (no restart since 8.13, elastic/elasticsearch#102798). The commands never carry the key: `keystore add` prompts
// for the value, so it stays out of shell history, process lists and this console's pages.

export interface NodeKeystoreCommand {
  nodeName: string;
  /** Run from the Elasticsearch home directory, as the user that owns the keystore. */
  command: string;
}

export interface KeystoreInstructions {
  settingName: string;
  /** One entry per node; each node has its own keystore, so every node needs the setting. */
  nodes: NodeKeystoreCommand[];
  /** The request to send (Dev Tools syntax) once every node has the setting. */
  reloadRequest: string;
  /** The same request when the keystores are password-protected (the password must be the same on all nodes). */
  reloadRequestWithPassword: string;
}

export function credentialsSettingName(alias: string): string {
  return `cluster.remote.${alias}.credentials`;
}

/** Throws on an alias that is not a valid remote cluster name: it goes into a shell command. */
export function keystoreCommands(alias: string, nodeNames: string[]): KeystoreInstructions {
  if (remoteNameProblem(alias) !== undefined) throw new Error(`"${alias}" is not a remote cluster alias`);
  const settingName = credentialsSettingName(alias);
  const command = `bin/elasticsearch-keystore add ${settingName}`;
  return {
    settingName,
    nodes: [...new Set(nodeNames)].map((nodeName) => ({ nodeName, command })),
    reloadRequest: 'POST _nodes/reload_secure_settings',
    reloadRequestWithPassword:
      'POST _nodes/reload_secure_settings\n{\n  "secure_settings_password": "<keystore password>"\n}',
  };
}
