import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { ORACLE_TAG, oraclePath } from '../src/test-support/oracle.js';
import { screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';
import { columnTexts, openPlan, projectIdByCode, wideContext } from './support/plan-page.js';

const harness = startHarness();
const scratch = mkdtempSync(join(tmpdir(), 'gantry-e2e-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** MPXJ's sample of the four link types with a lag (LGPL test data), when the machine has it. */
const MPXJ_RELATIONS = oraclePath('mspdi', 'mspdirelations.xml');

/** The grid's columns that an MS Project file carries across. */
const CARRIED = ['wbs', 'name', 'duration', 'start', 'finish', 'predecessors', 'constraint'] as const;

async function planColumns(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const col of CARRIED) out[col] = await columnTexts(page, col);
  return out;
}

/** Imports a file through the Projects page's dialog and answers the dialog showing the report. */
async function importThroughDialog(page: Page, file: string, name: string) {
  await page.goto(`${harness.server.url}/projects`);
  await page.getByRole('button', { name: 'Import from MS Project / P6' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from MS Project / P6' });
  // Nothing chosen yet: the dialog says what it needs instead of sending.
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByText('Choose a .xml (MS Project) or .xer (Primavera P6) file').waitFor();
  await dialog.locator('input[type="file"]').setInputFiles(file);
  await dialog.getByRole('textbox', { name: 'Project name' }).fill(name);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('link', { name: 'Open the plan' }).waitFor({ timeout: 30_000 });
  return dialog;
}

describe('a project manager imports a plan', () => {
  it('imports an MS Project XML file and opens the new plan with its tasks', async () => {
    const context = await wideContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const base = harness.server.url;
    await signIn(page, base, 'marco@demo.gantry.local', DEMO_PASSWORD);

    // The file: the Data platform demo plan, exported as MS Project XML with Marco's session.
    const sourceId = await projectIdByCode(page, base, 'PRJ-0003');
    const exported = await page.request.get(`${base}/api/projects/${sourceId}/export?format=mspdi`);
    expect(exported.status()).toBe(200);
    const xml = await exported.text();
    expect(xml).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
    const file = join(scratch, 'data-platform.xml');
    writeFileSync(file, xml);
    await openPlan(page, base, sourceId);
    const original = await planColumns(page);
    expect(original.name).toHaveLength(21);

    const dialog = await importThroughDialog(page, file, 'Data platform (imported)');
    const created = dialog.getByRole('alert').filter({ hasText: 'Data platform (imported) created' });
    await created.waitFor();
    expect(await created.textContent()).toMatch(
      /^PRJ-\d{4} · Data platform \(imported\) created.*From data-platform\.xml: 21 tasks, 17 links and \d+ calendars? carried over\.$/,
    );
    await screenshot(page, 'import-report');

    await dialog.getByRole('link', { name: 'Open the plan' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}\/plan$/);
    await page.getByRole('heading', { level: 1, name: 'Data platform (imported)' }).waitFor();
    await expect.poll(() => columnTexts(page, 'name')).toEqual(original.name);
    // The round trip keeps the outline, durations, dates, links and constraints.
    expect(await planColumns(page)).toEqual(original);
    await screenshot(page, 'import-plan');
    await context.close();
  }, 90_000);

  it.skipIf(!existsSync(MPXJ_RELATIONS))(
    `imports MPXJ's sample of the four link types with MS Project's dates ${ORACLE_TAG}`,
    async () => {
      const context = await wideContext(harness.browser);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await signIn(page, harness.server.url, 'marco@demo.gantry.local', DEMO_PASSWORD);

      const dialog = await importThroughDialog(page, MPXJ_RELATIONS, 'Link types sample');
      await dialog.getByText(/From mspdirelations\.xml: 5 tasks, 4 links and \d+ calendars? carried over\./).waitFor();
      await screenshot(page, 'import-report-mpxj');
      await dialog.getByRole('link', { name: 'Open the plan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Link types sample' }).waitFor();
      await expect.poll(() => columnTexts(page, 'name')).toEqual(['Task 1', 'Task 2', 'Task 3', 'Task 4', 'Task 5']);
      const plan = await planColumns(page);
      expect(plan.predecessors).toEqual(['', '1', '2SS+1d', '3FF', '4SF']);
      expect(plan.duration).toEqual(['1d', '1d', '1d', '1d', '1d']);
      // MS Project's own dates and float, as saved in the file.
      expect(plan.start).toEqual([
        'Thu 09/21/2006',
        'Fri 09/22/2006',
        'Mon 09/25/2006',
        'Mon 09/25/2006',
        'Fri 09/22/2006',
      ]);
      // Task 5's file finish is Mon 25 Sep 08:00: the same working instant as Friday's end of day, shown here.
      expect(plan.finish).toEqual([
        'Thu 09/21/2006',
        'Fri 09/22/2006',
        'Mon 09/25/2006',
        'Mon 09/25/2006',
        'Fri 09/22/2006',
      ]);
      expect(await columnTexts(page, 'totalFloat')).toEqual(['0d', '0d', '0d', '0d', '1d']);
      await context.close();
    },
    90_000,
  );
});
