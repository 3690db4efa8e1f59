import { describe, expect, it } from 'vitest';
import { startHarness } from './support/harness.js';
import { apiAs, cell, expectCell, openPlan, plannerPage } from './support/plan-page.js';

const harness = startHarness();

/*
 * Undo is kept by the server: it survives a reload, covers the status date, and will not overwrite
 * what someone else changed since. The plan starts on Monday 1 March 2027 (Standard calendar).
 */
describe('undo in the plan view', () => {
  it('undoes and redoes after a reload, and refuses to overwrite a colleague', async () => {
    const base = harness.server.url;
    const { context, page, errors } = await plannerPage(harness.browser, base);
    const created = await apiAs<{ id: string }>(page, base, 'POST', '/projects', {
      name: 'Berth dredging',
      plannedStart: '2027-03-01',
    });
    const projectId = created.body.id;
    const [design, build] = ['0190f200-0000-7000-8000-000000000001', '0190f200-0000-7000-8000-000000000002'];
    const setUp = await apiAs(page, base, 'POST', `/projects/${projectId}/plan/ops`, {
      version: 1,
      ops: [
        {
          op: 'insertTasks',
          tasks: [
            { id: design, name: 'Design', durationMinutes: 2 * 480 },
            { id: build, name: 'Build', durationMinutes: 3 * 480 },
          ],
          links: [{ predecessorId: design, successorId: build }],
        },
      ],
    });
    expect(setUp.status).toBe(200);
    await openPlan(page, base, projectId);
    const toolbar = page.getByRole('toolbar', { name: 'Plan tools' });

    // Two edits: Design a day longer (Build moves), then a status date.
    await cell(page, 'Design', 'duration').click();
    await page.keyboard.type('3d');
    await page.keyboard.press('Enter');
    await expectCell(page, 'Build', 'start', 'Thu 03/04/2027');
    await page.locator('#plan-status-date').fill('2027-03-03');
    await toolbar.getByRole('button', { name: 'Undo change status date' }).waitFor();

    // A reload forgets nothing: the toolbar still offers both undos, newest first.
    await page.reload();
    await expectCell(page, 'Design', 'duration', '3d');
    expect(await page.locator('#plan-status-date').inputValue()).toBe('2027-03-03');
    await toolbar.getByRole('button', { name: 'Undo change status date' }).waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#plan-status-date').inputValue()).toBe('');
    await toolbar.getByRole('button', { name: 'Undo edit duration' }).click();
    await expectCell(page, 'Design', 'duration', '2d');
    await expectCell(page, 'Build', 'start', 'Wed 03/03/2027');
    await toolbar.getByRole('button', { name: 'Redo edit duration' }).waitFor();
    await page.keyboard.press('Control+y');
    await expectCell(page, 'Design', 'duration', '3d');
    await expectCell(page, 'Build', 'start', 'Thu 03/04/2027');

    // The PMO changes Design's duration meanwhile: undoing Marco's edit would overwrite it.
    const other = await harness.server.login('pmo@demo.gantry.local');
    const plan = await other.get(`/api/projects/${projectId}/tasks`);
    const theirs = await other.patch(`/api/projects/${projectId}/tasks/${design}`, {
      version: plan.body.plan.version,
      durationMinutes: 5 * 480,
    });
    expect(theirs.status).toBe(200);
    // The page's plan is behind: the first try reloads it (as any write based on an old version does).
    await page.keyboard.press('Control+z');
    await page.getByText('Someone else changed the plan — reloaded').waitFor();
    await expectCell(page, 'Design', 'duration', '5d');
    await page.keyboard.press('Control+z');
    await page.getByText('Cannot undo edit duration: Design changed since; nothing was changed').waitFor();
    await expectCell(page, 'Design', 'duration', '5d');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
