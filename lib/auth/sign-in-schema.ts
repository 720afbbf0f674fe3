import { z } from 'zod';

/** The sign-in form's input; the form and next-auth's authorize() parse it with this same schema. */
export const signInSchema = z.object({
  clusterId: z.string().min(1, 'Choose a cluster.').max(63, 'Cluster id is too long.'),
  username: z.string().trim().min(1, 'Enter your username.').max(1024, 'Username must be at most 1024 characters.'),
  password: z.string().min(1, 'Enter your password.').max(1024, 'Password must be at most 1024 characters.'),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Signing in to one more cluster from inside a session: the cluster comes from the route. */
export const clusterSignInSchema = signInSchema.omit({ clusterId: true });
export type ClusterSignInInput = z.infer<typeof clusterSignInSchema>;

// The error words need no zod: the sign-in forms import them from there, and load this module only to validate.
export { SIGN_IN_ERRORS, signInErrorMessage, type SignInErrorCode } from './sign-in-errors';
