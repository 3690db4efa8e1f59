import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import type { TestClient } from '../src/test-support/client.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';
import { apiAs, cell, expectCell, openPlan, plannerPage } from './support/plan-page.js';

const harness = startHarness();

/**
 * The textbook case of issue 12, built through the API as Marco (the PM): five one-week tasks in a
 * chain with fixed costs 10,000 / 10,000 / 20,000 / 30,000 / 30,000, a baseline, progress 100 /
 * 100 / 75 %, 36,000 of expenses, the status date at the end of week 3; Lena on the team.
 */
async function textbookProject(marco: TestClient, lena: TestClient): Promise<string> {
  const projectId = (await marco.post('/api/projects', { name: 'Textbook EVM', plannedStart: '2030-01-07' })).body
    .id as string;
  const url = (p: string) => `/api/projects/${projectId}${p}`;
  const TASKS = [1, 2, 3, 4, 5].map(() => randomUUID());
  const lenaId = (await lena.get('/api/me')).body.user.id;
  expect((await marco.put(url(`/members/${lenaId}`), { relation: 'team_member' })).status).toBeLessThan(300);
  const version = (await marco.get(url('/tasks'))).body.plan.version as number;
  const created = await marco.post(url('/tasks'), {
    version,
    tasks: TASKS.map((taskId, i) => ({
      id: taskId,
      name: `Week ${i + 1}`,
      durationMinutes: 5 * 480,
      fixedCostMinor: [10_000, 10_000, 20_000, 30_000, 30_000][i]! * 100,
    })),
    links: TASKS.slice(1).map((taskId, i) => ({ predecessorId: TASKS[i], successorId: taskId })),
  });
  expect(created.status).toBe(200);
  expect((await marco.post(url('/baselines'), { name: 'Approved' })).status).toBe(201);
  const progress = await marco.post(url('/plan/ops'), {
    version: created.body.plan.version,
    label: 'progress',
    ops: [
      { op: 'updatePlan', fields: { statusDate: '2030-01-25T17:00' } },
      ...[100, 100, 75].map((percentComplete, i) => ({
        op: 'updateTask',
        taskId: TASKS[i],
        fields: { percentComplete },
      })),
    ],
  });
  expect(progress.status).toBe(200);
  for (const [date, taskId] of [
    ['2030-01-11', TASKS[0]],
    ['2030-01-18', TASKS[1]],
    ['2030-01-24', TASKS[2]],
  ] as const) {
    const res = await marco.post(url('/expenses'), { taskId, date, amountMinor: 1_200_000, category: 'subcontract' });
    expect(res.body.status).toBe('approved');
  }
  return projectId;
}

