import 'server-only';
import type { Client, estypes } from '@elastic/elasticsearch';
import { ownEntry } from '@/lib/own-entry';
import type { NewUser, UserUpdate, UserView } from '@/lib/roles/users-schema';
import { ApiError, describeError } from '@/lib/server/http/api-error';
import type { ClusterTarget } from '@/lib/server/http/cluster-route';
import { deleteEach, type BulkDeletion } from '@/lib/server/http/delete-each';
import { getRole } from './operations';

export const USER_EXISTS = 'There is already a user with that name.';
export const USER_NOT_FOUND = 'There is no native user with that name.';
const builtIn = (username: string, what: string) => `"${username}" is a built-in user: ${what}.`;
const yourself = (what: string) => `You are signed in as this user: ${what} would lock you out of the console.`;

/** Whether the browser session acting on this cluster is signed in as that user (tools' own headers are not). */
const isCaller = (target: ClusterTarget, username: string) => target.grant?.session.username === username;

function toUserView(username: string, user: estypes.SecurityUser): UserView {
  return {
    username,
    fullName: user.full_name ?? null,
    email: user.email ?? null,
    roles: [...user.roles],
    enabled: user.enabled,
    reserved: user.metadata?._reserved === true,
  };
}

async function findUser(es: Client, username: string): Promise<estypes.SecurityUser | undefined> {
  try {
    return ownEntry(await es.security.getUser({ username }), username);
  } catch (error) {
    if (describeError(error).statusCode === 404) return undefined;
    throw error;
  }
}

export async function listUsers(target: ClusterTarget): Promise<UserView[]> {
  const users = await target.es.security.getUser();
  return Object.entries(users)
    .map(([name, user]) => toUserView(name, user))
    .sort((a, b) => a.username.localeCompare(b.username));
}

/** A new native user; never overwrites one that exists (PUT _security/user would replace its password). */
export async function createUser(target: ClusterTarget, input: NewUser): Promise<UserView> {
  const es = target.es;
  if (await findUser(es, input.username)) throw new ApiError(409, USER_EXISTS);
  await es.security.putUser({
    username: input.username,
    password: input.password,
    roles: input.roles,
    ...(input.fullName ? { full_name: input.fullName } : {}),
    ...(input.email ? { email: input.email } : {}),
    refresh: 'wait_for',
  });
  const created = await findUser(es, input.username);
  if (!created) throw new ApiError(500, 'The user was created but cannot be read back.');
  return toUserView(input.username, created);
}

/** Adds the role to an existing native user, keeping everything else (an update without password keeps it). */
export async function assignRole(target: ClusterTarget, role: string, username: string): Promise<UserView> {
  await getRole(target, role);
  const es = target.es;
  const user = await findUser(es, username);
  if (!user) throw new ApiError(404, USER_NOT_FOUND);
  if (user.metadata?._reserved === true) throw new ApiError(400, builtIn(username, 'its roles cannot be changed'));
  if (!user.roles.includes(role)) {
    await es.security.putUser({
      username,
      roles: [...user.roles, role],
      full_name: user.full_name ?? undefined,
      email: user.email ?? undefined,
      metadata: user.metadata,
      enabled: user.enabled,
      refresh: 'wait_for',
    });
  }
  return toUserView(username, (await findUser(es, username)) ?? user);
}

/**
 * Replaces the user's roles and, when given, its names and whether it may sign in. The password is kept: an update
 * without one leaves it as it is. Built-in users are refused, as Elasticsearch's own role changes for them would be.
 */
export async function updateUser(target: ClusterTarget, username: string, input: UserUpdate): Promise<UserView> {
  const es = target.es;
  const user = await findUser(es, username);
  if (!user) throw new ApiError(404, USER_NOT_FOUND);
  if (user.metadata?._reserved === true) throw new ApiError(400, builtIn(username, 'it cannot be changed here'));
  if (input.enabled === false && isCaller(target, username))
    throw new ApiError(400, yourself('disabling it'), { fields: { enabled: yourself('disabling it') } });
  const fullName = input.fullName === undefined ? user.full_name : input.fullName;
  const email = input.email === undefined ? user.email : input.email;
  await es.security.putUser({
    username,
    roles: input.roles,
    full_name: fullName ?? undefined,
    email: email ?? undefined,
    metadata: user.metadata,
    enabled: input.enabled ?? user.enabled,
    refresh: 'wait_for',
  });
  return toUserView(username, (await findUser(es, username)) ?? user);
}

/** Deletes each native user it can, and says why for the others (built-in, missing, or Elasticsearch's reason). */
export function deleteUsers(target: ClusterTarget, usernames: string[]): Promise<BulkDeletion> {
  const es = target.es;
  return deleteEach(usernames, async (name) => {
    const user = await findUser(es, name);
    if (!user) throw new ApiError(404, USER_NOT_FOUND);
    if (user.metadata?._reserved === true) throw new ApiError(400, builtIn(name, 'it cannot be deleted'));
    if (isCaller(target, name)) throw new ApiError(400, yourself('deleting it'));
    await es.security.deleteUser({ username: name, refresh: 'wait_for' });
  });
}
