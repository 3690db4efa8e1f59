import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { newContext, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();

describe('a stakeholder', () => {
  it('reads a project charter without any control to change it', async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    await signIn(page, harness.server.url, 'olivia@demo.gantry.local', DEMO_PASSWORD);

    // Navigation follows the role: no Users, no Audit, no timesheet to fill, no New project.
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link', { name: 'Portfolio' }).isVisible()).toBe(true);
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Audit' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'My timesheet' }).count()).toBe(0);
    // Home is the health dashboard; the project register is one click away.
    await page.getByRole('table', { name: 'Project health' }).waitFor();
    expect(await page.getByRole('button', { name: 'New project' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('table', { name: 'Projects' }).waitFor();

    await page.getByRole('link', { name: 'PRJ-0001' }).click();
    await page.getByRole('heading', { level: 1, name: 'Customer portal relaunch' }).waitFor();
    await page.getByRole('list', { name: 'Members' }).getByText('Olivia Grant').waitFor();

    // The charter is there to read...
    const charter = page.getByRole('region', { name: 'Charter' });
    expect(await charter.getByText('Marco Rossi').isVisible()).toBe(true);
    expect(await charter.getByText('Retail division').isVisible()).toBe(true);
    // ...and nothing offers to change it, the lifecycle or the team.
    for (const name of ['Edit', 'Save', 'Delete', 'Add member', 'Cancel project', 'Put on hold', 'Start closing']) {
      expect(await page.getByRole('button', { name }).count(), `button ${name}`).toBe(0);
    }
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByText('You cannot change the state of this project.').isVisible()).toBe(true);
    await context.close();
  });
});
