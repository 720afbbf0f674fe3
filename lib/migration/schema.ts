import { z } from 'zod';
import { testIndexPatternSchema } from '@/lib/connect/schema';
import { addressError, isDnsName } from '@/lib/remote-clusters/address';
import { remoteIndexPrivilegesSchema, roleNameSchema } from '@/lib/roles/schema';

// Inputs of the migration steps that take any, shared by the assistant's forms and the route.

export const updateRolesInputSchema = z.object({
  roles: z
    .array(
      z.object({
        name: roleNameSchema,
        remote_indices: z
          .array(remoteIndexPrivilegesSchema)
          .min(1, 'must add at least one remote_indices entry')
          .max(100),
      }),
      { error: 'is required' },
    )
    .min(1, 'must list at least one role')
    .max(50, 'must list at most 50 roles'),
});

export const addRemoteInputSchema = z.object({
  mode: z.enum(['sniff', 'proxy'], { error: 'must be "sniff" or "proxy"' }),
  address: z.string({ error: 'is required' }).superRefine((value, ctx) => {
    const error = addressError(value);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  }),
  serverName: z.string().max(253).refine(isDnsName, 'must be a DNS name such as es.example.com').optional(),
});

export const verifyInputSchema = z.object({ testIndex: testIndexPatternSchema.optional() });

export type UpdateRolesInput = z.output<typeof updateRolesInputSchema>;
export type AddRemoteInput = z.output<typeof addRemoteInputSchema>;
