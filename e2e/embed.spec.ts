import { ALLOWED_PORTAL_ORIGIN, EmbedPortalPage, OTHER_PORTAL_ORIGIN } from './pages/embed-portal-page';
import { CONSOLE_ONLY, expect, test } from './fixtures';

// The example portal (examples/portal) on another port of 127.0.0.1: another origin, the same site, so the
// SameSite=Lax session cookie is sent inside the frame over plain http, as SameSite=None is over https.

const PASSWORD = process.env.SANDBOX_PASSWORD ?? 'sandbox-elastic';

test(
  'an allowed portal embeds the console: sign-in and the list ' +
    'inside the frame, heights and routes reach the portal',
  CONSOLE_ONLY,
  async ({ page, baseURL, consoleProblems }) => {
    const portal = new EmbedPortalPage(page);
    const frame = portal.console();
    await portal.open(ALLOWED_PORTAL_ORIGIN, baseURL ?? '');

    // Not signed in: the console's redirect to sign-in stays inside the frame, embedded, with its return address.
    await expect(frame.getByTestId('signInPanel')).toBeVisible();
    await expect(portal.route()).toHaveText(`/sign-in?callbackUrl=${encodeURIComponent('/remote-clusters?embed=1')}`);
    await portal.signIn('elastic', PASSWORD);

    await expect(frame.getByTestId('remoteClustersHeader')).toBeVisible();
    await expect(frame.getByTestId('remoteClusterRow-node-defined')).toBeVisible();
    await expect(frame.getByTestId('consoleHeader')).toHaveCount(0);
    await expect(frame.getByTestId('consoleContent')).toHaveAttribute('data-embedded', 'true');
    await expect(portal.route()).toHaveText('/remote-clusters');

    // The portal sized the frame to the height the console reported.
    await expect.poll(async () => Number(await portal.height().textContent())).toBeGreaterThan(200);
    const reported = Number(await portal.height().textContent());
    await expect.poll(() => portal.frameHeight()).toBeGreaterThanOrEqual(reported);

    // In-app navigation stays in the frame and embedded, and the portal follows the route.
    await frame.getByTestId('remoteClustersAddButton').click();
    await expect(frame.getByTestId('remoteClusterWizard')).toBeVisible();
    await expect(portal.route()).toHaveText('/remote-clusters/add');
    await expect(frame.getByTestId('consoleHeader')).toHaveCount(0);
    expect(page.url()).toContain(ALLOWED_PORTAL_ORIGIN);

    // Another page opened by the portal: the REST API page, with code blocks (EUI's own Emotion instance, nonce'd).
    await portal.open(ALLOWED_PORTAL_ORIGIN, baseURL ?? '', '/api-docs');
    await expect(frame.getByTestId('apiDocsHeader')).toBeVisible();
    await expect(portal.route()).toHaveText('/api-docs');
    await frame.getByTestId('apiDocsSchema-RemoteCluster-toggle').click();
    await expect(frame.getByTestId('apiDocsSchema-RemoteCluster').locator('pre')).toContainText('settingsVersion');
    await frame.getByTestId('apiDocsOperation-POST-/api/remote_clusters-toggle').click();
    await expect(frame.getByTestId('apiDocsOperation-POST-/api/remote_clusters')).toContainText('RemoteClusterCreate');

    // Signing out inside the frame lands on the embedded sign-in page, still in the frame.
    await frame.getByTestId('embedSignOut').click();
    await expect(frame.getByTestId('signInPanel')).toBeVisible();
    await expect(portal.route()).toHaveText('/sign-in');
    expect(consoleProblems.seen).toEqual([]);
  },
);

test(
  'a portal on an origin that is not allowed gets no console: the browser refuses the frame',
  CONSOLE_ONLY,
  async ({ page, baseURL, consoleProblems }) => {
    // Chromium's words for the refusal, naming the console's policy (only the allowed portal's origin).
    consoleProblems.expect(
      new RegExp(
        `Framing '${baseURL}/' violates the following Content Security ` +
          `Policy directive: "frame-ancestors 'self' ${ALLOWED_PORTAL_ORIGIN}"`,
      ),
    );
    const portal = new EmbedPortalPage(page);
    await portal.open(OTHER_PORTAL_ORIGIN, baseURL ?? '');
    await expect.poll(() => portal.frameUrl()).toMatch(/^chrome-error:/);
    await expect(portal.console().getByTestId('signInPanel')).toHaveCount(0);
    await expect(portal.messageCount()).toHaveText('0');
  },
);

test(
  'the console in its own tab keeps its header, and ?embed=1 hides it there too',
  CONSOLE_ONLY,
  async ({ page, consoleProblems }) => {
    await page.goto('/sign-in?embed=1');
    await expect(page.getByTestId('consoleContent')).toHaveAttribute('data-embedded', 'true');
    await page.goto('/sign-in');
    await expect(page.getByTestId('consoleContent')).toHaveAttribute('data-embedded', 'false');
    expect(consoleProblems.seen).toEqual([]);
  },
);
