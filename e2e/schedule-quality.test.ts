import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { startHarness } from './support/harness.js';
import { apiAs, openPlan, plannerPage, projectIdByCode } from './support/plan-page.js';

const harness = startHarness();

interface Check {
  key: string;
  name: string;
  pass: boolean | null;
  taskIds: string[];
}

describe('schedule quality in the plan view', () => {
  it('opens the DCMA checks, highlights a failing check’s tasks, raises a corrective action on it, and shows only its tasks', async () => {
    const base = harness.server.url;
    const { context, page, errors } = await plannerPage(harness.browser, base);
    const projectId = await projectIdByCode(page, base, 'PRJ-0001');
    // A task nobody linked: the demo plan passes every check, this fails the logic check.
    const plan = await apiAs<{ plan: { version: number } }>(page, base, 'GET', `/projects/${projectId}/tasks`);
    const loose = randomUUID();
    const added = await apiAs(page, base, 'POST', `/projects/${projectId}/tasks`, {
      version: plan.body.plan.version,
      tasks: [{ id: loose, name: 'Loose end', durationMinutes: 480 }],
    });
    expect(added.status).toBe(200);
    const grid = await openPlan(page, base, projectId);
    const quality = (await apiAs<{ checks: Check[] }>(page, base, 'GET', `/projects/${projectId}/schedule-quality`))
      .body;
    const check = quality.checks.find((c) => c.key === 'logic') as Check;
    expect(check).toMatchObject({ pass: false, taskIds: [loose] });

    await page.getByRole('button', { name: 'Schedule quality' }).click();
    const panel = page.getByTestId('schedule-quality');
    const item = panel.getByTestId(`quality-check-${check.key}`);
    await item.waitFor();
    expect(await panel.locator('[data-testid^="quality-check-"]').count()).toBe(14);
    await expect.poll(() => item.textContent()).toContain('Fail');

    await item.click();
    const looseRow = grid.locator(`[data-row-id="${loose}"]`);
    await looseRow.waitFor();
    await expect.poll(() => looseRow.getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() => page.getByTestId('gantt').locator(`[data-task-id="${loose}"]`).first().getAttribute('data-selected'))
      .toBe('true');
    await screenshot(page, 'schedule-quality');

    // The failure becomes a corrective action on that very check, from the panel.
    await panel.getByRole('button', { name: 'Act on this' }).click();
    const form = page.getByRole('dialog', { name: /corrective action/i });
    await form.getByLabel('Owner').click();
    await page.getByRole('option').first().click();
    await form.getByRole('button', { name: /create/i }).click();
    await form.waitFor({ state: 'hidden' });
    const actions = await apiAs<{ items: { finding: { kind: string; checkKey?: string } }[] }>(
      page,
      base,
      'GET',
      `/projects/${projectId}/corrective-actions`,
    );
    expect(actions.body.items.map((a) => a.finding)).toContainEqual(
      expect.objectContaining({ kind: 'dcma', checkKey: 'logic' }),
    );

    await panel.getByRole('button', { name: 'Show only these' }).click();
    const rows = grid.locator('[data-row-id]:not([data-row-id="new"])');
    await expect.poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-row-id')))).toEqual([loose]);
    await screenshot(page, 'schedule-quality-only');
    await panel.getByRole('button', { name: 'Show all tasks' }).click();
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
