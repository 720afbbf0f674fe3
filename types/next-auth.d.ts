import type { ConsoleSession } from '@/lib/auth/console-session';
import type { SessionGrant } from '@/lib/server/auth/session-token';

declare module 'next-auth' {
  interface Session {
    console: ConsoleSession | null;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    /** The cluster the person signed in to on the sign-in page: the console's home cluster for this session. */
    grant?: SessionGrant;
    /** Further clusters signed in to later (a remote's administrator, for the connect flow), by cluster id. */
    clusterGrants?: Record<string, SessionGrant>;
  }
}
