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
