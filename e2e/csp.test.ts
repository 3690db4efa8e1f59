import { describe, expect, it } from 'vitest';
import { TEST_ADMIN } from '../src/test-support/server.js';
import { newContext, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();

/**
 * The Content-Security-Policy the server sends must let the real app run: every main page,
 * including the plan's Gantt and Swagger UI, is walked in Chromium and must report no violation.
 */
describe('Content-Security-Policy in the browser', () => {
  // Seventeen pages, each drawn and given a moment for late work: longer than a test's default.
  it('lets every main page and the API docs run without a single violation', async () => {
    const pmo = await harness.server.login('pmo@demo.gantry.local');
    const projectId: string = (await pmo.get('/api/projects?q=PRJ-0001')).body.items[0].id;
    const context = await newContext(harness.browser);
    // Registered before any page script runs, so nothing the app does at start-up is missed.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const violations: string[] = [];
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
    });
    const collect = async (where: string) => {
      // Give late work (lazy chunks, injected styles, charts) a moment to run into the policy.
      await page.waitForTimeout(300);
      const seen = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      violations.push(...seen.map((v) => `${where}: ${v}`));
    };

    await page.goto(`${harness.server.url}/login`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await collect('/login');
    await signIn(page, harness.server.url, TEST_ADMIN.email, TEST_ADMIN.password);
    const pages: ReadonlyArray<readonly [string, () => Promise<void>]> = [
      // The dashboard's heat map and the health trend are ECharts canvases: drawn, they must not need eval or inline styles.
      ['/', () => page.locator('[data-testid="health-heatmap"][data-rendered="true"]').waitFor()],
      [
        `/projects/${projectId}/health`,
        () => page.locator('[data-testid="health-trend"][data-rendered="true"]').waitFor(),
      ],
      ['/health-rules', () => page.getByRole('table', { name: "The organisation's rules" }).waitFor()],
      ['/projects', () => page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor()],
      [`/projects/${projectId}`, () => page.getByText('Members').first().waitFor()],
      [`/projects/${projectId}/plan`, () => page.getByRole('grid', { name: 'Tasks' }).waitFor()],
      ['/calendars', () => page.getByRole('heading', { level: 1, name: 'Calendars' }).waitFor()],
      ['/timesheets', () => page.getByRole('heading', { level: 1, name: 'My timesheet' }).waitFor()],
      ['/milestones', () => page.getByRole('heading', { level: 1, name: 'Milestones' }).waitFor()],
      ['/reports', () => page.getByRole('heading', { level: 1, name: 'Status reports awaiting review' }).waitFor()],
      [
        `/projects/${projectId}/reports`,
        () => page.getByRole('heading', { level: 1, name: 'Status reports' }).waitFor(),
      ],
      ['/audit', () => page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor()],
      ['/users', () => page.getByRole('heading', { level: 1, name: 'Users' }).waitFor()],
      ['/settings/tokens', () => page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor()],
      ['/notifications', () => page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor()],
      ['/webhooks', () => page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor()],
      ['/api/docs', () => page.getByText('Gantry API').first().waitFor()],
    ];
    for (const [path, ready] of pages) {
      await page.goto(`${harness.server.url}${path}`);
      await ready();
      await collect(path);
    }
    // Opening a dialog injects Mantine's transition styles: part of the walk.
    await page.goto(`${harness.server.url}/settings/tokens`);
    await page.getByRole('button', { name: 'New token' }).click();
    await page.getByRole('dialog').waitFor();
    await collect('/settings/tokens (dialog)');
    // The XLSX export loads exceljs on demand: its chunk must run under the policy too.
    await page.goto(`${harness.server.url}/`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'XLSX' }).click();
    await download;
    await collect('/ (XLSX export)');
    await context.close();
    expect(violations).toEqual([]);
  }, 90_000);
});
