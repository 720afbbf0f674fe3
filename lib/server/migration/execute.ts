import 'server-only';
import type { Client } from '@elastic/elasticsearch';
import type { PlannedRequest } from '@/lib/migration/requests';
import type { RequestResult } from '@/lib/migration/answers';
import { describeError } from '@/lib/server/http/api-error';

/** Sends one planned request exactly as planned (the assistant showed this same object before). */
export async function send(client: Client, request: PlannedRequest): Promise<RequestResult> {
  const [path = '', query = ''] = request.path.split('?');
  try {
    const response = await client.transport.request(
      {
        method: request.method,
        path,
        querystring: Object.fromEntries(new URLSearchParams(query)),
        ...(request.body !== undefined ? { body: request.body as Record<string, unknown> } : {}),
      },
      { requestTimeout: 60_000, maxRetries: 0 },
    );
    return { request, ok: true, status: 200, response };
  } catch (error) {
    const { statusCode, message } = describeError(error);
    return { request, ok: false, status: statusCode, error: message };
  }
}

/** In order, stopping at the first failure: later requests often depend on earlier ones. */
export async function sendAll(client: Client, requests: PlannedRequest[]): Promise<RequestResult[]> {
  const results: RequestResult[] = [];
  for (const request of requests) {
    const result = await send(client, request);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

/** Each independently (pausing one task must not depend on another's), all reported. */
export async function sendEach(client: Client, requests: PlannedRequest[]): Promise<RequestResult[]> {
  const results: RequestResult[] = [];
  for (const request of requests) results.push(await send(client, request));
  return results;
}
