import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import type { TestClient } from '../src/test-support/client.js';
import { addTestResources } from '../src/test-support/resources.js';
import { newContext, RESULTS_DIR, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';
import { cellText, expectCell, openPlan } from './support/plan-page.js';

const harness = startHarness();
const WEEK = '2030-01-07';

/**
 * Issue 12's "Done when", in the browser: a team member's week from entry to approval to the plan's
 * actuals. Marco (the PM) has a project with Lena on the team, her pool resource (60.00 an hour)
 * assigned to Build (five days, 40 h) and to Review (a day), and a baseline with those costs.
 */
async function project(marco: TestClient, lena: TestClient) {
  const projectId = (await marco.post('/api/projects', { name: 'Timesheets in the browser', plannedStart: WEEK })).body
    .id as string;
  const url = (p: string) => `/api/projects/${projectId}${p}`;
  const lenaId = (await lena.get('/api/me')).body.user.id as string;
  expect((await marco.put(url(`/members/${lenaId}`), { relation: 'team_member' })).status).toBeLessThan(300);
  const [resource] = await addTestResources(harness.server.gantry.ctx.store, [
    { name: 'Lena', userId: lenaId, rates: [{ from: '2030-01-01', standardPerHourMinor: 6000 }] },
  ]);
  const [build, review, onBuild, onReview] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const version = (await marco.get(url('/tasks'))).body.plan.version;
  const planned = await marco.post(url('/plan/ops'), {
    version,
    ops: [
      {
        op: 'insertTasks',
        tasks: [
          { id: build, name: 'Build', durationMinutes: 2400 },
          { id: review, name: 'Review', durationMinutes: 480 },
        ],
      },
      {
        op: 'addAssignments',
        assignments: [
          { id: onBuild, taskId: build, resourceId: resource, unitsPercent: 100 },
          { id: onReview, taskId: review, resourceId: resource, unitsPercent: 100 },
        ],
      },
    ],
  });
  expect(planned.status, JSON.stringify(planned.body)).toBe(200);
  expect((await marco.post(url('/baselines'), { name: 'Approved' })).status).toBe(201);
  return { projectId, url, onReview };
}

/** Picks a day in the phone layout's day chooser, by its label (the radio itself is hidden). */
const chooseDay = (page: Page, weekday: string) => page.getByTestId('day-choice').filter({ hasText: weekday }).click();

describe('timesheets', () => {
  it("a team member's week from entry to approval to the plan's actuals", async () => {
    const marco = await harness.server.login('marco@demo.gantry.local');
    const lena = await harness.server.login('lena@demo.gantry.local');
    const { projectId, url, onReview } = await project(marco, lena);

    // Lena, on her phone: My timesheet from the navigation, then the week Build runs.
    const phone = await newContext(harness.browser, 'phone');
    const small = await phone.newPage();
    small.setDefaultTimeout(15_000);
    await signIn(small, harness.server.url, 'lena@demo.gantry.local', DEMO_PASSWORD);
    await small.getByRole('button', { name: 'Toggle navigation' }).click();
    await small.getByRole('link', { name: 'My timesheet' }).click();
    await small.getByRole('heading', { level: 1, name: 'My timesheet' }).waitFor();
    await small.goto(`${harness.server.url}/timesheets?week=2030-01-14`);
    // Build and Review are over by then: nothing to book.
    await small.getByText('Nothing to book this week').waitFor();
    await small.getByRole('button', { name: 'Previous week' }).click();
    await small.getByText('No hours booked this week yet').waitFor();
    expect(small.url()).toContain(`week=${WEEK}`);

    await small.getByRole('combobox', { name: 'Add task' }).click();
    await small.getByRole('option', { name: 'Build' }).click();
    const cellOn = (page: Page, day: string) => page.getByLabel(`Hours on Build, ${day}`);
    await cellOn(small, 'Mon 01/07/2030').fill('8');
    // More than a day holds is flagged at once, and nothing can be sent.
    await chooseDay(small, 'Tue');
    await cellOn(small, 'Tue 01/08/2030').fill('25');
    await small.getByText('Must be at most 24:00').waitFor();
    await small.getByText('holds more than 24 hours').waitFor();
    expect(await small.getByRole('button', { name: 'Submit' }).isDisabled()).toBe(true);
    await cellOn(small, 'Tue 01/08/2030').fill('7.5');
    await cellOn(small, 'Tue 01/08/2030').blur();
    expect(await cellOn(small, 'Tue 01/08/2030').inputValue()).toBe('7:30');
    await cellOn(small, 'Tue 01/08/2030').fill('8:00');
    // Wednesday by mistake: the manager will send it back.
    await chooseDay(small, 'Wed');
    await cellOn(small, 'Wed 01/09/2030').fill('7:30');
    await small.getByLabel('Note on Build').fill('set-up');
    expect(await small.getByTestId('phone-day-total').textContent()).toContain('week 23:30');
    expect(await small.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(small, 'timesheet-phone');
    await small.getByRole('button', { name: 'Submit' }).click();
    await small.getByText('Waiting for approval').waitFor();
    expect(await small.getByLabel('Note on Build').count()).toBe(0);

    // Marco returns it from the project's Money page.
    const desk = await newContext(harness.browser);
    const page = await desk.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, 'marco@demo.gantry.local', DEMO_PASSWORD);
    await page.goto(`${harness.server.url}/projects/${projectId}/money?statusDate=2030-01-11T17:00`);
    const section = page.getByRole('region', { name: 'Timesheets' });
    const group = section.getByRole('region', { name: /^Lena Fischer, week of Mon 01\/07\/2030/ });
    await group.getByRole('row').filter({ hasText: 'set-up' }).getByText('23:30').waitFor();
    await group.getByRole('checkbox', { name: 'Choose Build of Lena Fischer' }).check();
    await section.getByRole('button', { name: 'Return…' }).click();
    const back = page.getByRole('dialog', { name: 'Return hours' });
    await back.getByRole('button', { name: 'Return' }).click();
    await back.getByText('Say why').waitFor();
    await back.getByLabel('Comment').fill('Wednesday was a holiday');
    await back.getByRole('button', { name: 'Return' }).click();
    await back.waitFor({ state: 'detached' });
    await section.getByText('No hours are waiting for approval.').waitFor();

    // Lena, at her desk: the comment beside the line, which is hers to correct again.
    const lenaDesk = await newContext(harness.browser);
    const grid = await lenaDesk.newPage();
    grid.setDefaultTimeout(15_000);
    await signIn(grid, harness.server.url, 'lena@demo.gantry.local', DEMO_PASSWORD);
    await grid.goto(`${harness.server.url}/timesheets?week=${WEEK}`);
    const line = grid.getByRole('table', { name: 'Timesheet' }).getByRole('row').filter({ hasText: 'Build' });
    await line.getByText('Marco Rossi: Wednesday was a holiday').waitFor();
    await line.getByText('Returned').waitFor();
    await cellOn(grid, 'Wed 01/09/2030').fill('');
    // Typed hours are not dropped by a slip to another week.
    await grid.getByRole('button', { name: 'Next week' }).click();
    const leave = grid.getByRole('dialog', { name: 'Leave this week unsaved?' });
    await leave.getByRole('button', { name: 'Stay' }).click();
    await leave.waitFor({ state: 'detached' });
    expect(await cellOn(grid, 'Wed 01/09/2030').inputValue()).toBe('');
    expect(grid.url()).toContain(`week=${WEEK}`);
    // She adds Review too, which Marco takes her off meanwhile: the server's refusal shows on that line.
    await grid.getByRole('combobox', { name: 'Add task' }).click();
    await grid.getByRole('option', { name: 'Review' }).click();
    await grid.getByLabel('Hours on Review, Thu 01/10/2030').fill('1');
    const plan = (await marco.get(url('/tasks'))).body.plan.version;
    const removed = await marco.post(url('/plan/ops'), {
      version: plan,
      ops: [{ op: 'deleteAssignments', assignmentIds: [onReview] }],
    });
    expect(removed.status).toBe(200);
    await grid.getByRole('button', { name: 'Save' }).click();
    const reviewRow = grid.getByRole('table', { name: 'Timesheet' }).getByRole('row').filter({ hasText: 'Review' });
    await reviewRow.getByText('Is not a task you are assigned to or responsible for').waitFor();
    await screenshot(grid, 'timesheet');
    await grid.getByRole('button', { name: 'Remove Review' }).click();
    expect(await grid.getByTestId('week-total').textContent()).toBe('16:00');
    await grid.getByRole('button', { name: 'Submit' }).click();
    await line.getByText('Waiting for approval').waitFor();
    expect(await line.getByTestId('return-comment').count()).toBe(0);

    // Marco approves in the browser.
    await page.reload();
    await group.getByRole('row').filter({ hasText: 'set-up' }).getByText('16:00').waitFor();
    await group.getByRole('checkbox', { name: /^Choose every waiting line/ }).check();
    await section.screenshot({ path: join(RESULTS_DIR, 'timesheet-approvals.png') });
    await section.getByRole('button', { name: 'Approve…' }).click();
    const approve = page.getByRole('dialog', { name: 'Approve hours' });
    await approve.getByText('Leave empty for planned less done: 24:00').waitFor();
    // Marco's own estimate of what is left, typed as people type hours.
    const left = approve.getByLabel('Remaining work on Build (hours)');
    await left.fill('a day');
    await approve.getByRole('button', { name: 'Approve' }).click();
    await approve.getByText('Enter hours as 7.5 or 7:30').waitFor();
    await left.fill('24:00');
    await approve.getByRole('button', { name: 'Approve' }).click();
    await approve.waitFor({ state: 'detached' });
    await section.getByText('No hours are waiting for approval.').waitFor();
    // The history: the filter's label (its radio is hidden behind it).
    await section.getByText('Approved', { exact: true }).click();
    await group.getByText('€960.00').waitFor();
    // The hours' cost is actual cost at the end of the week: 16 h at 60.00.
    const ac = page.locator('[data-figure="ac"] [data-value]');
    await expect.poll(() => ac.textContent()).toBe('€960.00');
    // The history on a phone: a card per line, nothing wider than the screen (the chart follows a frame later).
    await page.setViewportSize({ width: 390, height: 844 });
    await group.locator('[data-line="Build"]').getByText('Mon 8:00 · Tue 8:00').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await section.screenshot({ path: join(RESULTS_DIR, 'timesheet-approvals-phone.png') });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The plan: Build started on Monday, 16 h of its 40 h done.
    await openPlan(page, harness.server.url, projectId);
    await expectCell(page, 'Build', 'percentComplete', '40%');
    expect(await cellText(page, 'Build', 'actualStart')).toContain('01/07/2030');
    await Promise.all([phone.close(), desk.close(), lenaDesk.close()]);
  }, 180_000);
});
