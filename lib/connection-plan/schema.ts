import { z } from 'zod';
import { crossClusterAccessSchema } from '@/lib/cross-cluster-api-keys/access-schema';
import { deploymentSchema } from '@/lib/deployments/schema';
import { remoteAddressSchema, remoteClusterNameSchema, serverNameSchema } from '@/lib/remote-clusters/schema';
import { closedObject } from '@/lib/validation/closed-object';

// The body of POST /api/clusters/{id}/connection_plan, shared by the connect wizard's form and the route. It
// never carries the cross-cluster API key: artifacts that need it hold a placeholder the browser fills in.

const CLOSED = { unknownKeyMessage: 'is not a field of a connection plan request' };

export const connectionPlanRequestSchema = closedObject(
  {
    alias: remoteClusterNameSchema,
    securityModel: z.enum(['api_key', 'certificate'], { error: 'must be "api_key" or "certificate"' }),
    local: closedObject(
      { deployment: deploymentSchema.optional() },
      { ...CLOSED, typeError: 'must be an object such as {"deployment": {"type": "eck", ...}}' },
    ).optional(),
    remote: closedObject(
      {
        clusterId: z
          .string({ error: 'must be a registered cluster id' })
          .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'must be a registered cluster id')
          .optional(),
        address: remoteAddressSchema.optional(),
        serverName: serverNameSchema.optional(),
        deployment: deploymentSchema.optional(),
      },
      { ...CLOSED, typeError: 'must be an object such as {"address": "es.example.com:9443"}' },
    ).optional(),
    /** What the key grants (API-key model); a plan without it proposes search access to every index, named so. */
    access: crossClusterAccessSchema.optional(),
    /** Both clusters are ECK resources of the same operator: ECK can create the key and keystore entry itself. */
    sameEckOperator: z.boolean({ error: 'must be true or false' }).optional(),
  },
  { ...CLOSED, typeError: 'must be a JSON object with alias and securityModel' },
);

export type ConnectionPlanRequest = z.output<typeof connectionPlanRequestSchema>;
export type ConnectionPlanRequestInput = z.input<typeof connectionPlanRequestSchema>;
