import {
  REMOTE_SERVER_PORT,
  SANDBOX_PASSWORD,
  adminClient,
  installRemoteCredentials,
  removeRemoteCredentials,
} from '../tests/support/sandbox';
import { ConsoleShellPage } from './pages/console-shell';
import { RolesPage } from './pages/roles-page';
import { SignInPage } from './pages/sign-in-page';
import { expect, test } from './fixtures';

// The seed documentation's remote-search role, built in the browser from the template for an API-key remote,
// assigned to a new user, and checked against the key behind the remote. The remote is set up as an operator
// would: a cross-cluster key (search logs-*, metrics-*) in the local keystore, the alias on the remote cluster
// server port.

const run = Date.now().toString(36);
const ALIAS = `e2e_roles_${run}`;
const ROLE = `e2e-remote-search-${run}`;
const USER = `e2e_roles_user_${run}`;
let keyId = '';

test.beforeAll(async () => {
  keyId = await installRemoteCredentials(ALIAS);
  await adminClient('local').cluster.putSettings({
    persistent: { [`cluster.remote.${ALIAS}.seeds`]: [`127.0.0.1:${REMOTE_SERVER_PORT}`] },
  });
});

test.afterAll(async () => {
  const local = adminClient('local');
  await local.security.deleteUser({ username: USER }).catch(() => undefined);
  await local.security.deleteRole({ name: ROLE }).catch(() => undefined);
  await local.cluster.putSettings({ persistent: { [`cluster.remote.${ALIAS}.seeds`]: null } }).catch(() => undefined);
  removeRemoteCredentials(ALIAS);
  if (keyId)
    await adminClient('remote')
      .security.invalidateApiKey({ ids: [keyId] })
      .catch(() => undefined);
});

async function expectIconsLoaded(shell: ConsoleShellPage) {
  expect(await shell.brokenIcons()).toEqual([]);
  expect(await shell.emptyIcons()).toEqual([]);
}

