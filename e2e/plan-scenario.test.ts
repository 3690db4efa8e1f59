import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';
import { apiAs, cell, expectCell, openPlan, plannerPage, projectIdByCode, wideContext } from './support/plan-page.js';

const harness = startHarness();

/*
 * A project manager tries a change in a what-if scenario: the live plan stays as it is while the
 * chart shows the scenario's bars over the live plan's ghosts and the impact panel the finish
 * delta; applying makes it the live plan. A colleague's change of the same task's field since is a
 * conflict, named, and nothing is applied. The plan starts on Monday 1 March 2027 (Standard calendar).
 */
// Task ids are unique across projects: each test's plan gets its own (`n`).
const planIds = (n: number) => ({
  design: `0190f300-0000-7000-8000-00000000${n}001`,
  build: `0190f300-0000-7000-8000-00000000${n}002`,
  permit: `0190f300-0000-7000-8000-00000000${n}003`,
  opening: `0190f300-0000-7000-8000-00000000${n}004`,
});

async function setUpPlan(page: Page, base: string, ids: ReturnType<typeof planIds>): Promise<string> {
  const created = await apiAs<{ id: string }>(page, base, 'POST', '/projects', {
    name: 'Harbour crane',
    plannedStart: '2027-03-01',
  });
  const projectId = created.body.id;
  const setUp = await apiAs(page, base, 'POST', `/projects/${projectId}/plan/ops`, {
    version: 1,
    ops: [
      {
        op: 'insertTasks',
        tasks: [
          { id: ids.design, name: 'Design', durationMinutes: 2 * 480 },
          { id: ids.build, name: 'Build', durationMinutes: 3 * 480 },
          { id: ids.permit, name: 'Permit', durationMinutes: 480 },
          { id: ids.opening, name: 'Opening', milestone: true },
        ],
        links: [
          { predecessorId: ids.design, successorId: ids.build },
          { predecessorId: ids.build, successorId: ids.opening },
          { predecessorId: ids.permit, successorId: ids.opening },
        ],
      },
    ],
  });
  expect(setUp.status).toBe(200);
  return projectId;
}

async function liveDuration(page: Page, base: string, projectId: string, taskId: string): Promise<number> {
  const res = await apiAs<{ tasks: { id: string; durationMinutes: number }[] }>(
    page,
    base,
    'GET',
    `/projects/${projectId}/tasks`,
  );
  return res.body.tasks.find((t) => t.id === taskId)?.durationMinutes ?? -1;
}

async function createScenario(page: Page, name: string): Promise<void> {
  await page.getByRole('toolbar', { name: 'Plan tools' }).getByRole('button', { name: 'Scenarios…' }).click();
  const dialog = page.getByRole('dialog', { name: 'What-if scenarios' });
  await dialog.getByLabel('New scenario name').fill(name);
  await dialog.getByRole('button', { name: 'Create and open' }).click();
  await page.getByTestId('scenario-banner').getByText(`“${name}”`).waitFor();
}

