import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { assignmentRow, resourceRow, seedCapacity } from '../src/test-support/capacity-fixture.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();
const id = (n: number) => `0190f000-0000-7000-8000-${String(n).padStart(12, '0')}`;

function nextMonday(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return d.toISOString().slice(0, 10);
}

/** Marco's executing project with two tasks side by side from next Monday, both given to one person full time. */
async function overbookedProject(): Promise<string> {
  const marco = await harness.server.login('marco@demo.gantry.local');
  const project = (await marco.post('/api/projects', { name: 'Capacity e2e' })).body.id as string;
  const version = (await marco.get(`/api/projects/${project}/tasks`)).body.plan.version as number;
  const res = await marco.post(`/api/projects/${project}/plan/ops`, {
    version,
    label: 'set up',
    ops: [
      { op: 'updatePlan', fields: { projectStart: `${nextMonday()}T08:00` } },
      {
        op: 'insertTasks',
        tasks: [
          { id: id(1), name: 'Build API', durationMinutes: 2400 },
          { id: id(2), name: 'Write docs', durationMinutes: 2400 },
        ],
      },
    ],
  });
  expect(res.status).toBe(200);
  // Under way (a proposal's demand would count at half).
  await harness.server.gantry.ctx.store.db
    .updateTable('projects')
    .set({ state: 'executing' })
    .where('id', '=', project)
    .execute();
  await seedCapacity(
    harness.server.gantry.ctx.store,
    [resourceRow({ id: id(901), code: 'E2E-ANN', name: 'Ann Archer', department: 'Engineering' })],
    [
      assignmentRow({ id: id(11), project_id: project, task_id: id(1), resource_id: id(901), work_minutes: 2400 }),
      assignmentRow({ id: id(12), project_id: project, task_id: id(2), resource_id: id(901), work_minutes: 2400 }),
    ],
  );
  return project;
}

describe('capacity against demand', () => {
  it('shows the PMO an over-allocated week, and the tasks behind it', async () => {
    const project = await overbookedProject();
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Capacity' }).click();
    await page.getByRole('heading', { level: 1, name: 'Capacity' }).waitFor();

    const heatmap = page.getByTestId('capacity-heatmap');
    const annRow = heatmap.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Ann Archer' }) });
    const over = annRow.locator('[data-band="over"]');
    await over.first().waitFor();
    // 80 hours in one week of 40: 200 %, and only that week.
    expect(await over.count()).toBe(1);
    expect(await over.getAttribute('aria-label')).toMatch(/^Ann Archer, \d{4}-W\d{2}: 80 h of 40 h \(200 %\)$/);
    await screenshot(page, 'capacity-heatmap');

    await over.click();
    const tasks = page.getByTestId('capacity-cell-tasks');
    await tasks.waitFor();
    await expect.poll(() => tasks.getByRole('link').allTextContents()).toEqual(['Build API', 'Write docs']);
    expect(await page.getByTestId('capacity-cell-detail').textContent()).toContain('Over-allocated');
    // Let the drawer finish sliding in before the picture.
    await page.waitForTimeout(400);
    await screenshot(page, 'capacity-cell');

    // A task opens its plan with the task selected.
    await tasks.getByRole('link', { name: 'Build API' }).click();
    await page.waitForURL(new RegExp(`/projects/${project}/plan\\?task=${id(1)}$`));
    await page.getByRole('grid', { name: 'Tasks' }).getByText('Build API', { exact: true }).waitFor();

    // Under the Gantt, the resource usage pane shows Ann's load against her capacity.
    const pane = page.getByTestId('resource-usage-pane');
    await pane.getByRole('button', { name: 'Resource usage' }).click();
    await pane.getByTestId('resource-usage-chart').waitFor();
    await expect.poll(() => pane.getByTestId('resource-usage-chart').getAttribute('data-rendered')).toBe('true');
    await screenshot(page, 'capacity-usage-pane');
    await context.close();
  }, 90_000);

  it("lets a manager see their project's resource load, not other managers'", async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, 'marco@demo.gantry.local', DEMO_PASSWORD);
    // No organisation-wide capacity in the navigation for a project manager.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Projects' }).waitFor();
    expect(
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Capacity' }).count(),
    ).toBe(0);
    const projects = await (await harness.server.login('marco@demo.gantry.local')).get(
      '/api/projects?q=Capacity%20e2e',
    );
    const project = projects.body.items[0].id as string;
    await page.goto(`${harness.server.url}/projects/${project}/capacity`);
    await page.getByRole('heading', { level: 1, name: 'Resource load' }).waitFor();
    await page.getByTestId('capacity-heatmap').locator('[data-band="over"]').first().waitFor();
    await context.close();

    // At phone width the heat map scrolls sideways inside its box; the page itself does not.
    const phone = await newContext(harness.browser, 'phone');
    const small = await phone.newPage();
    small.setDefaultTimeout(15_000);
    await signIn(small, harness.server.url, 'marco@demo.gantry.local', DEMO_PASSWORD);
    await small.goto(`${harness.server.url}/projects/${project}/capacity`);
    await small.getByTestId('capacity-heatmap').locator('[data-band="over"]').first().waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(small, 'capacity-phone');
    await phone.close();
  }, 60_000);

  it('lets the PMO set the weight of proposed work, and refuses an out-of-range one at its field', async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await page.goto(`${harness.server.url}/capacity`);
    await page.getByRole('button', { name: 'Settings' }).click();
    const drawer = page.getByRole('dialog', { name: 'Capacity settings' });
    const proposed = drawer.getByRole('textbox', { name: 'Proposed' });
    await expect.poll(() => proposed.inputValue()).toBe('50 %');
    // Out of range: the server's message shows at the field, and nothing is saved.
    await proposed.fill('150');
    await drawer.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => proposed.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'capacity-settings');
    await proposed.fill('25');
    await drawer.getByRole('button', { name: 'Save settings' }).click();
    await drawer.waitFor({ state: 'hidden' });
    const pmo = await harness.server.login('pmo@demo.gantry.local');
    const settings = (await pmo.get('/api/resource-settings')).body;
    expect(settings.stateWeights.proposed).toBe(25);
    await context.close();
  }, 60_000);
});
