import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();

// The Monday two weeks before today, as YYYY-MM-DD: the current period is open to a report.
function recentMonday(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) - 14);
  return d.toISOString().slice(0, 10);
}

describe('reporting template', () => {
  it("the PMO sets a portfolio's cadence and a custom section; a project of it offers a report with that section", async () => {
    const { server, browser } = harness;
    const api = await server.login('pmo@demo.gantry.local');
    const projects = (await api.get('/api/projects?pageSize=100&state=executing')).body.items;
    const project = projects.find((p: { managerName: string | null }) => p.managerName === 'Marco Rossi');
    expect(project.portfolioId).toBeTruthy();
    const portfolio = (await api.get('/api/portfolios')).body.items.find(
      (p: { id: string }) => p.id === project.portfolioId,
    );
    // The project follows its portfolio: nothing of its own overrides what the PMO sets below.
    expect((await api.get(`/api/projects/${project.id}/reporting`)).body.cadence).toBe('inherit');

    const pmoContext = await newContext(browser);
    const pmo = await pmoContext.newPage();
    pmo.setDefaultTimeout(15_000);
    await signIn(pmo, server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await pmo.getByRole('button', { name: `Reporting of portfolio ${portfolio.name}` }).click();
    const dialog = pmo.getByRole('dialog', { name: `Reporting: ${portfolio.name}` });
    await dialog.getByRole('combobox', { name: 'Reporting cadence' }).click();
    await pmo.getByRole('option', { name: 'Weekly' }).click();
    await dialog.getByLabel('Periods start on').fill(recentMonday());
    await dialog.getByRole('button', { name: 'Add section' }).click();
    // An empty title is refused under its own row before anything is sent.
    await dialog.getByRole('button', { name: 'Save reporting settings' }).click();
    await dialog.getByText('Must not be empty').waitFor();
    await dialog.getByRole('textbox', { name: 'Section 5 title' }).fill('Vendor status');
    expect(await dialog.getByText('Must not be empty').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Move section 5 up' }).click();
    expect(await dialog.getByRole('textbox', { name: 'Section 4 title' }).inputValue()).toBe('Vendor status');
    await screenshot(pmo, 'reporting-portfolio-template');
    await dialog.getByRole('button', { name: 'Save reporting settings' }).click();
    await pmo.getByText('Reporting settings saved').waitFor();
    await dialog.waitFor({ state: 'detached' });

    const pmContext = await newContext(browser);
    const pm = await pmContext.newPage();
    pm.setDefaultTimeout(15_000);
    await signIn(pm, server.url, 'marco@demo.gantry.local', DEMO_PASSWORD);
    await pm.goto(`${server.url}/projects/${project.id}/reports`);
    await pm.getByRole('heading', { level: 1, name: 'Status reports' }).waitFor();
    await pm.getByText('Template: the portfolio’s, 5 sections').waitFor();
    await pm.getByRole('button', { name: /^Write the report for / }).click();
    await pm.getByRole('textbox', { name: 'Vendor status' }).fill('Racks ship on Friday.');
    const labels = await pm
      .getByRole('textbox')
      .evaluateAll((els) =>
        els.map((e) => e.getAttribute('aria-label') ?? document.querySelector(`label[for="${e.id}"]`)?.textContent),
      );
    expect(labels).toContain('Planned for next period');
    expect(labels.indexOf('Vendor status')).toBe(labels.indexOf('Planned for next period') + 1);
    // The manager reads the template but may not change it.
    await pm.getByRole('button', { name: 'View template' }).click();
    await pm.getByRole('dialog').getByText('The PMO sets the reporting cadence and template.').waitFor();
    expect(await pm.getByRole('dialog').getByRole('button', { name: 'Save reporting settings' }).count()).toBe(0);
    await screenshot(pm, 'reporting-template-read-only');

    // The PMO gives this one project its own template: its next report follows it, the portfolio keeps its own.
    await pmo.goto(`${server.url}/projects/${project.id}/reports`);
    await pmo.getByRole('button', { name: 'Edit template' }).click();
    const own = pmo.getByRole('dialog', { name: 'Project reporting settings' });
    await own.getByRole('combobox', { name: 'Reporting cadence' }).click();
    await pmo.getByRole('option', { name: 'Weekly' }).click();
    await own.getByText('Own template').click();
    await own.getByRole('textbox', { name: 'Section 4 title' }).fill('Suppliers');
    await screenshot(pmo, 'reporting-project-own-template');
    await own.getByRole('button', { name: 'Save reporting settings' }).click();
    await pmo.getByText('Template: this project’s own, 5 sections').waitFor();
    const settings = (await api.get(`/api/projects/${project.id}/reporting`)).body;
    expect(settings.effective.sections.map((s: { title: string }) => s.title)).toContain('Suppliers');
    expect(settings.effective.sections.map((s: { key: string }) => s.key)).toContain('vendor_status');
    const ofPortfolio = (await api.get(`/api/portfolios/${portfolio.id}/reporting`)).body.sections;
    expect(ofPortfolio.map((s: { title: string }) => s.title)).toContain('Vendor status');
    await pmContext.close();
    await pmoContext.close();
  }, 120_000);
});