describe('what-if scenarios in the plan view', () => {
  it('edits a scenario without touching the live plan, shows ghosts and impact, and applies it', async () => {
    const base = harness.server.url;
    const { context, page, errors } = await plannerPage(harness.browser, base);
    const ids = planIds(1);
    const projectId = await setUpPlan(page, base, ids);
    await openPlan(page, base, projectId);

    // A name is required: the form says so before anything is sent.
    await page.getByRole('toolbar', { name: 'Plan tools' }).getByRole('button', { name: 'Scenarios…' }).click();
    const dialog = page.getByRole('dialog', { name: 'What-if scenarios' });
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await dialog.getByText('Name must not be empty').waitFor();
    await page.keyboard.press('Escape');
    await createScenario(page, 'Build slips');
    expect(new URL(page.url()).searchParams.get('scenario')).toMatch(/^[0-9a-f-]{36}$/);

    // Build takes 5 days instead of 3 in the scenario: Opening moves two days later.
    await cell(page, 'Build', 'duration').click();
    await page.keyboard.type('5d');
    await page.keyboard.press('Enter');
    await expectCell(page, 'Build', 'duration', '5d');
    await expectCell(page, 'Opening', 'start', 'Tue 03/09/2027');
    const banner = page.getByTestId('scenario-banner');
    await banner.getByText('1 edit;', { exact: false }).waitFor();
    // Behind the scenario's bars, the live plan's as ghosts: only for the tasks that moved.
    await page.getByTestId('gantt').locator(`[data-ghost-for="${ids.build}"]`).waitFor();
    await page.getByTestId('gantt').locator(`[data-ghost-for="${ids.opening}"]`).waitFor();
    expect(await page.getByTestId('gantt').locator(`[data-ghost-for="${ids.design}"]`).count()).toBe(0);
    const impact = page.getByTestId('scenario-impact');
    await expect.poll(() => impact.getByTestId('impact-finish').textContent()).toContain('+2d');
    await impact.getByTestId('impact-moved').getByRole('button', { name: 'Build' }).waitFor();
    // The live plan is untouched.
    expect(await liveDuration(page, base, projectId, ids.build)).toBe(3 * 480);

    // Undo in a scenario takes back its last edit; the edit again, then a reload keeps the scenario open.
    await page.getByRole('toolbar', { name: 'Plan tools' }).getByRole('button', { name: 'Undo edit duration' }).click();
    await expectCell(page, 'Build', 'duration', '3d');
    await impact.getByText('This scenario changes no dates').waitFor();
    await cell(page, 'Build', 'duration').click();
    await page.keyboard.type('5d');
    await page.keyboard.press('Enter');
    await expectCell(page, 'Build', 'duration', '5d');
    await page.reload();
    await expectCell(page, 'Build', 'duration', '5d');
    await expect.poll(() => impact.getByTestId('impact-finish').textContent()).toContain('+2d');
    // Clicking a moved task selects its row.
    await impact.getByTestId('impact-moved').getByRole('button', { name: 'Opening' }).click();
    await expect.poll(() => page.locator(`[data-row-id="${ids.opening}"]`).getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('gantt').locator(`[data-ghost-for="${ids.build}"]`).waitFor();
    await screenshot(page, 'plan-scenario');

    // Apply: confirmed, then the live plan has the change and the view is back on it.
    await banner.getByRole('button', { name: 'Apply…' }).click();
    await page
      .getByRole('dialog', { name: 'Apply this scenario to the live plan?' })
      .getByRole('button', { name: 'Apply to live plan' })
      .click();
    await page.getByText('Scenario applied to the live plan', { exact: false }).waitFor();
    await banner.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('scenario')).toBeNull();
    await expectCell(page, 'Build', 'duration', '5d');
    expect(await liveDuration(page, base, projectId, ids.build)).toBe(5 * 480);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('names the task a colleague changed under the scenario, and applies nothing', async () => {
    const base = harness.server.url;
    const { context, page, errors } = await plannerPage(harness.browser, base);
    const ids = planIds(2);
    const projectId = await setUpPlan(page, base, ids);
    await openPlan(page, base, projectId);
    await createScenario(page, 'Permit slips');
    await cell(page, 'Permit', 'duration').click();
    await page.keyboard.type('7d');
    await page.keyboard.press('Enter');
    await expectCell(page, 'Permit', 'duration', '7d');
    await page.getByTestId('scenario-banner').getByText('1 edit;', { exact: false }).waitFor();

    // The PMO changes the permit's duration in the live plan meanwhile.
    const pmo = await harness.server.login('pmo@demo.gantry.local');
    const live = await pmo.get(`/api/projects/${projectId}/tasks`);
    const theirs = await pmo.patch(`/api/projects/${projectId}/tasks/${ids.permit}`, {
      version: live.body.plan.version,
      durationMinutes: 2 * 480,
    });
    expect(theirs.status).toBe(200);

    await page.getByTestId('scenario-banner').getByRole('button', { name: 'Apply…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Apply this scenario to the live plan?' });
    await dialog.getByRole('button', { name: 'Apply to live plan' }).click();
    const conflicts = dialog.getByTestId('apply-conflicts');
    await conflicts.getByText('The live plan changed under this scenario').waitFor();
    await expect.poll(() => conflicts.locator('li').allTextContents()).toEqual(['Permit (duration)']);
    await conflicts.getByText('Nothing was changed', { exact: false }).waitFor();
    expect(await liveDuration(page, base, projectId, ids.permit)).toBe(2 * 480);
    // Still in the scenario, which can now be discarded (confirmed).
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('scenario-banner').getByRole('button', { name: 'Discard…' }).click();
    await page
      .getByRole('dialog', { name: 'Discard this scenario?' })
      .getByRole('button', { name: 'Discard scenario' })
      .click();
    await page.getByText('Scenario discarded; the live plan is unchanged.').waitFor();
    await expectCell(page, 'Permit', 'duration', '2d');
    const left = await apiAs<{ items: unknown[] }>(page, base, 'GET', `/projects/${projectId}/scenarios`);
    expect(left.body.items).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('opens from its address on a demo plan, for the README picture', async () => {
    const context = await wideContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const base = harness.server.url;
    await signIn(page, base, 'marco@demo.gantry.local', DEMO_PASSWORD);
    const projectId = await projectIdByCode(page, base, 'PRJ-0001');
    const tasks = await apiAs<{ tasks: { id: string; name: string }[] }>(
      page,
      base,
      'GET',
      `/projects/${projectId}/tasks`,
    );
    const integrations = tasks.body.tasks.find((t) => t.name === 'Integrations')?.id;
    const s = await apiAs<{ id: string; version: number }>(page, base, 'POST', `/projects/${projectId}/scenarios`, {
      name: 'Integrations take 8 days more',
    });
    const edited = await apiAs(page, base, 'POST', `/projects/${projectId}/scenarios/${s.body.id}/ops`, {
      version: s.body.version,
      label: 'edit duration',
      ops: [{ op: 'updateTask', taskId: integrations, fields: { durationMinutes: 18 * 480 } }],
    });
    expect(edited.status).toBe(200);
    await page.goto(`${base}/projects/${projectId}/plan?scenario=${s.body.id}`);
    await page.getByTestId('scenario-banner').getByText('“Integrations take 8 days more”').waitFor();
    await page.getByTestId('gantt').locator(`[data-ghost-for="${integrations}"]`).waitFor();
    await page.getByTestId('impact-finish').waitFor();
    await page.getByRole('toolbar', { name: 'Plan tools' }).getByText('Month', { exact: true }).click();
    // A narrower grid leaves the chart room for the whole plan.
    await page.getByRole('separator', { name: 'Resize the grid and the chart' }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    await screenshot(page, 'plan-scenario-demo');
    await context.close();

    // On a phone the impact is a drawer, and nothing pushes the page wider than the screen.
    const phone = await newContext(harness.browser, 'phone');
    const small = await phone.newPage();
    small.setDefaultTimeout(15_000);
    await signIn(small, base, 'marco@demo.gantry.local', DEMO_PASSWORD);
    await small.goto(`${base}/projects/${projectId}/plan?scenario=${s.body.id}`);
    await small.getByRole('dialog').getByTestId('impact-finish').waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(small, 'plan-scenario-phone');
    await phone.close();
  }, 60_000);
});
