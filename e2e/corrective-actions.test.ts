import { randomUUID as uuid } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();

describe('corrective actions and the decisions log', () => {
  it('records a cancelled project as a decision the PMO finds on the Decisions page', async () => {
    const marco = await harness.server.login('marco@demo.gantry.local');
    const project = (await marco.post('/api/projects', { name: `Kiosk pilot ${uuid().slice(0, 4)}` })).body;

    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await page.goto(`${harness.server.url}/projects/${project.id}`);
    const lifecycle = page.getByRole('region', { name: 'Lifecycle' });
    await lifecycle.getByRole('button', { name: 'Cancel project' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill('The sponsor withdrew the budget');
    await dialog.getByRole('button', { name: 'Cancel project' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Decisions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Decisions' }).waitFor();
    const row = page.getByRole('table', { name: 'Decisions' }).getByRole('row').filter({ hasText: project.code });
    await row.getByText('The sponsor withdrew the budget').waitFor();
    expect(await row.getByText('Cancellation').count()).toBe(1);
    expect(await row.getByRole('link', { name: `${project.code} ${project.name}` }).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Cancellation' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Decisions' }).getByRole('row').count()).toBe(2);
    expect(await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
      '/api/decisions.csv?kind=cancellation',
    );
    await screenshot(page, 'decisions');
    await context.close();
  }, 90_000);

  it('verifies an action raised on a failed DCMA check once the plan is fixed', async () => {
    const pmo = await harness.server.login('pmo@demo.gantry.local');
    const marco = await harness.server.login('marco@demo.gantry.local');
    const marcoId = (await marco.get('/api/me')).body.user.id;
    let p = (
      await pmo.post('/api/projects', {
        name: `Depot ${uuid().slice(0, 4)}`,
        managerId: marcoId,
        plannedStart: '2030-01-07',
      })
    ).body;
    for (const to of ['approved', 'planning', 'executing']) {
      p = (await pmo.post(`/api/projects/${p.id}/transitions`, { to, version: p.version })).body;
    }
    const taskId = uuid();
    await marco.post(`/api/projects/${p.id}/tasks`, {
      version: 1,
      tasks: [{ id: taskId, name: 'Pour slab', durationMinutes: 4800, deadline: '2030-01-08T17:00' }],
    });
    // As the schedule quality panel's "Create corrective action" would: the finding is the failed check.
    const failed = (await marco.get(`/api/projects/${p.id}/schedule-quality`)).body.checks.find(
      (c: { key: string }) => c.key === 'negativeFloat',
    );
    expect(failed.pass).toBe(false);
    await marco.post(`/api/projects/${p.id}/corrective-actions`, {
      title: 'Bring the slab back within its deadline',
      ownerId: marcoId,
      dueDate: '2030-01-31',
      finding: { kind: 'dcma', checkId: failed.id, checkKey: failed.key },
    });

    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, 'marco@demo.gantry.local', DEMO_PASSWORD);
    await page.goto(`${harness.server.url}/projects/${p.id}`);
    await page.getByRole('link', { name: 'Corrective actions' }).click();
    const table = page.getByRole('table', { name: 'Corrective actions' });
    const row = table.getByRole('row').filter({ hasText: 'Bring the slab back' });
    await row.getByRole('button', { name: 'Mark done' }).click();
    await row.getByText(`Still fires: value ${failed.value}, threshold 0`).waitFor();
    await row.getByText('done', { exact: true }).waitFor();
    await screenshot(page, 'corrective-action-still-fires');

    const plan = (await marco.get(`/api/projects/${p.id}/tasks`)).body.plan;
    await marco.patch(`/api/projects/${p.id}/tasks/${taskId}`, { version: plan.version, deadline: '2030-03-29T17:00' });
    await row.getByRole('button', { name: 'Check again' }).click();
    await row.getByText('No longer fires: value 0, threshold 0').waitFor();
    await row.getByText('verified', { exact: true }).waitFor();
    await row.getByText('Verified automatically').waitFor();
    expect(await row.getByRole('button').count()).toBe(0);

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'My actions' }).click();
    await page.getByRole('heading', { level: 1, name: 'My actions' }).waitFor();
    await page.getByText('You own no corrective actions.').waitFor();
    await screenshot(page, 'project-corrective-actions');
    await context.close();
  }, 90_000);
});
