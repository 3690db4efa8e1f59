import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

/*
 * Status reports through the API: the PMO sets a cadence, the manager writes and submits, the PMO
 * returns and reviews; the submitted snapshot never changes; the PDF and XLSX exports read back.
 */
describe.each(TEST_DIALECTS)('status reports on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let pm: TestClient;
  let team: TestClient;
  let otherPm: TestClient;
  let project: { id: string; code: string };
  let planVersion: number;

  beforeAll(async () => {
    server = await startTestServer({ dialect, jobWorkers: 0 });
    pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    otherPm = await server.login('aiko@demo.gantry.local');
    const portfolioId = (await pmo.get('/api/portfolios')).body.items[0].id;
    project = (await pm.post('/api/projects', { name: 'Reporting trial', portfolioId, plannedStart: '2026-01-05' }))
      .body;
    const lena = (await team.get('/api/me')).body.user.id;
    await pm.put(`/api/projects/${project.id}/members/${lena}`, { relation: 'team_member' });
    const plan = await pm.post(`/api/projects/${project.id}/tasks`, {
      version: 1,
      tasks: [{ name: 'Design', durationMinutes: 4800, percentComplete: 50 }],
    });
    planVersion = plan.body.plan.version;
  }, 60_000);
  afterAll(() => server?.close());

  const base = () => `/api/projects/${project.id}/status-reports`;

  it('lets only the PMO set the cadence; the manager reads what applies', async () => {
    const read = await pm.get(`/api/projects/${project.id}/reporting`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ cadence: 'inherit', version: 0, allowedActions: [] });
    expect(read.body.effective.sections.map((s: { key: string }) => s.key)).toEqual([
      'summary',
      'achievements',
      'next_period',
      'issues',
    ]);
    expect((await pm.put(`/api/projects/${project.id}/reporting`, { cadence: 'weekly' })).status).toBe(403);
    expect((await pm.post(base(), {})).status).toBe(400);

    const set = await pmo.put(`/api/projects/${project.id}/reporting`, { cadence: 'weekly', startDate: '2026-01-05' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      cadence: 'weekly',
      version: 1,
      effective: { cadence: 'weekly', source: 'project' },
    });
    const stale = await pmo.put(`/api/projects/${project.id}/reporting`, { cadence: 'monthly', version: 7 });
    expect(stale.status).toBe(409);
  });

  it('refuses bad settings naming the field', async () => {
    const portfolioId = (await pmo.get('/api/portfolios')).body.items[0].id;
    const inherit = await pmo.put(`/api/portfolios/${portfolioId}/reporting`, { cadence: 'inherit' });
    expect(inherit.status).toBe(400);
    expect(inherit.body.error.details.issues[0].path).toBe('cadence');
    const twice = await pmo.put(`/api/portfolios/${portfolioId}/reporting`, {
      cadence: 'monthly',
      sections: [
        { key: 'summary', title: 'Summary' },
        { key: 'summary', title: 'Again' },
      ],
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.details.issues[0].path).toBe('sections.1.key');
  });

  it('runs draft -> submitted -> returned -> submitted -> reviewed, freezing the snapshot', async () => {
    const early = await pm.post(base(), { periodStart: '2025-12-01' });
    expect(early.status).toBe(400);
    expect(early.body.error.details.issues[0].path).toBe('periodStart');

    const created = await pm.post(base(), { periodStart: '2026-03-04' });
    expect(created.status).toBe(201);
    const draft = created.body;
    expect(draft).toMatchObject({ state: 'draft', periodStart: '2026-03-02', periodEnd: '2026-03-08', snapshot: null });
    expect(draft.allowedActions).toEqual(['status_report.update', 'status_report.submit']);
    expect((await pm.post(base(), { periodStart: '2026-03-08' })).status).toBe(409);
    expect((await otherPm.get(`${base()}/${draft.id}`)).status).toBe(404);
    expect((await team.patch(`${base()}/${draft.id}`, { version: 1, sections: [] })).status).toBe(403);

    const unknown = await pm.patch(`${base()}/${draft.id}`, { version: 1, sections: [{ key: 'nope', text: 'x' }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.issues[0].path).toBe('sections.0.key');
    const written = await pm.patch(`${base()}/${draft.id}`, {
      version: 1,
      sections: [{ key: 'summary', text: 'Design half done.' }],
      rags: [{ dimension: 'schedule', rag: 'amber', reason: 'Supplier late' }],
    });
    expect(written.status).toBe(200);
    expect(written.body.sections[0]).toEqual({ key: 'summary', title: 'Summary', text: 'Design half done.' });
    expect(written.body.rags.find((r: { dimension: string }) => r.dimension === 'schedule')).toMatchObject({
      rag: 'amber',
      reason: 'Supplier late',
    });
    expect((await pm.patch(`${base()}/${draft.id}`, { version: 1, sections: [] })).status).toBe(409);

    const submitted = await pm.post(`${base()}/${draft.id}/submit`, { version: 2 });
    expect(submitted.status).toBe(200);
    expect(submitted.body.state).toBe('submitted');
    expect(submitted.body.snapshot).toMatchObject({ actualPercentComplete: 50, forecastFinish: expect.any(String) });
    expect(submitted.body.allowedActions).toEqual([]);
    const frozen = submitted.body.snapshot;

    // The plan moves on; the submitted report does not.
    const added = await pm.post(`/api/projects/${project.id}/tasks`, {
      version: planVersion,
      tasks: [{ name: 'Build', durationMinutes: 9600, percentComplete: 10 }],
    });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect((await pm.get(`${base()}/${draft.id}`)).body.snapshot).toEqual(frozen);
    const edit = await pm.patch(`${base()}/${draft.id}`, { version: 3, sections: [] });
    expect(edit.status).toBe(422);

    expect((await pm.post(`${base()}/${draft.id}/review`, { version: 3 })).status).toBe(403);
    const queue = (await pmo.get('/api/status-reports/queue')).body.items;
    expect(queue.map((q: { id: string }) => q.id)).toContain(draft.id);
    expect((await otherPm.get('/api/status-reports/queue')).body.items.map((q: { id: string }) => q.id)).not.toContain(
      draft.id,
    );
    const noComment = await pmo.post(`${base()}/${draft.id}/return`, { version: 3 });
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.details.issues[0].path).toBe('comment');
    const returned = await pmo.post(`${base()}/${draft.id}/return`, {
      version: 3,
      comment: 'Say what the supplier owes',
    });
    expect(returned.body).toMatchObject({
      state: 'returned',
      comments: [{ kind: 'return', text: 'Say what the supplier owes' }],
    });
    const asPm = (await pm.get(`${base()}/${draft.id}`)).body;
    expect(asPm.allowedActions).toEqual(['status_report.update', 'status_report.submit']);

    await pm.patch(`${base()}/${draft.id}`, { version: 4, sections: [{ key: 'issues', text: 'Supplier owes parts' }] });
    const again = await pm.post(`${base()}/${draft.id}/submit`, { version: 5 });
    expect(again.body.state).toBe('submitted');
    expect(again.body.submissions).toHaveLength(2);
    expect(again.body.submissions[0].snapshot).toEqual(frozen);
    expect(again.body.snapshot.actualPercentComplete).not.toBe(frozen.actualPercentComplete);

    const reviewed = await pmo.post(`${base()}/${draft.id}/review`, { version: 6, comment: 'Thanks' });
    expect(reviewed.body).toMatchObject({ state: 'reviewed', reviewedBy: { name: expect.any(String) } });
    expect((await pmo.post(`${base()}/${draft.id}/return`, { version: 7, comment: 'late' })).status).toBe(422);

    const list = (await team.get(base())).body;
    expect(list.cadence).toBe('weekly');
    expect(list.allowedActions).toEqual([]);
    expect(list.items[0]).toMatchObject({
      id: draft.id,
      state: 'reviewed',
      rags: { schedule: 'amber' },
      overall: 'amber',
    });
    expect(list.items[0].forecastFinish).toBe(again.body.snapshot.forecastFinish);

    const audit = (await pmo.get(`/api/audit?entityId=${draft.id}`)).body.items.map(
      (e: { action: string }) => e.action,
    );
    expect(audit).toEqual([
      'status_report.review',
      'status_report.submit',
      'status_report.update',
      'status_report.return',
      'status_report.submit',
      'status_report.update',
      'status_report.create',
    ]);
    const events = await server.gantry.ctx.store.db
      .selectFrom('outbox_events')
      .select(['type', 'project_id'])
      .where('type', 'like', 'status_report.%')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.type)).toEqual([
      'status_report.submitted',
      'status_report.returned',
      'status_report.submitted',
      'status_report.reviewed',
    ]);
    expect(new Set(events.map((e) => e.project_id))).toEqual(new Set([project.id]));
  });

  it('exports a report as PDF and the portfolio summary as PDF and XLSX', async () => {
    const report = (await pm.get(base())).body.items[0];
    const cookie = { cookie: pm.sessionCookie as string };
    const res = await fetch(`${pm.baseUrl}${base()}/${report.id}.pdf`, { headers: cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(Number(/\/Count (\d+)/.exec(text)?.[1])).toBeGreaterThan(0);
    expect(text).toContain(`Status report ${project.code} 2026-03-02 to 2026-03-08`);
    expect((await fetch(`${pm.baseUrl}${base()}/${report.id}.pdf`)).status).toBe(401);
    const hidden = await fetch(`${pm.baseUrl}${base()}/${report.id}.pdf`, {
      headers: { cookie: otherPm.sessionCookie as string },
    });
    expect(hidden.status).toBe(404);

    const pmoCookie = { cookie: pmo.sessionCookie as string };
    const summaryPdf = await fetch(`${pmo.baseUrl}/api/portfolio/status-summary.pdf`, { headers: pmoCookie });
    expect(
      Buffer.from(await summaryPdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    const xlsx = await fetch(`${pmo.baseUrl}/api/portfolio/status-summary.xlsx`, { headers: pmoCookie });
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.getWorksheet('Status summary');
    const header = sheet?.getRow(1).values as unknown[];
    const rows: unknown[][] = [];
    sheet?.eachRow((r, i) => {
      if (i > 1) rows.push(r.values as unknown[]);
    });
    const mine = rows.find((r) => r[1] === project.code) as unknown[];
    expect(mine).toBeDefined();
    expect(mine[header.indexOf('schedule')]).toBe('amber');
    expect(mine[header.indexOf('Report state')]).toBe('reviewed');
    expect(rows.length).toBeGreaterThan(3);
  });

  it('proposes the computed RAGs, asks a reason for a different one, and freezes health reasons on submit', async () => {
    const projects = (await pmo.get('/api/projects?pageSize=100&state=executing')).body.items;
    const demo = projects.find((p: { code: string }) => p.code === 'PRJ-0001');
    await pmo.put(`/api/projects/${demo.id}/reporting`, { cadence: 'monthly' });
    const demoBase = `/api/projects/${demo.id}/status-reports`;
    const draft = (await pm.post(demoBase, {})).body;
    const schedule = draft.rags.find((r: { dimension: string }) => r.dimension === 'schedule');
    // PRJ-0001's go-live slipped against its baseline: health computes the schedule as not green.
    expect(schedule.computedRag).not.toBe('green');
    expect(schedule.rag).toBe(schedule.computedRag);
    const noReason = await pm.patch(`${demoBase}/${draft.id}`, {
      version: 1,
      rags: [{ dimension: 'schedule', rag: 'green' }],
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.issues[0].path).toBe('rags.0.reason');
    const withReason = await pm.patch(`${demoBase}/${draft.id}`, {
      version: 1,
      rags: [{ dimension: 'schedule', rag: 'green', reason: 'The slip is recovered next week' }],
    });
    expect(withReason.status).toBe(200);
    const submitted = (await pm.post(`${demoBase}/${draft.id}/submit`, { version: 2 })).body;
    const frozen = submitted.snapshot.health.dimensions.find((d: { key: string }) => d.key === 'schedule');
    expect(frozen.computedRag).toBe(schedule.computedRag);
    expect(frozen.reasons.length).toBeGreaterThan(0);
    expect(submitted.rags.find((r: { dimension: string }) => r.dimension === 'schedule')).toMatchObject({
      rag: 'green',
      computedRag: schedule.computedRag,
      reason: 'The slip is recovered next week',
    });
  });

  it("ends a manager's RAG override when a report is submitted after it", async () => {
    const projects = (await pmo.get('/api/projects?pageSize=100&state=executing')).body.items;
    const demo = projects.find((p: { code: string }) => p.code === 'PRJ-0001');
    const set = await pm.put(`/api/projects/${demo.id}/health/overrides/cost`, {
      rag: 'red',
      justification: 'Vendor invoice doubled',
    });
    expect(set.status).toBe(200);
    const cost = async () =>
      (await pm.get(`/api/projects/${demo.id}/health`)).body.dimensions.find((d: { key: string }) => d.key === 'cost');
    expect((await cost()).override).toMatchObject({ rag: 'red' });
    // Weekly from now on: this week's report is a new one (the monthly one covered the month).
    await pmo.put(`/api/projects/${demo.id}/reporting`, { cadence: 'weekly' });
    const made = await pm.post(`/api/projects/${demo.id}/status-reports`, {});
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const earlier = made.body;
    const sent = await pm.post(`/api/projects/${demo.id}/status-reports/${earlier.id}/submit`, { version: 1 });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect((await cost()).override).toBeNull();
  });
});
