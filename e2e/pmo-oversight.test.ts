import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();

describe('the PMO oversees people, proposals and the audit trail', () => {
  it('reads the Users page without controls to change accounts', async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).click();
    const table = page.getByRole('table', { name: 'Users' });
    await table.getByText('marco@demo.gantry.local').waitFor();
    expect(await page.getByText('This page was not found').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'New user' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit user/ }).count()).toBe(0);
    await context.close();
  }, 60_000);

  it('lets a manager request approval, which the PMO finds, reads and approves', async () => {
    const marco = await harness.server.login('marco@demo.gantry.local');
    const proposal = (await marco.post('/api/projects', { name: 'Loading dock sensors' })).body;

    const pmContext = await newContext(harness.browser);
    const pm = await pmContext.newPage();
    pm.setDefaultTimeout(15_000);
    await signIn(pm, harness.server.url, 'marco@demo.gantry.local', DEMO_PASSWORD);
    await pm.goto(`${harness.server.url}/projects/${proposal.id}`);
    const lifecycle = pm.getByRole('region', { name: 'Lifecycle' });
    await lifecycle.getByRole('button', { name: 'Request approval' }).click();
    const dialog = pm.getByRole('dialog', { name: /^Request approval/ });
    await dialog.getByLabel('Note for the PMO').fill('Quotes from two vendors attached');
    await dialog.getByRole('button', { name: 'Request approval' }).click();
    await dialog.waitFor({ state: 'detached' });
    await lifecycle.getByText('Marco Rossi asked the PMO to approve this project').waitFor();
    expect(await lifecycle.getByRole('button', { name: 'Request approval' }).count()).toBe(0);
    await pmContext.close();

    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await page.getByRole('checkbox', { name: 'Approval requested' }).click();
    await page.waitForURL(/approval=requested/);
    const row = page.getByRole('row').filter({ hasText: proposal.code });
    await row.getByText('Approval requested').waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(2); // the header and the one request
    await screenshot(page, 'projects-approval-requested');
    await row.getByRole('link', { name: proposal.code }).click();

    const panel = page.getByRole('region', { name: 'Lifecycle' });
    await panel.getByText('“Quotes from two vendors attached”').waitFor();
    await screenshot(page, 'project-approval-requested');
    await panel.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => panel.getByText('Approval requested').count()).toBe(0);
    await panel.getByText('Approved', { exact: true }).first().waitFor();
    await context.close();
  }, 60_000);

  it('shows a readable, paged audit log that links to projects', async () => {
    const pmo = await harness.server.login('pmo@demo.gantry.local');
    const project = (await pmo.get('/api/projects?q=PRJ-0008')).body.items[0];
    await pmo.patch(`/api/projects/${project.id}`, { budgetMinor: 95_000_000, version: project.version });

    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit' }).click();
    const table = page.getByRole('table', { name: 'Audit entries' });
    const charter = table.getByRole('row').filter({ hasText: 'Charter changed' }).first();
    await charter.waitFor();
    expect(await charter.getByRole('link', { name: 'PRJ-0008' }).isVisible()).toBe(true);
    expect(await charter.textContent()).toContain('Budget: €920,000.00 → €950,000.00');
    // 25 entries a page, however long the log: the page stays a normal height.
    expect(await table.locator('tbody tr').count()).toBe(25);
    expect(await page.getByText(/^plan\.tasks/).count()).toBe(0);
    // The unpaged log was 8,448 px after the demo load; 25 entries of up to a few lines each stay
    // well under 3,000 (how many lines each takes moves with the demo's dates, so no tighter bound).
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(3000);
    await screenshot(page, 'audit-log');

    // The demo's plan writes read as task names and formatted values, and link to their project.
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Progress recorded' }).click();
    await page.waitForURL(/action=plan\.tasks\.progress/);
    const progress = table.getByRole('row').filter({ hasText: 'PRJ-0001' }).first();
    await progress.getByText(/Stakeholder interviews — Actual start: /).waitFor();
    expect(await progress.textContent()).toMatch(/% complete: 0% → 100%/);
    await screenshot(page, 'audit-log-progress');
    await progress.getByRole('link', { name: 'PRJ-0001' }).click();
    await page.getByRole('heading', { level: 1, name: 'Customer portal relaunch' }).waitFor();
    await context.close();
  }, 60_000);
});
