import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();

describe('the resource pool', () => {
  it('a PMO builds the pool: a generic role, then a person with skills, a units step and a rate', async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Resources' }).click();
    await page.getByRole('heading', { level: 1, name: 'Resources' }).waitFor();
    await page
      .getByRole('table', { name: 'Resources' })
      .getByRole('button', { name: 'Lena Fischer', exact: true })
      .waitFor();

    // A generic role: no user, no unit; its calendar and units sections stay.
    await page.getByRole('button', { name: 'New resource' }).click();
    let drawer = page.getByRole('dialog', { name: 'New resource' });
    await drawer.getByLabel('Name').fill('QA engineer');
    await drawer.getByLabel('Code').fill('ROLE-QA');
    await drawer.getByLabel('Kind').selectOption('role');
    await drawer.getByLabel('Department').fill('IT');
    await drawer.getByRole('button', { name: 'Create resource' }).click();
    await drawer.waitFor({ state: 'detached' });
    await page
      .getByRole('table', { name: 'Resources' })
      .getByRole('button', { name: 'QA engineer', exact: true })
      .waitFor();

    await page.getByRole('button', { name: 'New resource' }).click();
    drawer = page.getByRole('dialog', { name: 'New resource' });
    await drawer.getByLabel('Name').fill('Nora Vik');
    // Lena's code: the server's 409 names the field, and the message shows under it.
    await drawer.getByLabel('Code').fill('LFI');
    await drawer.getByLabel('Department').fill('IT');
    await drawer.getByRole('combobox', { name: 'Generic role' }).click();
    await page.getByRole('option', { name: 'QA engineer' }).click();
    await drawer.getByRole('button', { name: 'Add skill' }).click();
    await drawer.getByLabel('Skill 1', { exact: true }).fill('Playwright');
    await drawer.getByLabel('Skill 1 level').fill('4');
    await drawer.getByRole('button', { name: 'Add skill' }).click();
    await drawer.getByLabel('Skill 2', { exact: true }).fill('Test design');
    await drawer.getByRole('button', { name: 'Add units step' }).click();
    await drawer.getByLabel('Units step 1 percent').fill('60');
    await drawer.getByRole('button', { name: 'Add rate' }).click();
    await drawer.getByLabel('Rate 1 from').fill('2026-01-01');
    await drawer.getByLabel('Rate 1 standard per hour').fill('72.50');
    // The step has no date yet: the form says so at the step, before anything is sent.
    await drawer.getByRole('button', { name: 'Create resource' }).click();
    await drawer.getByText('Invalid ISO date').waitFor();
    await drawer.getByLabel('Units step 1 from').fill('2026-03-01');
    await drawer.getByRole('button', { name: 'Create resource' }).click();
    await drawer.getByText('Is already used by Lena Fischer').waitFor();
    await drawer.getByLabel('Code').fill('NVI');
    await screenshot(page, 'resource-pool-editor');
    await drawer.getByRole('button', { name: 'Create resource' }).click();
    await drawer.waitFor({ state: 'detached' });

    // In the list, found by its skill, with its role and today's units.
    await page.getByRole('combobox', { name: 'Skill' }).click();
    await page.getByRole('option', { name: 'Playwright' }).click();
    const table = page.getByRole('table', { name: 'Resources' });
    const row = table.getByRole('row').filter({ hasText: 'Nora Vik' });
    await row.waitFor();
    await row.getByText('QA engineer').waitFor();
    await row.getByText('Playwright · 4').waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await table.getByRole('button', { name: 'Integration test lab', exact: true }).waitFor();
    await screenshot(page, 'resource-pool-list');

    // Reopened, it shows what was saved: the rate in the currency's units.
    await row.getByRole('button', { name: 'Nora Vik' }).click();
    drawer = page.getByRole('dialog', { name: 'Edit Nora Vik' });
    expect(await drawer.getByLabel('Rate 1 standard per hour').inputValue()).toBe('72.50');
    expect(await drawer.getByLabel('Units step 1 from').inputValue()).toBe('2026-03-01');
    await context.close();
  });

  it('a team member sees only their own record, read-only', async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    await signIn(page, harness.server.url, 'lena@demo.gantry.local', DEMO_PASSWORD);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link', { name: 'Resources', exact: true }).count()).toBe(0);
    await nav.getByRole('link', { name: 'My resource record' }).click();
    await page.getByRole('heading', { level: 1, name: 'My resource record' }).waitFor();
    const table = page.getByRole('table', { name: 'Resources' });
    await table.getByRole('button', { name: 'Lena Fischer', exact: true }).waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    expect(await page.getByRole('button', { name: 'New resource' }).count()).toBe(0);
    await table.getByRole('button', { name: 'Lena Fischer' }).click();
    const drawer = page.getByRole('dialog', { name: 'Lena Fischer' });
    expect(await drawer.getByLabel('Name').isDisabled()).toBe(true);
    expect(await drawer.getByRole('button', { name: 'Save' }).count()).toBe(0);
    await drawer.getByLabel('Skill 1', { exact: true }).waitFor();
    await screenshot(page, 'resource-pool-own-record');
    await context.close();
  });

  it('on a phone, the pool reads as cards', async () => {
    const context = await newContext(harness.browser, 'phone');
    const page = await context.newPage();
    await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await page.goto(`${harness.server.url}/resources`);
    await page.getByRole('main').getByRole('button', { name: 'Sam Carter', exact: true }).waitFor();
    expect(await page.getByRole('table', { name: 'Resources' }).count()).toBe(0);
    await screenshot(page, 'resource-pool-phone');
    await context.close();
  });
});
