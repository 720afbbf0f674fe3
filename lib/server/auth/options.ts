import 'server-only';
import type { NextAuthOptions, User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { sameOriginPath } from '@/lib/auth/callback-path';
import { signInSchema } from '@/lib/auth/sign-in-schema';
import type { RegisteredCluster } from '@/lib/config/schema';
import { findCluster, getConfig } from '@/lib/server/config';
import { isSessionGrant, toConsoleSession, type SessionGrant } from './session-token';
import { endSession, SignInError, signInToCluster } from './sign-in';
import { authCookies } from './session-cookie';
import { grantsOf } from './session-grants';

interface UserWithGrant extends User {
  grant: SessionGrant;
}

export interface AuthOptionsHooks {
  /** Told of every session key a sign-in creates, so the request can revoke it if its answer then fails. */
  onGrantIssued?: (cluster: RegisteredCluster, grant: SessionGrant) => void;
}

export function authOptions(hooks: AuthOptionsHooks = {}): NextAuthOptions {
  const config = getConfig();
  return {
    secret: config.sessionSecret,
    session: { strategy: 'jwt', maxAge: config.sessionMaxAgeSeconds },
    jwt: { maxAge: config.sessionMaxAgeSeconds },
    // All of next-auth's sign-in cookies, so they follow the embedding rule (SameSite=None inside a portal over https).
    cookies: authCookies(),
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        id: 'elasticsearch',
        name: 'Elasticsearch',
        credentials: { clusterId: {}, username: {}, password: {} },
        async authorize(raw): Promise<UserWithGrant> {
          const input = signInSchema.safeParse(raw);
          if (!input.success) throw new SignInError('InvalidInput');
          const cluster = findCluster(input.data.clusterId);
          if (!cluster) throw new SignInError('UnknownCluster');
          let grant: SessionGrant;
          try {
            grant = await signInToCluster(
              cluster,
              input.data.username,
              input.data.password,
              config.sessionMaxAgeSeconds,
            );
          } catch (error) {
            // next-auth puts the thrown message into a URL: only our codes may reach it, never a raw error.
            if (error instanceof SignInError) throw error;
            console.error(`[auth] sign-in failed unexpectedly: ${(error as Error).name}`);
            throw new SignInError('SignInFailed');
          }
          hooks.onGrantIssued?.(cluster, grant);
          return { id: `${cluster.id}/${grant.session.username}`, name: grant.session.username, grant };
        },
      }),
    ],
    callbacks: {
      // next-auth's default throws on an address the URL parser refuses (a 500) and trusts prefix checks: ours
      // always answers a path on the console's origin, parsed as a browser would.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${sameOriginPath(url, baseUrl) ?? '/'}`;
      },
      jwt({ token, user }) {
        if (user && 'grant' in user) token.grant = (user as UserWithGrant).grant;
        return token;
      },
      // The only view of the session the browser gets (/api/auth/session): no credentials.
      session({ session, token }) {
        return {
          expires: session.expires,
          console: isSessionGrant(token.grant) ? toConsoleSession(token.grant) : null,
        };
      },
    },
    events: {
      // Every cluster's session key goes, not only the home cluster's.
      async signOut({ token }) {
        await Promise.all(
          [...grantsOf(token)].map(async ([clusterId, grant]) => {
            const cluster = findCluster(clusterId);
            if (cluster) await endSession(cluster, grant);
          }),
        );
      },
    },
  };
}
