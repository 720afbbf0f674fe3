import type { RegisteredClusterView } from '@/lib/clusters/model';
import type { DeploymentType } from '@/lib/deployments/schema';
import { remoteClusterNameSchema } from '@/lib/remote-clusters/schema';
import { credentialsSettingName } from './keystore-commands';

// After an API-key remote is removed, its encoded key is still in the local cluster's keystore as
// cluster.remote.<alias>.credentials: harmless while no alias of that name is registered, but a secret left
// behind, and picked up again by any later remote of the same name. Where it is taken out depends on who owns the
// keystore (Elastic's documentation on remote clusters with API keys, ECK's secure settings, Elastic Cloud's
// keystore API). The console cannot reach any of them: these are the steps for the person.

/** Where a registered cluster runs, as the registry says, or only the kind when the person chose it. */
export type RemovalDeployment = NonNullable<RegisteredClusterView['deployment']> | { type: DeploymentType };

export interface RemovalStep {
  text: string;
  /** A command or request to copy; never a secret (removal needs none). */
  code?: string;
  language?: 'bash' | 'console' | 'json';
}

/** Throws on an alias that is not a valid remote cluster name: it goes into shell commands. */
export function keystoreRemovalSteps(alias: string, deployment: RemovalDeployment): RemovalStep[] {
  if (!remoteClusterNameSchema.safeParse(alias).success) throw new Error(`"${alias}" is not a remote cluster alias`);
  const setting = credentialsSettingName(alias);
  switch (deployment.type) {
    case 'self-managed':
      return [
        {
          text:
            'On every node of the cluster, from the Elasticsearch home directory, ' +
            'as the user that owns the keystore:',
          code: `bin/elasticsearch-keystore remove ${setting}`,
          language: 'bash',
        },
        {
          text: 'Then have every node reload its secure settings, so none keeps the key in memory:',
          code: 'POST _nodes/reload_secure_settings',
          language: 'console',
        },
      ];
    case 'eck': {
      const namespace = 'namespace' in deployment ? deployment.namespace : '<namespace>';
      const name = 'name' in deployment ? deployment.name : '<elasticsearch-name>';
      return [
        {
          text:
            `Remove the entry from the Secret that spec.secureSettings of the Elasticsearch resource ${name} lists ` +
            "for it; ECK then updates every node's keystore:",
          code:
            `kubectl patch secret <secret-name> -n ${namespace} --type=json ` +
            `-p '[{"op":"remove","path":"/data/${setting}"}]'`,
          language: 'bash',
        },
        {
          text:
            'If that Secret held only this entry, delete it instead and take it out of spec.secureSettings ' +
            `(kubectl edit elasticsearch ${name} -n ${namespace}).`,
        },
      ];
    }
    case 'ech':
    case 'ece': {
      const deploymentId = 'deploymentId' in deployment ? deployment.deploymentId : '<deployment-id>';
      return [
        {
          text:
            "On the deployment's Security page, under Remote Connections, delete the API key whose remote cluster " +
            `name is ${alias}.`,
        },
        {
          text:
            'Or with ecctl, which removes a secret set to null and keeps the others: ' +
            `save this as remove-${alias}.json and run ` +
            `ecctl deployment elasticsearch keystore update ${deploymentId} --file remove-${alias}.json`,
          code: JSON.stringify({ secrets: { [setting]: null } }, null, 2),
          language: 'json',
        },
      ];
    }
  }
}
