import { readFileSync } from 'node:fs';
import { ConnectPage } from './pages/connect-page';
import { SignInPage } from './pages/sign-in-page';
import { expect, test } from './fixtures';

// An ECK cluster connecting to an Elastic Cloud Hosted deployment, walked in the browser: the person says where
// each cluster runs, the plan for that pair appears with its artifacts, a pasted key is filled into the Secret on
// screen (and only there), and the runbook downloads. Nothing is written to the sandbox: the walk stops before
// the register step.

const PASSWORD = process.env.SANDBOX_PASSWORD ?? 'sandbox-elastic';
const DEPLOYMENT_ID = '0123456789abcdef0123456789abcdef';
// base64 of "planKeyId:not-a-real-secret-0123", shaped like an encoded key.
const PASTED_KEY = Buffer.from('planKeyId:not-a-real-secret-0123').toString('base64');

test('walks an ECK -> ECH plan: artifacts per step, the key filled in on screen, the runbook', async ({ page }) => {
  await new SignInPage(page).signInTo('local', 'elastic', PASSWORD);
  await page.goto('/remote-clusters/connect');
  const connect = new ConnectPage(page);
  await expect(connect.step('Remote')).toBeVisible();

  // Where the clusters run: the local as an ECK resource (its version decides how 9443 is exposed), the remote ECH.
  await page.getByTestId('deployment-local-type').selectOption('eck');
  await page.getByTestId('deployment-local-name').fill('quickstart');
  await page.getByTestId('deployment-local-namespace').fill('Search');
  await page.getByTestId('deployment-local-namespace').blur();
  await expect(page.getByTestId('deployment-local')).toContainText('must be a Kubernetes namespace');
  await page.getByTestId('deployment-local-namespace').fill('search');
  await page.getByTestId('deployment-remote-type').selectOption('ech');
  await page.getByTestId('deployment-remote-deploymentId').fill(DEPLOYMENT_ID);

  await page.getByTestId('connectRemoteSelect').selectOption('__address__');
  await page.getByTestId('connectRemoteAddress').fill('logs.es.us-east-1.aws.found.io:9443');
  await connect.chooseAlias('cloud-logs');
  await page.getByTestId('connectRemoteNext').click();
  await expect(connect.step('Key')).toBeVisible();

  const plan = page.getByTestId('connectionPlan');
  await expect(plan).toBeVisible();
  await expect(page.getByTestId('connectionPlanStep-remote-server')).toContainText('already on');
  await expect(page.getByTestId('connectionPlanStep-remote-ca')).toHaveCount(0);
  await expect(page.getByTestId('connectionPlanArtifact-local-keystore-0')).toContainText('kind: Secret');
  await expect(page.getByTestId('connectionPlanArtifact-local-keystore-0')).toContainText('<ENCODED_API_KEY>');
  await expect(page.getByTestId('connectionPlanArtifact-local-keystore-1')).toContainText(
    'kubectl patch elasticsearch quickstart -n search --type merge',
  );
  await expect(page.getByTestId('connectionPlanArtifact-local-register-0')).toContainText(
    '"server_name": "logs.es.us-east-1.aws.found.io"',
  );

  // The key pasted in step b goes into the Secret on screen; the plan request never carries it.
  const planRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/connection_plan')) planRequests.push(`${request.url()} ${request.postData() ?? ''}`);
  });
  await page.getByTestId('connectKeyPasteTab').click();
  await page.getByTestId('connectKeyPasteInput').fill(PASTED_KEY);
  await page.getByTestId('connectKeyPasteButton').click();
  await expect(page.getByTestId('connectManagedKeystoreStep')).toBeVisible();
  await expect(page.getByTestId('connectManagedKeystore-0')).toContainText(
    `cluster.remote.cloud-logs.credentials: ${PASTED_KEY}`,
  );
  await expect(page.getByTestId('connectionPlanArtifact-local-keystore-0')).toContainText(PASTED_KEY);
  expect(planRequests.join('\n')).not.toContain(PASTED_KEY);
  expect(await page.evaluate(() => JSON.stringify(window.localStorage))).not.toContain(PASTED_KEY);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('connectionPlanRunbook').click(),
  ]);
  expect(download.suggestedFilename()).toBe('connect-cloud-logs.md');
  const runbook = readFileSync((await download.path())!, 'utf8');
  expect(runbook).toContain('to logs.es.us-east-1.aws.found.io:9443 as remote "cloud-logs"');
  expect(runbook).toContain('- Local cluster: Elastic Cloud on Kubernetes (ECK): quickstart in search');
  expect(runbook).not.toContain(PASTED_KEY);

  await page.setViewportSize({ width: 1440, height: 900 });
  await test
    .info()
    .attach('eck-to-ech-plan-1440', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await test
    .info()
    .attach('eck-to-ech-plan-390', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  await page.getByTestId('connectStartOver').click();
});

test("the add wizard's guidance follows where the clusters run, up to the registration it does itself", async ({
  page,
}) => {
  await new SignInPage(page).signInTo('local', 'elastic', PASSWORD);
  await page.goto('/remote-clusters/add');
  const guidance = page.getByTestId('addRemoteDeploymentGuidance');
  await guidance.getByTestId('addRemoteDeploymentGuidanceToggle').click();
  await guidance.getByTestId('deployment-local-type').selectOption('ece');
  await guidance.getByTestId('deployment-local-deploymentId').fill(DEPLOYMENT_ID);
  await guidance.getByTestId('deployment-remote-type').selectOption('eck');
  await guidance.getByTestId('deployment-remote-name').fill('archive');
  await guidance.getByTestId('deployment-remote-namespace').fill('data');

  await expect(guidance.getByTestId('connectionPlanStep-remote-server')).toContainText(
    'kubectl expose service archive-es-remote-cluster -n data',
  );
  const keystore = guidance.getByTestId('connectionPlanArtifact-local-keystore-0');
  await expect(keystore).toContainText(`PATCH https://<ECE API address>:12443/api/v1/deployments/${DEPLOYMENT_ID}`);
  await expect(keystore).toContainText('"cluster.remote.my-remote.credentials"');
  await expect(guidance.getByTestId('connectionPlanStep-local-register')).toHaveCount(0);
  await expect(guidance.getByTestId('connectionPlanStep-verify')).toHaveCount(0);
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    const shot = await page.screenshot({ fullPage: true });
    await test.info().attach(`add-wizard-guidance-${width}`, { body: shot, contentType: 'image/png' });
  }
});
