import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';
import { apiAs, openPlan, wideContext } from './support/plan-page.js';

const harness = startHarness();

const DAY = 480;

/*
 * A project whose charter promises 29 March 2030 while its plan (three 5-day tasks from Monday
 * 7 January) finishes on Friday 25 January: the project page must say so, and the plan view must
 * stay usable on a phone and when its grid scrolls sideways.
 */
async function driftingProject(
  page: import('playwright-core').Page,
  base: string,
): Promise<{ projectId: string; id: (n: number) => string }> {
  const ids = [1, 2, 3, 4, 5].map(() => randomUUID());
  const id = (n: number) => ids[n - 1] as string;
  const created = await apiAs<{ id: string }>(page, base, 'POST', '/projects', {
    name: 'Quay wall repair',
    plannedStart: '2030-01-07',
    plannedFinish: '2030-03-29',
  });
  expect(created.status).toBe(201);
  const projectId = created.body.id;
  const plan = await apiAs<{ plan: { version: number } }>(page, base, 'GET', `/projects/${projectId}/tasks`);
  const tasks = await apiAs(page, base, 'POST', `/projects/${projectId}/tasks`, {
    version: plan.body.plan.version,
    tasks: [
      { id: id(1), name: 'Survey', durationMinutes: 5 * DAY },
      { id: id(2), name: 'Survey done', milestone: true },
      { id: id(3), name: 'Repair', durationMinutes: 5 * DAY },
      { id: id(4), name: 'Inspect', durationMinutes: 5 * DAY },
      { id: id(5), name: 'Wall handed over', milestone: true },
    ],
    links: [1, 2, 3, 4].map((n) => ({ predecessorId: id(n), successorId: id(n + 1) })),
  });
  expect(tasks.status).toBe(200);
  return { projectId, id };
}

describe('the plan at a glance', () => {
  it('loads the login page without a console error', async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    // The app's first request asks who is signed in; signed out, that must not be a failed request.
    await page.goto(`${harness.server.url}/`);
    await page.getByLabel('Email').waitFor();
    await page.goto(`${harness.server.url}/login`);
    await page.getByLabel('Email').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the plan against the charter and the baseline on the project page, and warns of the drift', async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const base = harness.server.url;
    await signIn(page, base, 'marco@demo.gantry.local', DEMO_PASSWORD);
    const { projectId } = await driftingProject(page, base);
    expect((await apiAs(page, base, 'POST', `/projects/${projectId}/baselines`, { name: 'Agreed' })).status).toBe(201);

    await page.goto(`${base}/projects/${projectId}`);
    const card = page.getByRole('region', { name: 'Plan' });
    await card.getByTestId('plan-summary-finish').waitFor();
    await expect.poll(() => card.getByTestId('charter-drift').textContent()).toContain('63 days before');
    expect(await card.getByTestId('plan-summary-variance').textContent()).toContain('On baseline');
    expect(await card.getByTestId('plan-summary-progress').textContent()).toContain('0%');
    const milestones = await card.getByRole('listitem').allTextContents();
    expect(milestones.map((m) => m.replace(/\s+/g, ' '))).toEqual([
      expect.stringContaining('Survey done'),
      expect.stringContaining('Wall handed over'),
    ]);
    await screenshot(page, 'project-plan-summary-desktop');

    // Bringing the charter in line with the plan takes the warning away.
    const project = await apiAs<{ version: number }>(page, base, 'GET', `/projects/${projectId}`);
    const patched = await apiAs(page, base, 'PATCH', `/projects/${projectId}`, {
      version: project.body.version,
      plannedFinish: '2030-01-25',
    });
    expect(patched.status).toBe(200);
    await page.reload();
    await card.getByTestId('plan-summary-finish').waitFor();
    expect(await card.getByTestId('charter-drift').count()).toBe(0);
    // Dates follow the browser (en-US here) until the user picks another order in their menu.
    expect(await card.getByTestId('plan-summary-finish').textContent()).toContain('01/25/2030');
    await page.getByRole('button', { name: /^User menu/ }).click();
    await page.getByRole('menuitem', { name: /ISO 8601/ }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => card.getByTestId('plan-summary-finish').textContent()).toContain('2030-01-25');
    await context.close();
  });

  it('freezes the task names while the grid scrolls sideways, and remembers the baseline shown', async () => {
    const context = await wideContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const base = harness.server.url;
    await signIn(page, base, 'marco@demo.gantry.local', DEMO_PASSWORD);
    const { projectId, id } = await driftingProject(page, base);
    expect((await apiAs(page, base, 'POST', `/projects/${projectId}/baselines`, { name: 'Baseline' })).status).toBe(
      201,
    );
    const grid = await openPlan(page, base, projectId);

    const name = grid.locator(`[data-row-id="${id(3)}"] [data-col="name"]`);
    const start = grid.locator(`[data-row-id="${id(3)}"] [data-col="start"]`);
    const before = { name: await name.boundingBox(), start: await start.boundingBox() };
    await grid.locator(':scope > div').evaluate((scroller) => {
      scroller.scrollLeft = 300;
    });
    await expect.poll(async () => (await start.boundingBox())?.x).toBeLessThan((before.start?.x ?? 0) - 100);
    expect((await name.boundingBox())?.x).toBe(before.name?.x);
    // The name is on top: what a user clicks there is the name, not a date scrolled under it.
    const box = await name.boundingBox();
    if (!box) throw new Error('no name cell');
    const hit = await page.evaluate(
      ([x, y]) =>
        document
          .elementFromPoint(x as number, y as number)
          ?.closest('[data-col]')
          ?.getAttribute('data-col'),
      [box.x + box.width - 20, box.y + box.height / 2],
    );
    expect(hit).toBe('name');

    const selector = page.getByRole('combobox', { name: 'Show baseline' });
    await selector.click();
    await page.getByRole('option', { name: 'Baseline', exact: true }).click();
    await grid.getByRole('columnheader', { name: 'Finish var.' }).waitFor();
    await page.reload();
    await openPlan(page, base, projectId);
    await grid.getByRole('columnheader', { name: 'Finish var.' }).waitFor();
    expect(await selector.inputValue()).toBe('Baseline');
    await context.close();
  });

  it('fits the plan view into a phone screen without sideways page scrolling', async () => {
    const desk = await newContext(harness.browser);
    const signer = await desk.newPage();
    const base = harness.server.url;
    await signIn(signer, base, 'marco@demo.gantry.local', DEMO_PASSWORD);
    const { projectId } = await driftingProject(signer, base);
    const context = await harness.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'en-US',
      timezoneId: 'UTC',
      storageState: await desk.storageState(),
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await openPlan(page, base, projectId);
    await page.getByRole('toolbar', { name: 'Plan tools' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'plan-phone');
    await page.goto(`${base}/projects/${projectId}`);
    await page.getByTestId('charter-drift').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'project-plan-summary-phone');
    await context.close();
    await desk.close();
  });
});
