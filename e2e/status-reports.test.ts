import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();

describe('status reports', () => {
  it('a PM writes and submits a report, the PMO returns it with a comment, the PM resubmits', async () => {
    const { server, browser } = harness;
    // The PMO sets a weekly cadence on one of Marco's projects (settings have no page yet).
    const pmoApi = await server.login('pmo@demo.gantry.local');
    const projects = (await pmoApi.get('/api/projects?pageSize=100&state=executing')).body.items;
    const project = projects.find((p: { managerName: string | null }) => p.managerName === 'Marco Rossi');
    expect(project).toBeDefined();
    expect((await pmoApi.put(`/api/projects/${project.id}/reporting`, { cadence: 'weekly' })).status).toBe(200);

    const pmContext = await newContext(browser);
    const pm = await pmContext.newPage();
    pm.setDefaultTimeout(15_000);
    await signIn(pm, server.url, 'marco@demo.gantry.local', DEMO_PASSWORD);
    await pm.goto(`${server.url}/projects/${project.id}`);
    await pm.getByRole('main').getByRole('link', { name: 'Status reports' }).click();
    await pm.getByRole('heading', { level: 1, name: 'Status reports' }).waitFor();
    await pm.getByText('No report yet.').waitFor();
    await pm.getByRole('button', { name: /^Write the report for / }).click();
    await pm.getByRole('textbox', { name: 'Summary' }).fill('Core services are done; integration starts Monday.');
    await pm.getByRole('textbox', { name: 'Issues and help needed' }).fill('None.');
    // Health computes the schedule (the badge); the manager calls it differently, so a reason is asked.
    const scheduleRow = pm.getByRole('row').filter({ has: pm.getByRole('cell', { name: 'schedule', exact: true }) });
    const computed = (await scheduleRow.getByRole('cell').nth(1).textContent())?.trim();
    const call = computed === 'red' ? 'Green' : 'Red';
    await pm.getByRole('radiogroup', { name: 'schedule RAG' }).getByText(call).click();
    await pm.getByRole('textbox', { name: 'Reason for the schedule RAG' }).fill('Vendor delay hits the go-live');
    await screenshot(pm, 'status-report-editor');
    await pm.getByRole('button', { name: 'Submit report' }).click();
    await pm.getByText('Figures frozen at submission', { exact: false }).waitFor();
    const history = pm.getByRole('table', { name: 'Report history' });
    await history.getByText('submitted').waitFor();

    const pmoContext = await newContext(browser);
    const pmo = await pmoContext.newPage();
    pmo.setDefaultTimeout(15_000);
    await signIn(pmo, server.url, 'pmo@demo.gantry.local', DEMO_PASSWORD);
    await pmo
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Status reports' })
      .click();
    const queue = pmo.getByRole('table', { name: 'Reports awaiting review' });
    await queue.getByRole('link', { name: new RegExp(project.code) }).click();
    await pmo.getByRole('heading', { name: 'PMO review' }).waitFor();
    // The PMO (only) sees the cadence it set, and could change it here.
    expect(await pmo.getByRole('combobox', { name: 'Reporting cadence' }).inputValue()).toBe('Weekly');
    expect(await pm.getByRole('combobox', { name: 'Reporting cadence' }).count()).toBe(0);
    expect(await pmo.getByRole('button', { name: 'Return to manager' }).isDisabled()).toBe(true);
    await pmo.getByRole('textbox', { name: 'Comment' }).fill('Say which supplier is late and by how much.');
    await pmo.getByRole('button', { name: 'Return to manager' }).click();
    await pmo.getByText('Returned by', { exact: false }).waitFor();
    await screenshot(pmo, 'status-report-returned');

    await pm.reload();
    await pm.getByText('Say which supplier is late and by how much.').waitFor();
    await pm
      .getByRole('textbox', { name: 'Issues and help needed' })
      .fill('Supplier A is two weeks late on the racks.');
    await pm.getByRole('button', { name: 'Submit report' }).click();
    await pm.getByText('Figures frozen at submission', { exact: false }).waitFor();
    await history.getByText('submitted').waitFor();
    await pm.getByText('Supplier A is two weeks late on the racks.').waitFor();
    await screenshot(pm, 'status-report-resubmitted');

    const list = (await pmoApi.get(`/api/projects/${project.id}/status-reports`)).body.items;
    const report = (await pmoApi.get(`/api/projects/${project.id}/status-reports/${list[0].id}`)).body;
    expect(report.state).toBe('submitted');
    expect(report.submissions).toHaveLength(2);
    expect(report.comments.map((c: { kind: string }) => c.kind)).toEqual(['return']);
    expect(report.rags.find((r: { dimension: string }) => r.dimension === 'schedule')).toMatchObject({
      rag: call.toLowerCase(),
      computedRag: computed,
      reason: 'Vendor delay hits the go-live',
    });
    expect(report.snapshot.health.dimensions.length).toBe(7);
    await pmContext.close();
    await pmoContext.close();
  }, 120_000);
});
