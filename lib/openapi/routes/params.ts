import { z } from 'zod';
import { remoteClusterNameSchema } from '@/lib/remote-clusters/schema';
import type { ApiParameter } from '../route-types';

// Path parameters shared by several routes, with the rules the handlers apply.

export const clusterIdParam: ApiParameter = {
  description: 'A registered cluster id (GET /api/clusters lists them); 404 for an unknown one.',
  schema: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/),
  example: 'local',
};

export const remoteNameParam: ApiParameter = {
  description: 'The remote cluster alias.',
  schema: remoteClusterNameSchema,
  example: 'sandbox-remote',
};

export const remoteNamesParam: ApiParameter = {
  description: 'One alias, or up to 200 separated by commas.',
  schema: z.string().min(1),
  example: 'old-remote,older-remote',
};
