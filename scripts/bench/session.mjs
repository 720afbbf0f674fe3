// A browser-like sign-in over plain HTTP (next-auth's credentials flow), for the pollers that stand for
// people with the page open. Each sign-in makes the console create a session API key, so it is a distinct
// credential: the shared read reaches it only after a _has_privileges check, which scenario 3 counts.
// Signing out invalidates that key, so the benchmark leaves no live keys behind.

function cookieJar() {
  const cookies = new Map();
  return {
    store(response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const index = pair.indexOf('=');
        cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1));
      }
    },
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    has: (predicate) => [...cookies.keys()].some(predicate),
  };
}

async function csrfToken(consoleUrl, jar) {
  const response = await fetch(`${consoleUrl}/api/auth/csrf`, { headers: { cookie: jar.header() } });
  jar.store(response);
  return (await response.json()).csrfToken;
}

export async function signIn({ consoleUrl, clusterId, username, password }) {
  const jar = cookieJar();
  const form = new URLSearchParams({
    csrfToken: await csrfToken(consoleUrl, jar),
    clusterId,
    username,
    password,
    json: 'true',
  });
  const response = await fetch(`${consoleUrl}/api/auth/callback/elasticsearch`, {
    method: 'POST',
    redirect: 'manual',
    body: form,
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
  });
  jar.store(response);
  await response.text();
  if (!jar.has((name) => name.endsWith('rcc.session'))) throw new Error(`sign-in failed: HTTP ${response.status}`);
  return {
    cookie: jar.header(),
    async signOut() {
      const body = new URLSearchParams({ csrfToken: await csrfToken(consoleUrl, jar), json: 'true' });
      const out = await fetch(`${consoleUrl}/api/auth/signout`, {
        method: 'POST',
        redirect: 'manual',
        body,
        headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      });
      await out.text();
    },
  };
}
