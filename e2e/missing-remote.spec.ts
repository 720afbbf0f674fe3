import { SANDBOX_PASSWORD } from '../tests/support/sandbox';
import { SignInPage } from './pages/sign-in-page';
import { CONSOLE_ONLY, expect, test } from './fixtures';

// A 404 will not turn into a 200 by asking again: the edit page of a missing remote asks once and says so.

test(
  'the edit page of a missing remote reads it once and names the reason',
  CONSOLE_ONLY,
  async ({ page, consoleProblems }) => {
    const name = `e2e_missing_${Date.now().toString(36)}`;
    await new SignInPage(page).signInTo('local', 'elastic', SANDBOX_PASSWORD);
    const reads: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes(`/remote_clusters/${name}`)) reads.push(request.url());
    });
    consoleProblems.expect(/404/);
    await page.goto(`/remote-clusters/${name}/edit`);
    await expect(page.getByTestId('editRemoteClusterLoadError')).toContainText(name);
    // Long enough for SWR's first retry (2.5 to 7.5 s with its jittered backoff) to have happened if it were allowed.
    await page.waitForTimeout(8_000);
    expect(reads).toHaveLength(1);
  },
);
