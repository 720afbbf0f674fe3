// The browser's one way to call the console's API: JSON in and out, kbn-xsrf on writes (the CSRF guard the
// server requires for cookie sessions), and errors that keep the server's status and body.

export interface ApiErrorPayload {
  statusCode: number;
  error: string;
  message: string;
  attributes?: { fields?: Record<string, string> } & Record<string, unknown>;
}

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly payload: ApiErrorPayload,
  ) {
    super(payload.message);
    this.name = 'ApiRequestError';
  }

  get fields(): Record<string, string> {
    return this.payload.attributes?.fields ?? {};
  }
}

export async function fetchJson<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['kbn-xsrf'] = 'true';
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    // No cache option: the API answers Cache-Control: no-store already, and cache: 'no-store' would make the
    // browser send Cache-Control: no-cache on every poll.
    response = await fetch(url, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiRequestError(0, {
      statusCode: 0,
      error: 'Network error',
      message: 'The console cannot be reached. Check your connection and try again.',
    });
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const payload = (
      body && typeof body === 'object' && 'message' in body
        ? body
        : {
            statusCode: response.status,
            error: response.statusText,
            message: `The console answered ${response.status}.`,
          }
    ) as ApiErrorPayload;
    throw new ApiRequestError(response.status, payload);
  }
  return body as T;
}
