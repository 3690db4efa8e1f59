import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertAssignments } from '../src/store/repos/assignments-repo.js';
import { insertResources } from '../src/store/repos/resources-repo.js';
import { screenshot } from './support/browser.js';
import { startHarness } from './support/harness.js';
import { apiAs, expectCell, openPlan, plannerPage } from './support/plan-page.js';

const harness = startHarness();

/*
 * A project manager levels an over-allocated plan: Design (2 days) and Review (1 day) both need
 * Ann on Monday 1 March 2027. The preview opens as a scenario naming the moved task; applying it
 * shows the delay in the grid; clearing takes it away again.
 */
describe('resource leveling in the plan view', () => {
  it('previews, applies and clears leveling', async () => {
    const base = harness.server.url;
    const { context, page, errors } = await plannerPage(harness.browser, base);
    const projectId = (
      await apiAs<{ id: string }>(page, base, 'POST', '/projects', { name: 'Crane level', plannedStart: '2027-03-01' })
    ).body.id;
    const [design, build, review] = [randomUUID(), randomUUID(), randomUUID()];
    const ops = await apiAs(page, base, 'POST', `/projects/${projectId}/plan/ops`, {
      version: 1,
      ops: [
        {
          op: 'insertTasks',
          tasks: [
            { id: design, name: 'Design', durationMinutes: 960 },
            { id: build, name: 'Build', durationMinutes: 960 },
            { id: review, name: 'Review', durationMinutes: 480 },
          ],
          links: [{ predecessorId: design, successorId: build }],
        },
      ],
    });
    expect(ops.status).toBe(200);
    // The pool's own screens are another feature's: the person and the assignments go in directly.
    const db = harness.server.gantry.ctx.store.db;
    const ann = randomUUID();
    const at = new Date().toISOString();
    await insertResources(db, [
      {
        ...{ id: ann, code: 'ANN-L', name: 'Ann', kind: 'person', user_id: null, email: '', department: '' },
        ...{ role_id: null, material_unit: '', calendar_id: null, skills: '[]', exceptions: '[]', max_units: '[]' },
        ...{ rates: '[]', currency: 'EUR', booking: 'committed', active: 1, notes: '', created_at: at, updated_at: at },
        version: 1,
      },
    ]);
    const assignment = (taskId: string) => ({
      ...{ id: randomUUID(), project_id: projectId, task_id: taskId, resource_id: ann, units: 1, work_minutes: 0 },
      ...{ actual_work_minutes: 0, remaining_work_minutes: null, leveling_delay_minutes: 0, staffing_history: '[]' },
    });
    await insertAssignments(db, [assignment(design), assignment(review)]);

    await openPlan(page, base, projectId);
    const tools = page.getByRole('toolbar', { name: 'Plan tools' });
    await tools.getByRole('button', { name: 'Level resources…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Level resources' });
    await dialog.getByRole('button', { name: 'Level', exact: true }).click();
    // The preview opens as a scenario; its impact panel lists the moved task.
    const banner = page.getByTestId('scenario-banner');
    await banner.waitFor();
    const impact = page.getByTestId('scenario-impact');
    await impact.getByTestId('impact-moved').getByRole('button', { name: 'Review' }).waitFor();
    await expectCell(page, 'Review', 'start', 'Wed 03/03/2027');
    await screenshot(page, 'plan-leveling-preview');

    await banner.getByRole('button', { name: 'Apply…' }).click();
    await page
      .getByRole('dialog', { name: 'Apply this scenario to the live plan?' })
      .getByRole('button', { name: 'Apply to live plan' })
      .click();
    await banner.waitFor({ state: 'detached' });
    await expectCell(page, 'Review', 'levelingDelay', '2d');
    await expectCell(page, 'Review', 'start', 'Wed 03/03/2027');
    await screenshot(page, 'plan-leveling-applied');

    await tools.getByRole('button', { name: 'Clear leveling' }).click();
    await page.getByText('Leveling cleared', { exact: false }).waitFor();
    await expectCell(page, 'Review', 'levelingDelay', '');
    await expectCell(page, 'Review', 'start', 'Mon 03/01/2027');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
