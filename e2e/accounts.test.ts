import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { TEST_ADMIN } from '../src/test-support/server.js';
import { newContext, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();

describe('accounts and access', () => {
  it('lets the admin create a user who can then sign in', async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    await signIn(page, harness.server.url, TEST_ADMIN.email, TEST_ADMIN.password);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByLabel('Full name').fill('Nora Quinn');
    await dialog.getByLabel('Email').fill('nora@example.org');
    await dialog.getByLabel('Role').selectOption('project_manager');
    await dialog.getByRole('textbox', { name: 'Password' }).fill('short');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.getByText('Must be at least 12 characters').waitFor();
    await dialog.getByRole('textbox', { name: 'Password' }).fill('a-long-enough-secret');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('table', { name: 'Users' }).getByText('nora@example.org').waitFor();
    await context.close();

    const hers = await newContext(harness.browser);
    const herPage = await hers.newPage();
    await signIn(herPage, harness.server.url, 'nora@example.org', 'a-long-enough-secret');
    expect(await herPage.getByRole('button', { name: 'User menu: Nora Quinn, Project manager' }).isVisible()).toBe(
      true,
    );
    // A project manager may start projects but not administer users.
    await herPage.getByRole('button', { name: 'New project' }).waitFor();
    expect(await herPage.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await hers.close();
  });

  it('shows an API token secret once, and revoking it locks the token out', async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await page.getByRole('button', { name: /^User menu/ }).click();
    await page.getByRole('menuitem', { name: 'API tokens' }).click();
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    await page.getByRole('button', { name: 'New token' }).click();
    await page.getByLabel('Token name').fill('Nightly report');
    await page.getByRole('radio', { name: 'Read only' }).check();
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = ((await page.getByLabel('Token secret').textContent()) ?? '').trim();
    expect(secret.length).toBeGreaterThan(20);

    const me = (token: string) =>
      fetch(`${harness.server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect((await me(secret)).status).toBe(200);
    // A read-only token reads, and may not write.
    const write = await fetch(`${harness.server.url}/api/portfolios`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'From a read-only token' }),
    });
    expect(write.status).toBe(403);

    await page.getByRole('button', { name: 'Done' }).click();
    const row = page.getByRole('table', { name: 'API tokens' }).getByRole('row').filter({ hasText: 'Nightly report' });
    await row.waitFor();
    await row.getByText('Read only').waitFor();
    // The list never shows the secret again, only its prefix.
    expect(await page.getByText(secret).count()).toBe(0);

    await row.getByRole('button', { name: 'Revoke Nightly report' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
    await row.getByText('Revoked').waitFor();
    expect((await me(secret)).status).toBe(401);
    await context.close();
  });

  it('opens the navigation from the menu button on a phone', async () => {
    const context = await newContext(harness.browser, 'phone');
    const page = await context.newPage();
    await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    const nav = page.locator('nav[aria-label="Main navigation"]');
    const audit = nav.getByRole('link', { name: 'Audit' });
    // Folded away: off screen, and out of reach of the keyboard.
    const onScreen = () => nav.evaluate((el) => el.getBoundingClientRect().right > 0 && !el.closest('[inert]'));
    expect(await onScreen()).toBe(false);
    await page.getByRole('button', { name: 'Toggle navigation' }).click();
    await expect.poll(onScreen).toBe(true);
    await audit.click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    // Following a link closes the drawer so the page is in view.
    await expect.poll(onScreen).toBe(false);
    await context.close();
  });
});
