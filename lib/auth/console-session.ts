import type { z } from 'zod';
import type { consoleSessionSchema } from '@/lib/openapi/models/clusters';
/** What the browser may know about the signed-in person: identity and cluster, never credentials. */
export type ConsoleSession = z.output<typeof consoleSessionSchema>;
