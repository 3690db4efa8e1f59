import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { leanMspdi } from '../src/test-support/mspdi-file.js';
import { signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';
import { wideContext } from './support/plan-page.js';

const harness = startHarness();
const scratch = mkdtempSync(join(tmpdir(), 'gantry-e2e-import-job-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a project manager imports a large plan', () => {
  it('follows the background import on a progress bar, then sees the report and opens the plan', async () => {
    const context = await wideContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const base = harness.server.url;
    await signIn(page, base, 'marco@demo.gantry.local', DEMO_PASSWORD);
    // 4,500 tasks, over 1 MB: imported as a job.
    const file = join(scratch, 'large.xml');
    writeFileSync(file, leanMspdi(4500, 'Large programme'));

    await page.goto(`${base}/projects`);
    await page.getByRole('button', { name: 'Import from MS Project / P6' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from MS Project / P6' });
    await dialog.locator('input[type="file"]').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    const bar = dialog.getByRole('progressbar', { name: 'Import progress' });
    // At 0 % the bar's filled section has no width, which Chromium reports as hidden: attached is what it is.
    await bar.waitFor({ state: 'attached' });
    await expect
      .poll(() => dialog.getByTestId('job-message').textContent())
      .toMatch(/Reading|Scheduling|Writing|Saving|Done/);
    await dialog.getByRole('link', { name: 'Open the plan' }).waitFor({ timeout: 90_000 });
    expect(await dialog.textContent()).toContain('4500 tasks');
    await dialog.getByRole('link', { name: 'Open the plan' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}\/plan$/);
    await context.close();
  }, 180_000);
});
