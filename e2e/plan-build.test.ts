import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';
import {
  apiAs,
  bar,
  cellText,
  centre,
  columnTexts,
  dragMouse,
  expectCell,
  openPlan,
  plannerPage,
  taskId,
  wideContext,
} from './support/plan-page.js';

const harness = startHarness();

/** Presses keys one after another, as a user at the keyboard would. */
async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

/*
 * The plan starts on Monday 1 March 2027 at 08:00 on the Standard calendar (Mon–Fri, 8 h a day),
 * so every date below follows from the durations and links typed in.
 */
describe('a project manager builds a plan', () => {
  it('types a plan with the keyboard, links by dragging, and sees the variance against a baseline', async () => {
    const base = harness.server.url;
    const { context, page, errors } = await plannerPage(harness.browser, base);

    const created = await apiAs<{ id: string }>(page, base, 'POST', '/projects', {
      name: 'Harbour crane telemetry',
      plannedStart: '2027-03-01',
    });
    expect(created.status).toBe(201);
    const grid = await openPlan(page, base, created.body.id);
    await page.getByText('No tasks yet — type a name in the first row or import a plan').waitFor();

    // --- 1. Keyboard only: the grid opens with the cursor on the blank row's name cell.
    await grid.focus();
    for (const name of ['Phase 1', 'Design', 'Build', 'Review', 'Launch', 'Handbook']) {
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() => columnTexts(page, 'name'))
      .toEqual(['Phase 1', 'Design', 'Build', 'Review', 'Launch', 'Handbook']);
    // New tasks are one day long and all start with the project.
    expect(await columnTexts(page, 'duration')).toEqual(['1d', '1d', '1d', '1d', '1d', '1d']);

    // Durations down the Duration column: Ctrl+Home to the first row, then Design's duration.
    await press(page, 'Control+Home', 'ArrowDown', 'Tab');
    for (const duration of ['3d', '2d', '1d', '2d']) {
      await page.keyboard.type(duration);
      await page.keyboard.press('Enter');
    }
    await expectCell(page, 'Launch', 'duration', '2d');
    // Predecessors: Build follows Design (row 2); Review follows Build a day later.
    await press(page, 'ArrowUp', 'ArrowUp', 'ArrowUp', 'Tab', 'Tab', 'Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await page.keyboard.type('3FS+1d');
    await page.keyboard.press('Enter');
    await expectCell(page, 'Review', 'predecessors', '3FS+1d');
    await expectCell(page, 'Build', 'predecessors', '2');

    // Design and Build go under Phase 1: select both rows with Shift+Down, then Alt+Shift+Right.
    await press(page, 'ArrowUp', 'ArrowUp', 'ArrowUp', 'Shift+ArrowDown', 'Alt+Shift+ArrowRight');
    await expect.poll(() => columnTexts(page, 'wbs')).toEqual(['1', '1.1', '1.2', '2', '3', '4']);

    // The schedule follows: Design Mon–Wed, Build Thu–Fri, a day's lag on Monday, Review Tuesday.
    await expectCell(page, 'Review', 'start', 'Tue 03/09/2027');
    expect(await columnTexts(page, 'start')).toEqual([
      'Mon 03/01/2027',
      'Mon 03/01/2027',
      'Thu 03/04/2027',
      'Tue 03/09/2027',
      'Mon 03/01/2027',
      'Mon 03/01/2027',
    ]);
    expect(await columnTexts(page, 'finish')).toEqual([
      'Fri 03/05/2027',
      'Wed 03/03/2027',
      'Fri 03/05/2027',
      'Tue 03/09/2027',
      'Tue 03/02/2027',
      'Mon 03/01/2027',
    ]);
    // The summary rolls its subtasks up: Monday to Friday is five working days.
    expect(await cellText(page, 'Phase 1', 'duration')).toBe('5d');

    // Undo and redo an edit: Design one day longer pushes Build a day later.
    await press(page, 'Control+Home', 'ArrowDown', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft');
    await page.keyboard.type('4d');
    await page.keyboard.press('Enter');
    await expectCell(page, 'Build', 'start', 'Fri 03/05/2027');
    await page.keyboard.press('Control+z');
    await expectCell(page, 'Design', 'duration', '3d');
    await expectCell(page, 'Build', 'start', 'Thu 03/04/2027');
    await page.keyboard.press('Control+y');
    await expectCell(page, 'Design', 'duration', '4d');
    await expectCell(page, 'Build', 'start', 'Fri 03/05/2027');
    await expectCell(page, 'Review', 'start', 'Wed 03/10/2027');
    await page.keyboard.press('Home');
    await screenshot(page, 'plan-keyboard');

    // --- 2. Link Review to Launch by dragging from Review's link handle onto Launch's bar.
    const ids = {
      design: await taskId(page, 'Design'),
      build: await taskId(page, 'Build'),
      review: await taskId(page, 'Review'),
      launch: await taskId(page, 'Launch'),
      handbook: await taskId(page, 'Handbook'),
    };
    const gantt = page.getByTestId('gantt');
    expect(await gantt.locator('[data-link-id]').count()).toBe(2);
    // Launch does not drive the finish yet: it has float and is not on the critical path.
    expect(await bar(page, ids.launch).getAttribute('data-critical')).toBeNull();
    expect(await bar(page, ids.review).getAttribute('data-critical')).toBe('true');
    await dragMouse(
      page,
      await centre(bar(page, ids.review).locator('[data-link-handle]')),
      await centre(bar(page, ids.launch).locator('rect').first()),
    );
    await expectCell(page, 'Launch', 'predecessors', '4');
    await expectCell(page, 'Launch', 'start', 'Thu 03/11/2027');
    await expectCell(page, 'Launch', 'finish', 'Fri 03/12/2027');
    const links = await apiAs<{ links: { id: string; predecessorId: string; successorId: string; type: string }[] }>(
      page,
      base,
      'GET',
      `/projects/${created.body.id}/links`,
    );
    const drawn = links.body.links.find((l) => l.predecessorId === ids.review && l.successorId === ids.launch);
    expect(drawn?.type).toBe('FS');
    const arrow = gantt.locator(`[data-link-id="${drawn?.id}"]`);
    await arrow.waitFor();
    expect(await gantt.locator('[data-link-id]').count()).toBe(3);
    // The driving chain is red: Design, Build, Review and now Launch; the unlinked Handbook is not.
    for (const id of [ids.design, ids.build, ids.review, ids.launch]) {
      await expect.poll(() => bar(page, id).getAttribute('data-critical')).toBe('true');
    }
    expect(await arrow.getAttribute('data-critical')).toBe('true');
    expect(await bar(page, ids.handbook).getAttribute('data-critical')).toBeNull();
    expect(await page.getByTestId('plan-finish').textContent()).toBe('Finish Fri 03/12/2027');
    await screenshot(page, 'plan-linked');

    // Alt-dragging from a bar links too; Ctrl+Z takes that link away again.
    await page.keyboard.down('Alt');
    await dragMouse(
      page,
      await centre(bar(page, ids.design).locator('rect').first()),
      await centre(bar(page, ids.handbook).locator('rect').first()),
    );
    await page.keyboard.up('Alt');
    await expectCell(page, 'Handbook', 'predecessors', '2');
    await expectCell(page, 'Handbook', 'start', 'Fri 03/05/2027');
    expect(await gantt.locator('[data-link-id]').count()).toBe(4);
    await page.keyboard.press('Control+z');
    await expectCell(page, 'Handbook', 'predecessors', '');
    await expectCell(page, 'Handbook', 'start', 'Mon 03/01/2027');
    expect(await gantt.locator('[data-link-id]').count()).toBe(3);

    // --- 3. Save a baseline, show it, then move Build four days right in the chart.
    await page.getByRole('button', { name: 'Save baseline…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save baseline' });
    await dialog.getByRole('button', { name: 'Save baseline' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The baseline just saved is the one shown; the selector switches it off and on again.
    const selector = page.getByRole('combobox', { name: 'Show baseline' });
    expect(await selector.inputValue()).toBe('Baseline');
    await selector.click();
    await page.getByRole('option', { name: 'Show baseline: none' }).click();
    await expect.poll(() => grid.locator('[role="columnheader"][data-col="variance"]').count()).toBe(0);
    await selector.click();
    await page.getByRole('option', { name: 'Baseline', exact: true }).click();
    await grid.getByRole('columnheader', { name: 'Finish var.' }).waitFor();
    await expectCell(page, 'Build', 'variance', '0d');
    await gantt.locator(`[data-baseline-for="${ids.build}"]`).waitFor();

    const body = await bar(page, ids.build).locator('rect').first().boundingBox();
    if (!body) throw new Error('Build has no bar');
    // An empty plan opens on the Week timescale: 14 px a day (web/src/plan/gantt/time-scale.ts).
    expect(await gantt.getAttribute('data-zoom')).toBe('week');
    const pxPerDay = 14;
    const grip = { x: body.x + 10, y: body.y + body.height / 2 };
    await dragMouse(page, grip, { x: grip.x + 4 * pxPerDay, y: grip.y });
    // Moving a bar sets a start-no-earlier-than constraint, as in MS Project.
    await expectCell(page, 'Build', 'constraint', 'SNET Tue 03/09/2027');
    await expectCell(page, 'Build', 'start', 'Tue 03/09/2027');
    await expectCell(page, 'Launch', 'finish', 'Tue 03/16/2027');
    // Build and everything after it finish two working days later than the baseline says.
    await expect.poll(() => columnTexts(page, 'variance')).toEqual(['2d', '0d', '2d', '2d', '2d', '0d']);
    for (const id of Object.values(ids)) await gantt.locator(`[data-baseline-for="${id}"]`).waitFor();
    // The baseline bar stays where Build was, left of the moved bar.
    const baselineBox = await gantt.locator(`[data-baseline-for="${ids.build}"]`).boundingBox();
    const movedBox = await bar(page, ids.build).locator('rect').first().boundingBox();
    expect(movedBox!.x - baselineBox!.x).toBeGreaterThan(3 * pxPerDay);
    await grid.locator('[data-col="variance"]').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-baseline-variance');

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('keeps the cursor on the blank row while new tasks arrive, so the next name makes a new task', async () => {
    const context = await wideContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const base = harness.server.url;
    await signIn(page, base, 'marco@demo.gantry.local', DEMO_PASSWORD);
    const created = await apiAs<{ id: string }>(page, base, 'POST', '/projects', {
      name: 'Quay lighting',
      plannedStart: '2027-03-01',
    });
    const grid = await openPlan(page, base, created.body.id);

    // A slow server: each new task's answer is held until both names have been typed.
    let release!: () => void;
    const bothTyped = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(`**/api/projects/${created.body.id}/plan/ops`, async (route) => {
      await bothTyped;
      await route.continue();
    });
    await grid.focus();
    for (const name of ['Survey', 'Cabling']) {
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    release();
    await expect.poll(() => columnTexts(page, 'name')).toEqual(['Survey', 'Cabling']);
    // Both rows arrived above the cursor: it is still on the blank row, not on Cabling.
    await page.keyboard.type('Fixtures');
    await page.keyboard.press('Enter');
    await expect.poll(() => columnTexts(page, 'name')).toEqual(['Survey', 'Cabling', 'Fixtures']);
    await context.close();
  }, 60_000);
});
