import { describe, expect, it } from 'vitest';
import { DUPLICATE_USERNAME, initialUserValues, userFormBody } from './user-form-values';

const analyst = {
  username: 'analyst',
  fullName: 'Log analyst',
  email: null,
  roles: ['logs'],
  enabled: true,
  reserved: false,
};

describe('the users form', () => {
  it('sends a new user with its roles, leaving empty optional fields out', () => {
    const values = { ...initialUserValues(), username: 'ops', password: 'secret1', confirm: 'secret1', roles: ['a'] };
    expect(userFormBody(values, 'create', [])).toEqual({
      body: { username: 'ops', password: 'secret1', roles: ['a'] },
      errors: {},
    });
  });

  it('names each wrong field of a new user, and sends nothing', () => {
    const values = { ...initialUserValues(), username: ' ops', password: 'abc', confirm: 'abd', email: 'nope' };
    const { body, errors } = userFormBody(values, 'create', []);
    expect(body).toBeUndefined();
    expect(errors).toEqual({
      username: 'must not begin or end with spaces',
      password: 'must be at least 6 characters',
      confirm: 'must be the same as the password',
      roles: 'must give the user at least one role',
      email: 'must be an email address such as ops@example.com',
    });
  });

  it('catches a taken username before the server does', () => {
    const values = {
      ...initialUserValues(),
      username: 'analyst',
      password: 'secret1',
      confirm: 'secret1',
      roles: ['a'],
    };
    expect(userFormBody(values, 'create', ['analyst']).errors).toEqual({ username: DUPLICATE_USERNAME });
  });

  it('sends the changes of an existing user without a password, clearing emptied names', () => {
    const values = { ...initialUserValues(analyst), fullName: '  ', roles: ['logs', 'metrics'], enabled: false };
    expect(userFormBody(values, 'edit', ['analyst'])).toEqual({
      body: { roles: ['logs', 'metrics'], fullName: null, email: null, enabled: false },
      errors: {},
    });
  });

  it('refuses to leave an existing user without roles', () => {
    const values = { ...initialUserValues(analyst), roles: [] };
    expect(userFormBody(values, 'edit', [])).toEqual({
      body: undefined,
      errors: { roles: 'must give the user at least one role' },
    });
  });
});
