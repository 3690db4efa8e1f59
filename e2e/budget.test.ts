import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();
const id = (n: number) => `0190f500-0000-7000-8000-${String(n).padStart(12, '0')}`;

/** Marco's project in a portfolio of its own, with a summary task and a work package under it. */
async function projectWithWbs(portfolio: string, first: number): Promise<{ projectId: string; portfolioId: string }> {
  const pmo = await harness.server.login('pmo@demo.gantry.local');
  const marco = await harness.server.login('marco@demo.gantry.local');
  const portfolioId = (await pmo.post('/api/portfolios', { name: portfolio })).body.id as string;
  const body = { name: 'Budget e2e', plannedStart: '2030-01-07', plannedFinish: '2030-06-28', portfolioId };
  const projectId = (await marco.post('/api/projects', body)).body.id as string;
  const version = (await marco.get(`/api/projects/${projectId}/tasks`)).body.plan.version as number;
  const tasks = await marco.post(`/api/projects/${projectId}/tasks`, {
    version,
    tasks: [
      { id: id(first), name: 'Build' },
      { id: id(first + 1), name: 'Design', parentId: id(first) },
    ],
  });
  expect(tasks.status).toBe(200);
  return { projectId, portfolioId };
}

describe('budgets', () => {
  it('the manager edits and submits the budget, the PMO approves it, and the charter shows it', async () => {
    const { projectId } = await projectWithWbs('Budget e2e programme', 1);
    const base = harness.server.url;

    const context = await newContext(harness.browser);
    const pm = await context.newPage();
    pm.setDefaultTimeout(15_000);
    await signIn(pm, base, 'marco@demo.gantry.local', DEMO_PASSWORD);
    await pm.goto(`${base}/projects/${projectId}`);
    await pm.getByRole('link', { name: 'Budget', exact: true }).click();
    await pm.getByRole('heading', { level: 1, name: /Budget/ }).waitFor();

    await pm.getByRole('button', { name: 'Add line' }).click();
    await pm.getByRole('combobox', { name: 'Category of line 1' }).click();
    await pm.getByRole('option', { name: 'Labour' }).click();
    await pm.getByRole('combobox', { name: 'WBS element of line 1' }).click();
    await pm.getByRole('option', { name: '1.1 Design' }).click();
    await pm.getByLabel('Amount of line 1').fill('3000');
    await pm.getByLabel('Note of line 1').fill('Two designers');
    await pm.getByRole('button', { name: 'Add line' }).click();
    await pm.getByRole('combobox', { name: 'Category of line 2' }).click();
    await pm.getByRole('option', { name: 'Travel' }).click();
    await pm.getByLabel('Amount of line 2').fill('500');
    await pm.getByLabel('Contingency reserve').fill('250');
    // The management reserve is the PMO's: the manager reads it, cannot type in it.
    expect(await pm.getByLabel('Management reserve').getAttribute('readonly')).not.toBeNull();
    await expect.poll(() => pm.getByLabel('Working total').textContent()).toBe('€3,750.00');
    await pm.getByRole('button', { name: 'Save budget' }).click();
    await pm.getByText('Budget saved').waitFor();
    await screenshot(pm, 'budget-working');

    await pm.getByRole('button', { name: 'Submit for approval' }).click();
    await pm.getByLabel('Reason').fill('First estimate');
    await pm.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
    await pm.getByText("Waiting for the PMO's approval").waitFor();
    // Frozen while it waits: no more editing for the manager.
    expect(await pm.getByRole('button', { name: 'Save budget' }).count()).toBe(0);

    const pmoContext = await newContext(harness.browser);
    const pmo = await pmoContext.newPage();
    pmo.setDefaultTimeout(15_000);
    await signIn(pmo, base, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await pmo.goto(`${base}/projects/${projectId}/budget`);
    await pmo.getByText('First estimate').waitFor();
    await pmo.getByRole('button', { name: 'Approve' }).click();
    await pmo.getByLabel('Note').fill('Within the programme envelope');
    await pmo.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await pmo.getByText(/Budget approved as version 1/).waitFor();
    // Read again from the server: the version is kept, the manager's submission settled.
    await pmo.reload();
    const versions = pmo.getByRole('table', { name: 'Budget versions' });
    await versions.getByText('Original').waitFor();
    expect(await versions.textContent()).toContain('First estimate');
    expect(await pmo.getByText("Waiting for the PMO's approval").count()).toBe(0);
    await screenshot(pmo, 'budget-approved');

    await pm.goto(`${base}/projects/${projectId}`);
    const charter = pm.getByRole('region', { name: 'Charter' });
    await expect.poll(() => charter.textContent()).toContain('€3,750.00');
    await context.close();
    await pmoContext.close();
  });

  it("shows the PMO a portfolio's budget by year and category, marking cells the projects exceed", async () => {
    const { portfolioId } = await projectWithWbs('Capital e2e programme', 11);
    const pm = await harness.server.login('marco@demo.gantry.local');
    const pmoApi = await harness.server.login('pmo@demo.gantry.local');
    const project = (await pm.get(`/api/projects?portfolioId=${portfolioId}`)).body.items[0].id as string;
    const lines = [{ category: 'labour', taskId: id(12), amountMinor: 300_000 }];
    const put = await pm.put(`/api/projects/${project}/budget`, { lines, contingencyMinor: 0, version: 1 });
    const sub = await pm.post(`/api/projects/${project}/budget/submit`, { reason: 'Plan', version: put.body.version });
    await pmoApi.post(`/api/projects/${project}/budget/approve`, { version: sub.body.version });

    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Budget of portfolio Capital e2e programme' }).click();
    await page.getByRole('heading', { level: 1, name: 'Capital e2e programme: budget' }).waitFor();
    await page.getByRole('button', { name: 'Edit budget' }).click();
    await page.getByLabel('Budget for Labour in 2030').fill('2000');
    await page.getByRole('button', { name: 'Save budget' }).click();
    await page.getByText('Portfolio budget saved').waitFor();
    const grid = page.getByRole('table', { name: 'Portfolio budget by year and category' });
    const labour = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Labour' }) });
    await labour.locator('[data-over="true"]').waitFor();
    expect(await labour.textContent()).toContain('€2,000.00');
    expect(await labour.textContent()).toContain('projects €3,000.00');
    await screenshot(page, 'budget-portfolio');
    await context.close();
  });
});