test(
  'builds the remote-search role from the template, ' + 'assigns it to a new user and shows its effective access',
  async ({ page }) => {
    test.setTimeout(150_000);
    const roles = new RolesPage(page);
    const shell = new ConsoleShellPage(page);
    const writes: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET' && request.url().includes('/roles'))
        writes.push(`${request.method()} ${request.url()}`);
    });

    await new SignInPage(page).open();
    await new SignInPage(page).signIn('elastic', SANDBOX_PASSWORD);
    await expect(page).toHaveURL(/\/remote-clusters$/);
    await shell.navLink('Roles').click();
    await expect(page.getByTestId('rolesHeader')).toBeVisible();
    await roles.filter('superuser');
    // Built-in roles are marked, with the reason, and cannot be selected for deletion.
    await expect(roles.row('superuser').getByTestId('rolesReservedBadge')).toBeVisible();
    await expect(roles.row('superuser').getByTestId('rolesDeleteAction')).toBeDisabled();

    // One invalid field: its message on the row, in the summary, and nothing is sent.
    await roles.startCreate();
    await page.getByTestId('rolesNameInput').fill(ROLE);
    await page.getByTestId('rolesAddIndexRow').click();
    await roles.addTo('rolesIndexRowNames-0', 'logs-local-*');
    await roles.addTo('rolesIndexRowPrivileges-0', 'read');
    await page.getByTestId('rolesIndexRowQuery-0').fill('{"term": ');
    await roles.save();
    await expect(roles.formErrors()).toContainText('Index privileges row 1, document query: must be a JSON object');
    await expect(page.getByTestId('rolesIndexRow-0')).toContainText(
      'must be a JSON object (a query such as {"term":{...}})',
    );
    await expect(page.getByTestId('rolesRequest')).toHaveCount(0);
    expect(writes).toEqual([]);
    await expect(adminClient('local').security.getRole({ name: ROLE })).rejects.toMatchObject({
      meta: { statusCode: 404 },
    });
    await page.getByTestId('rolesIndexRowRemove-0').click();
    await expect(roles.formErrors()).toHaveCount(0);

    // The template for the API-key remote; the certificate-model remote is listed but not offered.
    await expect(page.getByTestId('rolesTemplateRemote').locator('option[value="node-defined"]')).toBeDisabled();
    await roles.applySearchTemplate(ALIAS, 'logs-*');
    await expect(roles.pills('rolesRemoteIndexRowClusters-0')).toHaveText([ALIAS]);
    await expect(roles.pills('rolesRemoteIndexRowNames-0')).toHaveText(['logs-*']);
    await expect(roles.pills('rolesRemoteIndexRowPrivileges-0')).toHaveText([
      'read',
      'read_cross_cluster',
      'view_index_metadata',
    ]);
    await expect(page.getByTestId('rolesDescriptionInput')).toHaveValue(`Search logs-* on ${ALIAS} from this cluster.`);
    const request = await roles.showRequest();
    await expect(request).toContainText(`PUT _security/role/${ROLE}`);
    await expect(request).toContainText('"remote_indices"');
    await expectIconsLoaded(shell);
    await roles.save();

    await expect(page).toHaveURL(new RegExp(`/roles/${ROLE}\\?saved=created$`));
    await expect(page.getByTestId('rolesCreatedToast')).toContainText(`Created role ${ROLE}`);
    await expect(roles.notice()).toContainText(`assign "${ROLE}" to a user`);
    await expect(page.getByTestId('consoleBreadcrumb-0')).toHaveText('Roles');
    const stored = (await adminClient('local').security.getRole({ name: ROLE }))[ROLE];
    expect(stored?.remote_indices).toEqual([
      {
        clusters: [ALIAS],
        names: ['logs-*'],
        privileges: ['read', 'read_cross_cluster', 'view_index_metadata'],
        allow_restricted_indices: false,
      },
    ]);

    // In the list, marked with its remote; the toggle keeps only such roles.
    await roles.open();
    await roles.filter(ROLE);
    await expect(roles.row(ROLE).getByTestId('rolesRemoteBadge')).toBeVisible();
    await expect(roles.row(ROLE).getByTestId('rolesRemoteAliases')).toHaveText(ALIAS);
    await page.getByTestId('rolesOnlyRemoteToggle').click();
    await expect(roles.row(ROLE)).toBeVisible();
    await roles.filter('viewer');
    await expect(roles.row('viewer')).toHaveCount(0);
    await page.getByTestId('rolesOnlyRemoteToggle').click();
    await expect(roles.row('viewer')).toBeVisible();
    await roles.filter(ROLE);
    await roles.row(ROLE).getByTestId('rolesEditAction').click();
    await expect(page.getByTestId('rolesRoleHeader')).toContainText(ROLE);

    // Edit: the whole role is written back with the change.
    await page.getByTestId('rolesDescriptionInput').fill('Search logs on the e2e remote.');
    await roles.save();
    await expect(page.getByTestId('rolesSavedToast')).toContainText(`Saved role ${ROLE}`);
    const edited = (await adminClient('local').security.getRole({ name: ROLE }))[ROLE];
    expect(edited?.description).toBe('Search logs on the e2e remote.');
    expect(edited?.remote_indices?.[0]?.names).toEqual(['logs-*']);

    // Assign: a new user with the role; the password rules are the server's.
    await roles.openAssign();
    await page.getByTestId('rolesAssignNewTab').click();
    await page.getByTestId('rolesNewUserUsername').fill(USER);
    await page.getByTestId('rolesNewUserPassword').fill('short');
    await page.getByTestId('rolesNewUserConfirm').fill('short');
    await page.getByTestId('rolesNewUserSubmit').click();
    await expect(page.getByTestId('rolesNewUserForm')).toContainText('must be at least 6 characters');
    await page.getByTestId('rolesNewUserPassword').fill('e2e-password-1');
    await page.getByTestId('rolesNewUserConfirm').fill('e2e-password-1');
    await expectIconsLoaded(shell);
    await page.getByTestId('rolesNewUserSubmit').click();
    await expect(roles.notice()).toContainText(`User "${USER}" created with role "${ROLE}"`);
    expect((await adminClient('local').security.getUser({ username: USER }))[USER]?.roles).toEqual([ROLE]);

    // Effective access through the key behind the alias, read on the remote after signing in there.
    await roles.openEffectiveAccess();
    // It opens on the remote the role grants and on a registered cluster that answers, not on empty choices.
    await expect(page.getByTestId('rolesAccessRemote')).toHaveValue(ALIAS);
    await expect(page.getByTestId('rolesAccessKeyCluster')).toHaveValue('remote');
    await expect(page.getByTestId('rolesAccessRemote').locator('option', { hasText: 'legacy' })).toContainText(
      'not granted by this role',
    );
    await roles.signInTo('remote', 'elastic', SANDBOX_PASSWORD);
    await page.getByTestId('rolesAccessKey').selectOption(keyId);
    await expect(roles.effectivePattern('logs-*')).toHaveAttribute('data-outcome', 'granted');
    await expect(roles.effectivePattern('logs-*')).toContainText('Granted: the key allows logs-*, metrics-*');
    await expect(roles.effectiveIndex('logs-web')).toHaveAttribute('data-outcome', 'granted');
    await expect(roles.effectiveIndex('logs-db')).toHaveAttribute('data-outcome', 'granted');
    await expect(roles.effectiveIndex('metrics-host')).toHaveAttribute('data-outcome', 'not_in_role');
    await expect(page.getByTestId('rolesEffectiveKey')).toContainText(`it-${ALIAS}`);
    await expectIconsLoaded(shell);

    // The certificate-model remote: remote_indices do not apply, and the view says so.
    await page.getByTestId('rolesAccessRemote').selectOption('node-defined');
    await expect(roles.effectivePattern('logs-*')).toHaveCount(0);
    await expect(page.getByTestId('rolesEffectiveWarning').first()).toContainText(
      'certificate model: remote_indices do not apply there',
    );
    await page.getByTestId('rolesAccessClose').click();

    // Delete, confirmed, from the list.
    await roles.open();
    await roles.row(ROLE).getByTestId('rolesDeleteAction').click();
    await expect(page.getByTestId('rolesDeleteNames')).toHaveText(ROLE);
    await page.getByTestId('confirmModalConfirmButton').click();
    await expect(page.getByTestId('rolesDeletedToast')).toContainText(`Deleted role ${ROLE}`);
    await expect(page.getByTestId('rolesDeleteOutcome')).toHaveCount(0);
    await expect(roles.row(ROLE)).toHaveCount(0);
  },
);

