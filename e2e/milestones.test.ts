import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();

describe('the PMO looks across the portfolio', () => {
  it('sees every milestone on one timeline, the demo go-live slipped, and filters to the slipped ones', async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Milestones' }).click();
    await page.getByRole('heading', { level: 1, name: 'Milestones' }).waitFor();

    const timeline = page.getByTestId('milestone-timeline');
    const diamonds = timeline.locator('[data-milestone-id]');
    await diamonds.first().waitFor();
    const statuses = await diamonds.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    // Eight demo projects, five milestones each (Charter approved … Go live). Projects under way
    // finished their first two, slipped the rest; the others have no baseline yet.
    expect(statuses.length).toBe(40);
    expect(new Set(statuses)).toEqual(new Set(['slipped', 'no_baseline', 'done']));

    // PRJ-0001's Core services took a week longer than its baseline: its go-live slipped.
    const goLive = timeline.getByRole('link', { name: /^PRJ-0001 Go live: / });
    expect(await goLive.getAttribute('data-status')).toBe('slipped');
    // The demo is placed around today, so only the slip is fixed.
    expect(await goLive.getAttribute('aria-label')).toMatch(
      /^PRJ-0001 Go live: \d{2}\/\d{2}\/\d{4}, baseline \d{2}\/\d{2}\/\d{4}, slip \+5d, Slipped$/,
    );
    // A planned-only project has no baseline to slip against.
    const proposed = timeline.getByRole('link', { name: /^PRJ-0003 Go live: / });
    expect(await proposed.getAttribute('data-status')).toBe('no_baseline');
    await screenshot(page, 'milestones');

    // Filter by status: only the slipped diamonds stay, the go-live among them.
    const slippedCount = statuses.filter((s) => s === 'slipped').length;
    expect(slippedCount).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: 'Milestone status' }).click();
    await page.getByRole('option', { name: 'Slipped' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => diamonds.count()).toBe(slippedCount);
    const filtered = await diamonds.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(new Set(filtered)).toEqual(new Set(['slipped']));
    await goLive.waitFor();
    expect(await proposed.count()).toBe(0);
    await screenshot(page, 'milestones-slipped');

    // A diamond opens its project's plan (the <a>'s own centre may fall between its shapes: aim at its hit area).
    await goLive.locator('rect').click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}\/plan$/);
    await page.getByRole('grid', { name: 'Tasks' }).getByText('Go live', { exact: true }).waitFor();
    await context.close();
  }, 60_000);

  it('reads the Standard calendar', async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Calendars' }).click();
    const table = page.getByRole('table', { name: 'Calendars' });
    const standard = table.getByRole('row').filter({ hasText: 'Standard' });
    await standard.waitFor();
    // Monday to Friday, 8 hours a day, no exceptions.
    expect((await standard.getByRole('cell').allTextContents()).slice(0, 4)).toEqual([
      'Standard',
      'Mon–Fri 8h',
      '8h',
      'None',
    ]);
    await screenshot(page, 'calendars');

    // Its week, opened: two working periods a weekday, none at the weekend.
    await page.getByRole('button', { name: 'Edit calendar Standard' }).click();
    const dialog = page.getByRole('dialog');
    const hours = (day: string, n: number) => dialog.getByRole('textbox', { name: `${day} working hours ${n}` });
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      expect(await hours(day, 1).inputValue(), day).toBe('08:00-12:00');
      expect(await hours(day, 2).inputValue(), day).toBe('13:00-17:00');
    }
    for (const day of ['Saturday', 'Sunday']) expect(await hours(day, 1).count(), day).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await context.close();
  }, 60_000);
});
