import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { newContext, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();

describe('the PMO creates a project', () => {
  it('checks the form before sending, opens the new project, and lists it in the project register', async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);

    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    // Nothing typed yet: the form says what is missing instead of sending a request.
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await expect.poll(() => dialog.getByText('Is required').isVisible()).toBe(true);

    await dialog.getByLabel('Code').fill('e2e-7');
    await dialog.getByLabel('Name').fill('Harbour crane telemetry');
    await dialog.getByLabel('Objective').fill('Predict crane failures a week ahead');
    await dialog.getByLabel('Planned start').fill('2027-03-01');
    await dialog.getByLabel('Planned finish').fill('2027-02-01');
    await dialog.getByLabel('Budget').fill('1250.555');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await expect.poll(() => dialog.getByText('Must not be before the planned start').isVisible()).toBe(true);
    await expect.poll(() => dialog.getByText('Must have at most 2 decimals for EUR').isVisible()).toBe(true);

    await dialog.getByLabel('Planned finish').fill('2027-11-30');
    await dialog.getByLabel('Budget').fill('1250000.50');
    await dialog.getByLabel('Priority').selectOption('4');
    await dialog.getByRole('combobox', { name: 'Manager' }).fill('Marco');
    await page.getByRole('option', { name: /Marco Rossi/ }).click();
    await dialog.getByRole('button', { name: 'Create project' }).click();

    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Harbour crane telemetry' }).waitFor();
    expect(await page.getByText('E2E-7', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByText('€1,250,000.50').isVisible()).toBe(true);

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Projects' }).click();
    await page.getByLabel('Search projects').fill('crane');
    const table = page.getByRole('table', { name: 'Projects' });
    const row = table.getByRole('row').filter({ hasText: 'Harbour crane telemetry' });
    // The search applies after a pause in typing: wait until the list holds the one match (plus the header row).
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells).toEqual(
      expect.arrayContaining([
        'E2E-7',
        'Proposed',
        'Marco Rossi',
        '03/01/2027',
        '11/30/2027',
        '€1,250,000.50',
        '4 · High',
      ]),
    );

    // The row's code opens the project.
    await row.getByRole('link', { name: 'E2E-7' }).click();
    await page.getByRole('heading', { level: 1, name: 'Harbour crane telemetry' }).waitFor();

    // The team: the confirmation names who was added (the answer is the whole member list).
    const addMember = page.getByRole('form', { name: 'Add member' });
    await addMember.getByRole('combobox', { name: 'User' }).fill('Lena');
    await page.getByRole('option', { name: /Lena Fischer/ }).click();
    await addMember.getByRole('button', { name: 'Add member' }).click();
    await expect.poll(() => page.getByText('Lena Fischer added as team member').isVisible()).toBe(true);
    await context.close();
  });
});