test('opens a reserved role read-only, with the reason and a way to clone it', async ({ page }) => {
  const roles = new RolesPage(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn('elastic', SANDBOX_PASSWORD);
  await expect(page).toHaveURL(/\/remote-clusters$/);
  await roles.open();
  await roles.filter('viewer');
  await roles.row('viewer').getByTestId('rolesViewAction').click();
  await expect(page.getByTestId('rolesReservedCallout')).toContainText(
    'Built into Elasticsearch: clone it to change it.',
  );
  await expect(page.getByTestId('rolesEditorSave')).toHaveCount(0);
  await expect(page.getByTestId('rolesDeleteButton')).toHaveCount(0);
  await page.getByTestId('rolesCloneButton').click();
  await expect(page.getByTestId('rolesCloneHeader')).toContainText('viewer');
  await expect(page.getByTestId('rolesNameInput')).toHaveValue('');
  // The clone starts from the built-in role as this cluster's version defines it (8.19's viewer has no cluster
  // privileges, 9.x's has some), index privileges included.
  const viewer = (await adminClient('local').security.getRole({ name: 'viewer' })).viewer;
  await expect(roles.pills('rolesClusterPrivileges')).toHaveCount(viewer?.cluster?.length ?? 0);
  await expect(page.getByTestId('rolesIndexRowsEmpty')).toHaveCount(0);
});
