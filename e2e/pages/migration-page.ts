import { expect, type Page } from '@playwright/test';

type Action =
  | 'snapshot'
  | 'pause_tasks'
  | 'update_roles'
  | 'remove_remote'
  | 'credentials'
  | 'add_remote'
  | 'verify'
  | 'resume_tasks'
  | 'rollback'
  | 'rollback_verify';
type Step = 'inventory' | Exclude<Action, 'rollback_verify'>;

/** The migration assistant (/remote-clusters/migrate/<alias>) and its list, addressed by data-test-subj. */
export class MigrationPage {
  constructor(private readonly page: Page) {}

  step(step: Step) {
    return this.page.getByTestId(`migrationStep-${step}`);
  }

  plan(action: Action) {
    return this.page.getByTestId(`migrationPlan-${action}`);
  }

  result(action: Action) {
    return this.page.getByTestId(`migrationResult-${action}`);
  }

  async chooseRemoteCluster(clusterId: string) {
    await this.page.getByTestId('migrationRemoteCluster').selectOption(clusterId);
  }

  async signInToRemote(clusterId: string, username: string, password: string) {
    await this.page.getByTestId(`clusterSignIn-${clusterId}Username`).fill(username);
    await this.page.getByTestId(`clusterSignIn-${clusterId}Password`).fill(password);
    await this.page.getByTestId(`clusterSignIn-${clusterId}Submit`).click();
  }

  roleJson(role: string) {
    return this.page.getByTestId(`migrationRoleJson-${role}`);
  }

  /** Waits for the step's plan (Run is disabled until it is shown), runs it and expects it to succeed. */
  async run(action: Exclude<Action, 'rollback'>, options: { timeout?: number; confirm?: boolean } = {}) {
    await expect(this.plan(action)).toBeVisible();
    await this.page.getByTestId(`migrationRun-${action}`).click();
    if (options.confirm) await this.page.getByTestId('confirmModalConfirmButton').click();
    await expect(this.result(action)).toHaveAttribute('data-ok', 'true', { timeout: options.timeout ?? 20_000 });
  }

  /**
   * Runs a check until it passes: Elasticsearch connects to a re-added remote in the background, so the first
   * verification may come too early, and the step is made to be run again.
   */
  async runUntilOk(action: 'verify' | 'rollback_verify', timeout = 60_000) {
    await expect(this.plan(action)).toBeVisible();
    await expect(async () => {
      await this.page.getByTestId(`migrationRun-${action}`).click();
      await expect(this.result(action)).toHaveAttribute('data-ok', 'true', { timeout: 8_000 });
    }).toPass({ timeout });
  }

  finding(step: Step, id: string) {
    return this.step(step).getByTestId(`connectFinding-${id}`);
  }
}
