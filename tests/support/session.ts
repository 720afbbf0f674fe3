/** Signs in through next-auth's credentials flow, as the browser's form does, and keeps the cookies. */
export class ConsoleSessionClient {
  private cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', this.cookieHeader());
    const send = () => fetch(`${this.baseUrl}${path}`, { ...init, headers, redirect: 'manual' });
    // After a long pause (a cluster restart) the pooled keep-alive connection may have been closed by the
    // server just as it is reused; a GET is safe to send once more.
    const response = await send().catch((error: unknown) => {
      const socketClosed = (error as { cause?: { code?: string } }).cause?.code === 'UND_ERR_SOCKET';
      if (socketClosed && (init.method ?? 'GET') === 'GET') return send();
      throw error;
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', ...rest] = pair.split('=');
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute)) || rest.join('=') === '';
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), rest.join('='));
    }
    return response;
  }

  private async csrfToken(): Promise<string> {
    const { csrfToken } = (await (await this.fetch('/api/auth/csrf')).json()) as { csrfToken: string };
    return csrfToken;
  }

  /** Returns next-auth's error code, or null when signed in. */
  async signIn(username: string, password: string, clusterId = 'local'): Promise<string | null> {
    const body = new URLSearchParams({
      csrfToken: await this.csrfToken(),
      clusterId,
      username,
      password,
      json: 'true',
    });
    const response = await this.fetch('/api/auth/callback/elasticsearch', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    const { url } = (await response.json()) as { url: string };
    return new URL(url).searchParams.get('error');
  }

  async signOut(): Promise<Response> {
    const body = new URLSearchParams({ csrfToken: await this.csrfToken(), json: 'true' });
    return this.fetch('/api/auth/signout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
  }

  async session(): Promise<Record<string, unknown>> {
    return (await (await this.fetch('/api/auth/session')).json()) as Record<string, unknown>;
  }
}
