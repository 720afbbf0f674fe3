import { describe, expect, it } from 'vitest';
import { SIGN_IN_ERRORS, signInErrorMessage, signInSchema } from './sign-in-schema';

describe('signInSchema', () => {
  it('accepts a complete form and trims the username', () => {
    expect(signInSchema.parse({ clusterId: 'local', username: ' ana ', password: ' p ' })).toEqual({
      clusterId: 'local',
      username: 'ana',
      password: ' p ',
    });
  });

  it.each([
    [{ clusterId: 'local', username: '', password: 'p' }, 'username', 'Enter your username.'],
    [{ clusterId: 'local', username: '   ', password: 'p' }, 'username', 'Enter your username.'],
    [{ clusterId: 'local', username: 'ana', password: '' }, 'password', 'Enter your password.'],
    [{ clusterId: '', username: 'ana', password: 'p' }, 'clusterId', 'Choose a cluster.'],
    [
      { clusterId: 'local', username: 'a'.repeat(1025), password: 'p' },
      'username',
      'Username must be at most 1024 characters.',
    ],
  ])('names the field and the rule for %j', (input, field, message) => {
    const result = signInSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [field], message });
  });
});

describe('signInErrorMessage', () => {
  it('says the same thing for a wrong user and a wrong password', () => {
    expect(signInErrorMessage('CredentialsSignin')).toBe('Wrong username or password.');
  });

  it.each([[null], [undefined], ['TypeError: something internal'], ['__proto__']])(
    'falls back to a generic message for %s',
    (code) => {
      expect(signInErrorMessage(code)).toBe(SIGN_IN_ERRORS.SignInFailed);
    },
  );
});
