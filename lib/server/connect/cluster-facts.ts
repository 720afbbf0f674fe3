import 'server-only';
import type { Client } from '@elastic/elasticsearch';
import type { ClusterFacts } from '@/lib/connect/readiness';
import { compareVersions } from '@/lib/versions';

const READ = { requestTimeout: 10_000, maxRetries: 0 } as const;

interface RawNode {
  name?: string;
  version?: string;
  remote_cluster_server?: { publish_address?: string };
  settings?: { xpack?: { security?: { remote_cluster_client?: { ssl?: { enabled?: string } } } } };
}

interface RawCertificate {
  subject_dn?: string;
  issuer?: string;
  has_private_key?: boolean;
}

/**
 * The facts the connect readiness checks need, read as the caller in parallel: nodes info (version, remote
 * cluster server address, client TLS setting), the licence, and the SSL certificates in use. A read the
 * caller may not make leaves its facts null, with the reason, instead of failing the whole check.
 */
export async function readClusterFacts(client: Client): Promise<ClusterFacts> {
  const reasons: string[] = [];
  const failed = (what: string) => (error: unknown) => {
    reasons.push(`${what}: ${(error as Error).message}`);
    return null;
  };
  const [nodesInfo, licence, certificates] = await Promise.all([
    client.nodes
      .info(
        {
          filter_path: [
            'nodes.*.name',
            'nodes.*.version',
            'nodes.*.remote_cluster_server',
            'nodes.*.settings.xpack.security.remote_cluster_client',
          ],
        },
        READ,
      )
      .then((info) => Object.values((info as { nodes?: Record<string, RawNode> }).nodes ?? {}), failed('nodes info')),
    client.license
      .get({}, READ)
      .then(
        (response) => ({ type: String(response.license.type), status: String(response.license.status) }),
        failed('licence'),
      ),
    client.ssl.certificates(undefined, READ).then((list) => list as RawCertificate[], failed('SSL certificates')),
  ]);
  const versions = nodesInfo?.flatMap((node) => (node.version ? [node.version] : [])).sort(compareVersions);
  return {
    version: versions?.[0] ?? null,
    licence,
    nodes:
      nodesInfo?.map((node) => ({
        name: node.name ?? '?',
        remoteClusterServer: node.remote_cluster_server?.publish_address ?? null,
      })) ?? null,
    // Elasticsearch's default is enabled: only an explicit "false" turns it off.
    remoteClusterClientSsl: nodesInfo
      ? nodesInfo.every((node) => node.settings?.xpack?.security?.remote_cluster_client?.ssl?.enabled !== 'false')
      : null,
    trustedCaSubjects: certificates
      ? unique(certificates.filter((cert) => !cert.has_private_key).map((cert) => cert.subject_dn))
      : null,
    presentedCertificateIssuers: certificates
      ? unique(certificates.filter((cert) => cert.has_private_key).map((cert) => cert.issuer))
      : null,
    ...(reasons.length > 0 ? { unreadable: reasons.join('; ') } : {}),
  };
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))];
}
