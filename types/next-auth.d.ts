import type { ConsoleSession } from '@/lib/auth/console-session';
import type { SessionGrant } from '@/lib/server/auth/session-token';

declare module 'next-auth' {
  interface Session {
    console: ConsoleSession | null;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    grant?: SessionGrant;
  }
}
