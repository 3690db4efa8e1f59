import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/demo-data.js';
import { signIn } from './browser.js';

/*
 * Helpers for the plan view's browser tests: the grid's cells by task name and column key
 * (data-col, see web/src/plan/grid/columns.ts), the chart's bars by task id, and a few API calls
 * made with the page's own session cookie.
 */

/** A wide screen, so the grid and the chart both have room (the planner's usual set-up). */
export function wideContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
}

/** A wide page signed in as the demo's project manager, collecting uncaught page errors (tests end expecting none). */
export async function plannerPage(
  browser: Browser,
  baseUrl: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await wideContext(browser);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signIn(page, baseUrl, 'marco@demo.gantry.local', DEMO_PASSWORD);
  return { context, page, errors };
}

/** Opens a project's plan and waits until its rows (or the empty plan's blank row) are drawn. */
export async function openPlan(page: Page, baseUrl: string, projectId: string): Promise<Locator> {
  await page.goto(`${baseUrl}/projects/${projectId}/plan`);
  const grid = page.getByRole('grid', { name: 'Tasks' });
  await grid.waitFor();
  await grid.locator('[data-row-id="new"]').waitFor();
  return grid;
}

/** Calls the API with the page's session cookie (no Origin header, as a same-site script would not send one). */
export async function apiAs<T>(
  page: Page,
  baseUrl: string,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await page.request.fetch(`${baseUrl}/api${path}`, {
    method,
    ...(body === undefined ? {} : { data: body }),
  });
  return { status: res.status(), body: (await res.json().catch(() => null)) as T };
}

/** The id of the project with this code, as the signed-in user sees it. */
export async function projectIdByCode(page: Page, baseUrl: string, code: string): Promise<string> {
  const res = await apiAs<{ items: { id: string; code: string }[] }>(page, baseUrl, 'GET', `/projects?q=${code}`);
  const project = res.body.items.find((p) => p.code === code);
  if (!project) throw new Error(`no project ${code} visible`);
  return project.id;
}

/** The grid row of the task with this exact name. */
export function row(page: Page, name: string): Locator {
  return page
    .getByRole('grid', { name: 'Tasks' })
    .locator('[data-row-id]:not([data-row-id="new"])')
    .filter({ has: page.locator('[data-col="name"]', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
}

/** A cell of the named task's row. */
export function cell(page: Page, name: string, col: string): Locator {
  return row(page, name).locator(`[data-col="${col}"]`);
}

/** The text of a cell, trimmed. */
export async function cellText(page: Page, name: string, col: string): Promise<string> {
  return ((await cell(page, name, col).textContent()) ?? '').trim();
}

/** One column's texts, top to bottom, for every task row drawn (the blank row left out). */
export async function columnTexts(page: Page, col: string): Promise<string[]> {
  return page
    .getByRole('grid', { name: 'Tasks' })
    .locator('[data-row-id]:not([data-row-id="new"])')
    .evaluateAll(
      (rows, key) =>
        rows
          .map((r) => ({
            index: Number(r.getAttribute('data-row-index')),
            text: (r.querySelector(`[data-col="${key}"]`)?.textContent ?? '').trim(),
          }))
          .sort((a, b) => a.index - b.index)
          .map((r) => r.text),
      col,
    );
}

/** The task id behind a grid row. */
export async function taskId(page: Page, name: string): Promise<string> {
  const id = await row(page, name).getAttribute('data-row-id');
  if (!id) throw new Error(`no row for task ${name}`);
  return id;
}

/** A task's bar (or diamond, or summary bracket) in the Gantt chart. */
export function bar(page: Page, id: string): Locator {
  return page.getByTestId('gantt').locator(`[data-task-id="${id}"]`);
}

/** Waits for a cell to show `text` (writes go to the server and come back rescheduled). */
export async function expectCell(page: Page, name: string, col: string, text: string): Promise<void> {
  await expect.poll(() => cellText(page, name, col), { message: `${name} / ${col}` }).toBe(text);
}

/** Drags with the mouse from one point to another in small steps, as a hand would. */
export async function dragMouse(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps = 12,
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/** The centre of an element's box on the page. */
export async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box (not rendered)');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
