import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';
import {
  apiAs,
  bar,
  cell,
  cellText,
  columnTexts,
  dragMouse,
  expectCell,
  openPlan,
  projectIdByCode,
  taskId,
  wideContext,
} from './support/plan-page.js';

const harness = startHarness();

/** Keys that change the outline for a planner: indent, insert, delete, append, outdent. */
const STRUCTURE_KEYS = ['Alt+Shift+ArrowRight', 'Insert', 'Delete', 'Control+Enter', 'Alt+Shift+ArrowLeft'];

/** Plan writes: anything but a GET under the project's tasks, links, schedule or plan ops and history. */
const isPlanWrite = (r: Request) =>
  r.method() !== 'GET' &&
  /\/api\/projects\/[^/]+\/(tasks|links|schedule|plan\/(ops|undo|redo))/.test(new URL(r.url()).pathname);

describe('a team member on the plan', () => {
  it('records progress on her own task and cannot change the plan', async () => {
    const context = await wideContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const base = harness.server.url;
    await signIn(page, base, 'lena@demo.gantry.local', DEMO_PASSWORD);
    const projectId = await projectIdByCode(page, base, 'PRJ-0001');
    const grid = await openPlan(page, base, projectId);
    await expectCell(page, 'Core services', 'responsible', 'Lena Fischer');
    expect(await cellText(page, 'User interface', 'responsible')).toBe('');
    const writes: Request[] = [];
    page.on('request', (r) => {
      if (isPlanWrite(r)) writes.push(r);
    });

    // No tool that changes the plan's structure, and no baseline saving; undo stays for her own progress.
    const toolbar = page.getByRole('toolbar', { name: 'Plan tools' });
    await toolbar.getByRole('button', { name: 'Export' }).waitFor();
    for (const name of [
      'Insert task',
      'Indent',
      'Outdent',
      'Link selected tasks (finish-to-start)',
      'Delete selected tasks',
      'Save baseline…',
    ]) {
      expect(await toolbar.getByRole('button', { name }).count(), name).toBe(0);
    }
    expect(await page.getByTestId('gantt').getAttribute('data-editable')).toBe('false');
    expect(await page.getByTestId('gantt').locator('[data-link-handle]').count()).toBe(0);

    // Her own task's name, duration, start and predecessors open no editor, by double-click or by typing.
    const editors = grid.locator('input, select');
    for (const col of ['name', 'duration', 'start', 'predecessors']) {
      await cell(page, 'Core services', col).dblclick();
      await page.keyboard.type('9');
      expect(await editors.count(), col).toBe(0);
    }
    expect(await cellText(page, 'Core services', 'name')).toBe('Core services');
    expect(await cellText(page, 'Core services', 'duration')).toBe('20d');

    // Progress on a task someone else is responsible for: no editor either.
    await cell(page, 'User interface', 'percentComplete').dblclick();
    await page.keyboard.press('F2');
    await page.keyboard.type('30');
    expect(await editors.count()).toBe(0);
    expect(await cellText(page, 'User interface', 'percentComplete')).toBe('0%');

    // Her own task's % complete: typing opens the editor, Enter saves it.
    await cell(page, 'Core services', 'percentComplete').click();
    await page.keyboard.type('50');
    await grid.getByRole('textbox', { name: '% complete of Core services' }).waitFor();
    await page.keyboard.press('Enter');
    await expectCell(page, 'Core services', 'percentComplete', '50%');
    // Her own edit can be undone from the toolbar.
    await toolbar.getByRole('button', { name: 'Undo edit % complete' }).waitFor();
    expect(writes.map((r) => `${r.method()} ${new URL(r.url()).pathname}`)).toEqual([
      `POST /api/projects/${projectId}/plan/ops`,
    ]);
    expect(JSON.parse(writes[0]?.postData() ?? '{}').ops).toEqual([
      { op: 'updateTask', taskId: await taskId(page, 'Core services'), fields: { percentComplete: 50 } },
    ]);
    // The bar shows the progress too.
    const coreId = await taskId(page, 'Core services');
    await bar(page, coreId).locator('rect').nth(1).waitFor();

    // Dragging a bar in the chart moves nothing and sends nothing.
    writes.length = 0;
    const uiId = await taskId(page, 'User interface');
    for (const id of [coreId, uiId]) {
      const box = await bar(page, id).locator('rect').first().boundingBox();
      if (!box) throw new Error('bar not drawn');
      const from = { x: box.x + 8, y: box.y + box.height / 2 };
      await dragMouse(page, from, { x: from.x + 80, y: from.y });
      // Alt-drag would draw a link for a planner.
      await page.keyboard.down('Alt');
      await dragMouse(page, from, { x: from.x, y: from.y + 56 });
      await page.keyboard.up('Alt');
    }
    await page.waitForTimeout(500);
    expect(writes.map((r) => r.url())).toEqual([]);
    expect(await cellText(page, 'Core services', 'constraint')).toBe('ASAP');

    // After a reload the progress is still there: it was saved, not just drawn.
    await page.reload();
    await expectCell(page, 'Core services', 'percentComplete', '50%');
    // Bring the progress columns into view for the picture.
    await cell(page, 'Core services', 'percentComplete').click();
    await screenshot(page, 'plan-team-member');

    // The server refuses a plan edit from her session as well.
    const tasks = await apiAs<{ plan: { version: number } }>(page, base, 'GET', `/projects/${projectId}/tasks`);
    const rename = await apiAs<{ error: { code: string } }>(page, base, 'PATCH', `/projects/${projectId}/tasks`, {
      version: tasks.body.plan.version,
      tasks: [{ id: coreId, name: 'Core services (renamed)' }],
    });
    expect(rename.status).toBe(403);
    expect(rename.body.error.code).toBe('forbidden');

    // The grid's structure keys leave the plan as it was.
    const before = { names: await columnTexts(page, 'name'), wbs: await columnTexts(page, 'wbs') };
    await cell(page, 'User interface', 'name').click();
    for (const key of STRUCTURE_KEYS) await page.keyboard.press(key);
    await page.waitForTimeout(1_000);
    await page.reload();
    await expectCell(page, 'Core services', 'percentComplete', '50%');
    expect(await columnTexts(page, 'name')).toEqual(before.names);
    expect(await columnTexts(page, 'wbs')).toEqual(before.wbs);
    await context.close();
  }, 90_000);

  // The grid's structure keys (Insert, Delete, Ctrl+Enter, Alt+Shift+arrows) follow the same access
  // as the toolbar: for a team member they do nothing, rather than a write the server refuses.
  it('sends nothing and shows no error when she presses the structure keys', async () => {
    const context = await wideContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const base = harness.server.url;
    await signIn(page, base, 'lena@demo.gantry.local', DEMO_PASSWORD);
    await openPlan(page, base, await projectIdByCode(page, base, 'PRJ-0001'));
    const writes: string[] = [];
    page.on('request', (r) => {
      if (isPlanWrite(r)) writes.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    await cell(page, 'User interface', 'name').click();
    for (const key of STRUCTURE_KEYS) await page.keyboard.press(key);
    await page.waitForTimeout(1_000);
    try {
      expect(writes).toEqual([]);
      expect(await page.getByText('The plan was not changed').count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 60_000);
});
