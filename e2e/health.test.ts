import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();
let projectId: string;

beforeAll(async () => {
  const pmo = await harness.server.login('pmo@demo.gantry.local');
  projectId = (await pmo.get('/api/projects?q=PRJ-0001')).body.items[0].id;
}, 300_000);

async function pageAs(email: string): Promise<Page> {
  const context = await newContext(harness.browser);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await signIn(page, harness.server.url, email, DEMO_PASSWORD);
  return page;
}

/** Reloads the health page until `ready` holds: rule changes reach projects through the evaluation round. */
async function healthPageUntil(page: Page, ready: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.goto(`${harness.server.url}/projects/${projectId}/health`);
    await page.getByRole('table', { name: 'Health by dimension' }).waitFor();
    if (await ready()) return;
    await page.waitForTimeout(500);
  }
}

describe('project health in the browser', () => {
  it('a PMO lowers the finish-variance amber threshold and sees PRJ-0001 give that reason', async () => {
    const page = await pageAs('pmo@demo.gantry.local');
    await page.goto(`${harness.server.url}/`);
    await page.getByTestId('health-row-PRJ-0001').waitFor();
    await page.getByTestId('health-heatmap').and(page.locator('[data-rendered="true"]')).waitFor();
    await screenshot(page, 'health-dashboard');

    // PRJ-0001's forecast is 5 working days late: the default amber (> 5) does not fire.
    await page.goto(`${harness.server.url}/projects/${projectId}/health`);
    await page.getByTestId('dimension-schedule').waitFor();
    expect(await page.getByTestId('reason-finish-variance').count()).toBe(0);

    await page.getByRole('link', { name: 'Health rules' }).click();
    await page.getByRole('heading', { level: 1, name: 'Health rules' }).waitFor();
    const row = page.getByTestId('rule-finish-variance');
    const amber = row.getByRole('textbox', { name: /^Amber threshold/ });
    await amber.fill('3');
    // A red below amber is refused by the server and shown on its cell.
    const red = row.getByRole('textbox', { name: /^Red threshold/ });
    await red.fill('1');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await expect.poll(() => row.getByText(/must be/i).count()).toBeGreaterThan(0);
    await red.fill('20');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await page.getByText('Rules saved').waitFor();
    await screenshot(page, 'health-rules');

    const reason = page.getByTestId('reason-finish-variance');
    await healthPageUntil(page, async () => (await reason.count()) > 0);
    await expect.poll(() => reason.textContent()).toContain('5 working days behind the baseline');
    expect(await page.getByTestId('dimension-schedule').getByTestId('computed-rag').textContent()).toBe('Amber');
    await page.context().close();
  });

  it('a PM overrides the schedule RAG with a justification; the PMO sees computed and overridden side by side', async () => {
    const pm = await pageAs('marco@demo.gantry.local');
    await pm.goto(`${harness.server.url}/projects/${projectId}/health`);
    const schedule = pm.getByTestId('dimension-schedule');
    await schedule.getByRole('button', { name: 'Override' }).click();
    const dialog = pm.getByRole('dialog');
    await dialog.locator('label', { hasText: /^Red$/ }).click();
    await dialog.getByLabel('Justification').fill('too short');
    await dialog.getByRole('button', { name: 'Save override' }).click();
    await dialog.getByText(/Explain the call in at least 10 characters/).waitFor();
    const why = 'The vendor confirmed a four-week delay on the payment gateway yesterday.';
    await dialog.getByLabel('Justification').fill(why);
    await dialog.getByRole('button', { name: 'Save override' }).click();
    await dialog.waitFor({ state: 'detached' });
    await schedule.getByText(why).waitFor();
    await pm.context().close();

    const pmo = await pageAs('pmo@demo.gantry.local');
    await pmo.goto(`${harness.server.url}/projects/${projectId}/health`);
    const row = pmo.getByTestId('dimension-schedule');
    await row.getByText(why).waitFor();
    expect(await row.getByTestId('computed-rag').textContent()).toBe('Amber');
    expect(await row.getByTestId('override').getByText('Red', { exact: true }).count()).toBe(1);
    expect(await pmo.getByTestId('overall-rag').textContent()).toBe('Red');
    expect(await pmo.getByTestId('computed-overall-rag').textContent()).toBe('Amber');
    // The PMO may not override a project it does not manage.
    expect(await row.getByRole('button', { name: /Override/ }).count()).toBe(0);
    await pmo.getByTestId('health-trend').and(pmo.locator('[data-rendered="true"]')).waitFor();
    await screenshot(pmo, 'health-project');
    await pmo.context().close();
  });

  it('shows a project manager the reports they owe and the actions they own on their home', async () => {
    const pmo = await harness.server.login('pmo@demo.gantry.local');
    const marco = await harness.server.login('marco@demo.gantry.local');
    const marcoId = (await marco.get('/api/me')).body.user.id;
    expect((await pmo.put(`/api/projects/${projectId}/reporting`, { cadence: 'weekly' })).status).toBe(200);
    const action = await marco.post(`/api/projects/${projectId}/corrective-actions`, {
      title: 'Recover the integration slip',
      ownerId: marcoId,
      dueDate: '2020-02-03',
      finding: { kind: 'manual' },
    });
    expect(action.status).toBe(201);

    const page = await pageAs('marco@demo.gantry.local');
    const work = page.getByTestId('my-work');
    await work.getByTestId('reports-due').getByText('PRJ-0001', { exact: false }).waitFor();
    const owned = work.getByTestId('actions-owned');
    await owned.getByText('Recover the integration slip', { exact: false }).waitFor();
    expect(await owned.getByText(/overdue/).count()).toBe(1);
    await screenshot(page, 'pm-home');
    await page.context().close();
  });
});
