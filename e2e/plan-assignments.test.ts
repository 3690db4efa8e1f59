import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { addTestResources } from '../src/test-support/resources.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';
import { apiAs, cell, expectCell, openPlan, plannerPage } from './support/plan-page.js';

const harness = startHarness();

/*
 * A project manager assigns a generic role to a task in the plan view's Resources column, and later
 * staffs it with a named person who fills the role: the assignment shows who it was ("was: Senior
 * developer"). That person, a team member, then sees the assignment on their home page.
 */
const ids = {
  design: '0190f400-0000-7000-8000-000000000001',
  build: '0190f400-0000-7000-8000-000000000002',
};

describe('assignments in the plan view', () => {
  it('a PM assigns a role, then staffs it with a person; the person sees it at home', async () => {
    const base = harness.server.url;
    const { context, page, errors } = await plannerPage(harness.browser, base);
    const created = await apiAs<{ id: string }>(page, base, 'POST', '/projects', {
      name: 'Harbour office',
      plannedStart: '2027-03-01',
    });
    const projectId = created.body.id;
    const setUp = await apiAs(page, base, 'POST', `/projects/${projectId}/plan/ops`, {
      version: 1,
      ops: [
        {
          op: 'insertTasks',
          tasks: [
            { id: ids.design, name: 'Design', durationMinutes: 5 * 480 },
            { id: ids.build, name: 'Build', durationMinutes: 3 * 480 },
          ],
        },
      ],
    });
    expect(setUp.status).toBe(200);
    // The team member Lena is in the pool as a person filling the Senior developer role.
    const store = harness.server.gantry.ctx.store;
    const lenaUser = await store.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'lena@demo.gantry.local')
      .executeTakeFirstOrThrow();
    const [role] = (await addTestResources(store, [{ name: 'Senior developer', kind: 'role' }])) as [string];
    await addTestResources(store, [
      { name: 'Lena Fischer', userId: lenaUser.id, roleId: role },
      { name: 'Bob Builder' },
    ]);
    const marco = await harness.server.login('marco@demo.gantry.local');
    await marco.put(`/api/projects/${projectId}/members/${lenaUser.id}`, { relation: 'team_member' });

    await openPlan(page, base, projectId);
    // The Resources column; double-click opens the task's assignments.
    await cell(page, 'Design', 'assignments').scrollIntoViewIfNeeded();
    await cell(page, 'Design', 'assignments').dblclick();
    const drawer = page.getByRole('dialog', { name: 'Resources of Design' });
    await drawer.getByText('No resources assigned yet.').waitFor();
    await drawer.getByLabel('Units (%)').fill('50');
    await drawer.getByLabel('Assign a resource').click();
    await page.getByRole('option', { name: 'Senior developer (role)' }).click();
    await drawer.getByRole('button', { name: 'Assign' }).click();
    await expectCell(page, 'Design', 'assignments', 'Senior developer [50%]');
    // Fixed units: work is the task's duration × units (5 days at 50 %: 20 h).
    await drawer.locator('[data-assignment="Senior developer"]').getByLabel('Work (h)').waitFor();
    expect(await drawer.locator('[data-assignment="Senior developer"]').getByLabel('Work (h)').inputValue()).toBe('20');

    // Later: staff the role with a person who fills it.
    await drawer.getByLabel('Staff with…').click();
    await expect(page.getByRole('option', { name: 'Bob Builder' }).count()).resolves.toBe(0);
    await page.getByRole('option', { name: 'Lena Fischer' }).click();
    await expectCell(page, 'Design', 'assignments', 'Lena Fischer [50%]');
    await drawer.getByTestId('staffing-history').getByText('was: Senior developer (staffed by Marco Rossi)').waitFor();
    await screenshot(page, 'plan-assignments-staffed');
    await drawer
      .getByRole('button', { name: 'Close' })
      .click()
      .catch(() => page.keyboard.press('Escape'));
    expect(errors).toEqual([]);
    await context.close();

    // Lena sees her assignment on her home page (on her phone).
    const lenaContext = await newContext(harness.browser, 'phone');
    const lenaPage = await lenaContext.newPage();
    lenaPage.setDefaultTimeout(15_000);
    await signIn(lenaPage, base, 'lena@demo.gantry.local', DEMO_PASSWORD);
    const panel = lenaPage.getByTestId('my-assignments');
    await panel.getByRole('link', { name: 'Design' }).waitFor();
    await panel.getByText('Harbour office').waitFor();
    await panel.getByText('50%').waitFor();
    await screenshot(lenaPage, 'home-my-assignments');
    await lenaContext.close();
  });
});
