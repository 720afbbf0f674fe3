import type { z } from 'zod';
import type { registeredClusterViewSchema } from '@/lib/openapi/models/clusters';
// A registered cluster as the browser and REST tools see it: never its URL's credentials or CA path, and
// version and licence only when the caller is signed in there (anonymous requests cannot read them).

export type LicenceView = NonNullable<RegisteredClusterView['licence']>;

export type RegisteredClusterView = z.output<typeof registeredClusterViewSchema>;

/** The API-key security model needs an Enterprise licence (a trial counts) on both clusters. */
export function licenceAllowsApiKeyModel(licence: LicenceView | null): boolean | null {
  if (!licence) return null;
  return licence.status === 'active' && (licence.type === 'enterprise' || licence.type === 'trial');
}
