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

/** Codes authorize() throws; the form turns them into words. None of them reveals which part was wrong. */
export const SIGN_IN_ERRORS = {
  CredentialsSignin: 'Wrong username or password.',
  ClusterUnreachable: 'The cluster did not answer. Check that it is running, then try again.',
  UnknownCluster: 'That cluster is not registered in this console.',
  InvalidInput: 'Fill in every field.',
  SignInFailed: 'Sign-in failed. Try again, or ask an administrator to check the console logs.',
} as const;
export type SignInErrorCode = keyof typeof SIGN_IN_ERRORS;

export function signInErrorMessage(code: string | null | undefined): string {
  if (!code) return SIGN_IN_ERRORS.SignInFailed;
  // Own keys only: `in` would also find inherited ones such as __proto__.
  return Object.hasOwn(SIGN_IN_ERRORS, code) ? SIGN_IN_ERRORS[code as SignInErrorCode] : SIGN_IN_ERRORS.SignInFailed;
}
