import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { TEST_ADMIN } from '../src/test-support/server.js';
import { newContext, screenshot, signIn, VIEWPORTS } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();
let projectId: string;

beforeAll(async () => {
  const pmo = await harness.server.login('pmo@demo.gantry.local');
  const page = await pmo.get('/api/projects?q=PRJ-0001');
  projectId = (page.body as { items: { id: string }[] }).items[0]!.id;
}, 300_000);

/** Each main page: where it lives, who sees it, and the heading that proves it rendered. */
const PAGES = [
  { name: 'portfolio', path: () => '/', as: 'pmo', heading: 'Portfolio overview', ready: 'Customer portal relaunch' },
  { name: 'projects', path: () => '/projects', as: 'pmo', heading: 'Projects', ready: 'Customer portal relaunch' },
  {
    name: 'project',
    path: () => `/projects/${projectId}`,
    as: 'pmo',
    heading: 'Customer portal relaunch',
    ready: 'Members',
  },
  { name: 'users', path: () => '/users', as: 'admin', heading: 'Users', ready: 'olivia@demo.gantry.local' },
  { name: 'audit', path: () => '/audit', as: 'admin', heading: 'Audit log', ready: 'Signed in' },
  { name: 'tokens', path: () => '/settings/tokens', as: 'pmo', heading: 'API tokens', ready: 'No API tokens yet' },
  {
    name: 'not-found',
    path: () => '/no/such/page',
    as: 'pmo',
    heading: 'This page was not found',
    ready: 'Back to the portfolio',
  },
] as const;

async function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])('at %s size', (viewport) => {
  const contexts = new Map<string, BrowserContext>();
  const errors: string[] = [];

  async function pageAs(who: 'pmo' | 'admin'): Promise<Page> {
    let context = contexts.get(who);
    if (!context) {
      context = await newContext(harness.browser, viewport);
      contexts.set(who, context);
      const page = await context.newPage();
      if (who === 'admin') await signIn(page, harness.server.url, TEST_ADMIN.email, TEST_ADMIN.password);
      else await signIn(page, harness.server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
      await page.close();
    }
    const page = await context.newPage();
    // Fail fast with the locator's name rather than the test's overall timeout.
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    return page;
  }

  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
  });

  it('shows the login page', async () => {
    const context = await newContext(harness.browser, viewport);
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/`);
    // Signed out, any address leads to the login form.
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await noSidewaysScroll(page)).toBe(true);
    await screenshot(page, `e2e-login-${viewport}`);
    await context.close();
  });

  it.each(PAGES)('shows the $name page', async ({ name, path, as, heading, ready }) => {
    const page = await pageAs(as);
    await page.goto(`${harness.server.url}${path()}`);
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    await page.getByText(ready, { exact: false }).first().waitFor();
    expect(await noSidewaysScroll(page), 'the page scrolls sideways').toBe(true);
    await screenshot(page, `e2e-${name}-${viewport}`);
    await page.close();
    expect(errors).toEqual([]);
  });
});