describe('the Money page', () => {
  it('shows the PM earned value and the S-curve; a team member enters an expense the PM approves', async () => {
    const marco = await harness.server.login('marco@demo.gantry.local');
    const lena = await harness.server.login('lena@demo.gantry.local');
    const projectId = await textbookProject(marco, lena);
    const moneyUrl = `${harness.server.url}/projects/${projectId}/money`;

    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, 'marco@demo.gantry.local', DEMO_PASSWORD);
    await page.goto(`${harness.server.url}/projects/${projectId}`);
    await page.getByRole('link', { name: 'Money' }).click();
    await page.getByRole('heading', { level: 1, name: 'Money' }).waitFor();

    // At the plan's status date (end of week 3): the textbook's indices, as the cards format them.
    const figure = (key: string) => page.locator(`[data-figure="${key}"] [data-value]`);
    await expect.poll(() => figure('spi').textContent()).toBe('0.88');
    expect(await figure('cpi').textContent()).toBe('0.97');
    expect(await figure('bac').textContent()).toBe('€100,000.00');
    expect(await figure('sv').textContent()).toBe('-€5,000.00');
    expect(await figure('spit').textContent()).toBe('0.92');
    expect(await page.getByLabel('Status date').inputValue()).toBe('2030-01-25T17:00');
    const curve = page.getByTestId('s-curve');
    await expect.poll(() => curve.getAttribute('data-rendered')).toBe('true');
    expect(await curve.locator('canvas').count()).toBeGreaterThan(0);
    // IEAC(t) = 5.45 weeks: 12.27 working days after the status date run out on Wednesday 13 February.
    expect(await page.getByTestId('s-curve-forecast').textContent()).toContain('02/13/2030');
    const variance = page.getByRole('table', { name: 'Variance by WBS' });
    expect(await variance.getByRole('row').count()).toBe(6);

    // An expense through the form: the server's refusal of a zero amount shows at the field.
    await page.getByRole('button', { name: 'Add expense' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add expense' });
    await dialog.getByLabel('Date').fill('2030-01-22');
    await dialog.getByLabel('Amount (EUR)').fill('0');
    await dialog.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'Material' }).click();
    await dialog.getByRole('combobox', { name: 'Task' }).fill('Week 3');
    await page.getByRole('option', { name: '3 Week 3' }).click();
    await dialog.getByRole('button', { name: 'Add expense' }).click();
    await dialog.getByText('Must be more than 0').waitFor();
    await dialog.getByLabel('Amount (EUR)').fill('500');
    await dialog.getByLabel('Note').fill('Formwork');
    await dialog.getByRole('button', { name: 'Add expense' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The PM's own expense is approved at once and is actual cost: CPI = 35,000 / 36,500.
    await expect.poll(() => figure('cpi').textContent()).toBe('0.96');
    const expenses = page.getByRole('table', { name: 'Expenses' });
    expect(await expenses.getByRole('row').filter({ hasText: 'Formwork' }).getByText('Approved').count()).toBe(1);
    // The README's picture: the whole page in one tall window (a full-page shot would repeat the fixed header).
    await page.getByText('Expense recorded and approved').waitFor({ state: 'detached' });
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1280, height: await height() });
    // Once more: the taller window can lay the page out a little differently.
    await page.setViewportSize({ width: 1280, height: await height() });
    await screenshot(page, 'money');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Lena, on her phone: no earned value for her, but she enters what she spent.
    const phone = await newContext(harness.browser, 'phone');
    const small = await phone.newPage();
    small.setDefaultTimeout(15_000);
    await signIn(small, harness.server.url, 'lena@demo.gantry.local', DEMO_PASSWORD);
    await small.goto(moneyUrl);
    await small.getByRole('heading', { level: 1, name: 'Money' }).waitFor();
    await small.getByRole('button', { name: 'Add expense' }).click();
    const form = small.getByRole('dialog', { name: 'Add expense' });
    await form.getByLabel('Date').fill('2030-01-23');
    await form.getByLabel('Amount (EUR)').fill('48.50');
    await form.getByRole('combobox', { name: 'Category' }).click();
    await small.getByRole('option', { name: 'Travel' }).click();
    await form.getByLabel('Note').fill('Train to site');
    await form.getByRole('button', { name: 'Add expense' }).click();
    await form.waitFor({ state: 'detached' });
    const card = small.getByTestId('expense-cards').locator('[data-expense]').filter({ hasText: 'Train to site' });
    await card.getByText('Waiting').waitFor();
    expect(await small.getByRole('region', { name: 'Earned value' }).count()).toBe(0);
    expect(await small.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(small, 'money-phone-team-member');
    await phone.close();

    // Marco approves it: it becomes actual cost.
    await page.reload();
    const row = expenses.getByRole('row').filter({ hasText: 'Train to site' });
    await row.getByText('Waiting').waitFor();
    await row.getByRole('button', { name: /^Approve/ }).click();
    await row.getByText('Approved').waitFor();
    expect(await row.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
    await expect.poll(() => figure('ac').textContent()).toBe('€36,548.50');

    // The PM's page on a phone: cards in two columns, tables scroll inside their boxes.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('expense-cards').waitFor();
    // The chart follows its box a frame after the window narrows.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, 'money-phone');
    await context.close();
  }, 120_000);

  it("edits a task's fixed cost and EV method in the plan grid's optional columns", async () => {
    const marco = await harness.server.login('marco@demo.gantry.local');
    const lena = await harness.server.login('lena@demo.gantry.local');
    const projectId = await textbookProject(marco, lena);
    const { context, page, errors } = await plannerPage(harness.browser, harness.server.url);
    const grid = await openPlan(page, harness.server.url, projectId);
    // Off by default; the Columns menu turns them on.
    expect(await grid.locator('[data-col="fixedCost"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Fixed cost' }).check();
    await page.getByRole('checkbox', { name: 'EV method' }).check();
    await page.keyboard.press('Escape');
    await expectCell(page, 'Week 5', 'fixedCost', '€30,000.00');
    await expectCell(page, 'Week 3', 'evMethod', "Project's method");

    await cell(page, 'Week 5', 'fixedCost').click();
    await page.keyboard.type('35000');
    await page.keyboard.press('Enter');
    await expectCell(page, 'Week 5', 'fixedCost', '€35,000.00');
    await cell(page, 'Week 3', 'evMethod').dblclick();
    await grid.getByRole('combobox', { name: 'EV method of Week 3' }).selectOption('zeroHundred');
    await page.keyboard.press('Enter');
    await expectCell(page, 'Week 3', 'evMethod', '0/100');

    // Week 3 is unfinished: by 0/100 it has earned nothing, so EV is weeks 1 and 2 only.
    const ev = await apiAs<{ ev: number; eac: { bottomUp: number } }>(
      page,
      harness.server.url,
      'GET',
      `/projects/${projectId}/earned-value`,
    );
    expect(ev.body.ev).toBe(2_000_000);
    const tasks = await apiAs<{ tasks: { name: string; fixedCostMinor: number }[] }>(
      page,
      harness.server.url,
      'GET',
      `/projects/${projectId}/tasks`,
    );
    expect(tasks.body.tasks.find((t) => t.name === 'Week 5')?.fixedCostMinor).toBe(3_500_000);
    await screenshot(page, 'money-plan-columns');

    // The choice is remembered in this browser.
    await openPlan(page, harness.server.url, projectId);
    await expectCell(page, 'Week 5', 'fixedCost', '€35,000.00');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('says what is missing until a baseline with costs is saved', async () => {
    const marco = await harness.server.login('marco@demo.gantry.local');
    const project = (await marco.post('/api/projects', { name: 'Not costed yet', plannedStart: '2030-01-07' })).body;
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, 'marco@demo.gantry.local', DEMO_PASSWORD);
    await page.goto(`${harness.server.url}/projects/${project.id}/money`);
    await page.getByText('Save a baseline to measure earned value').waitFor();
    // A baseline saved before the tasks had costs measures nothing either.
    const version = (await marco.get(`/api/projects/${project.id}/tasks`)).body.plan.version;
    await marco.post(`/api/projects/${project.id}/tasks`, {
      version,
      tasks: [{ name: 'Survey', durationMinutes: 480 }],
    });
    expect((await marco.post(`/api/projects/${project.id}/baselines`, { name: 'First' })).status).toBe(201);
    await page.reload();
    await page.getByText('This baseline has no costs').waitFor();
    await page.getByRole('link', { name: 'Open the plan' }).click();
    await page.waitForURL(`${harness.server.url}/projects/${project.id}/plan`);
    await context.close();
  }, 60_000);
});
