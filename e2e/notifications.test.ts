import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();

describe('notifications', () => {
  it('shows a team member that her task moved, and takes her to it', async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const base = harness.server.url;
    await signIn(page, base, 'lena@demo.gantry.local', DEMO_PASSWORD);
    const bell = page.getByRole('button', { name: /^Notifications/ });
    await bell.waitFor();
    expect(await bell.getAttribute('aria-label')).toBe('Notifications');

    // Her manager lengthens the task before hers; she keeps the page open.
    const aiko = await harness.server.login('aiko@demo.gantry.local');
    const project = (await aiko.get('/api/projects?q=PRJ-0002')).body.items[0];
    const plan = (await aiko.get(`/api/projects/${project.id}/tasks`)).body;
    const before = plan.tasks.find((t: { name: string }) => t.name === 'Integrations');
    const res = await aiko.patch(`/api/projects/${project.id}/tasks`, {
      version: plan.plan.version,
      tasks: [{ id: before.id, durationMinutes: before.durationMinutes + 3 * 480 }],
    });
    expect(res.status).toBe(200);

    // The count arrives by itself (the server's event stream), without a reload.
    await page.getByRole('button', { name: 'Notifications: 1 unread' }).waitFor();
    await page.getByRole('button', { name: 'Notifications: 1 unread' }).click();
    const item = page.getByRole('button', { name: /^Unread: “System test” now starts \d days later$/ });
    await item.waitFor();
    await page.getByText('PRJ-0002 ERP finance module · System test, changed by Aiko Tanaka').waitFor();
    await screenshot(page, 'notifications-bell');
    await item.click();

    await page.waitForURL(new RegExp(`/projects/${project.id}/plan\\?task=`));
    await page.getByRole('grid', { name: 'Tasks' }).waitFor();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();

    // Her list keeps it, read; and she can stop hearing about moved tasks.
    await page.goto(`${base}/notifications`);
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByRole('button', { name: /^“System test” now starts/ }).waitFor();
    const moved = page.getByRole('switch', { name: /My task moved/ });
    expect(await moved.isChecked()).toBe(true);
    await moved.click();
    await expect.poll(() => moved.isChecked()).toBe(false);
    await page.reload();
    await expect.poll(() => page.getByRole('switch', { name: /My task moved/ }).isChecked()).toBe(false);
    await context.close();
  }, 90_000);
});
