import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { sweepReportReminders } from './report-reminders.js';

/*
 * Reminders with an injected clock: due soon and overdue, each once per report and kind, however
 * often (or how many sweeps at once) the sweep runs. jobWorkers 0: the server runs no sweep itself.
 */
describe.each(TEST_DIALECTS)('status report reminders on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let marcoId: string;
  let projectId: string;

  beforeAll(async () => {
    server = await startTestServer({ dialect, jobWorkers: 0 });
    const pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
    marcoId = (await pm.get('/api/me')).body.user.id;
    const project = (await pm.post('/api/projects', { name: 'Reminder trial', plannedStart: '2026-01-05' })).body;
    projectId = project.id;
    await pmo.post(`/api/projects/${project.id}/transitions`, { to: 'approved', version: project.version });
    await pmo.put(`/api/projects/${project.id}/reporting`, { cadence: 'weekly', startDate: '2026-01-05' });
    await server.gantry.ctx.store.db
      .updateTable('reporting_settings')
      .set({ effective_from: '2026-01-01' })
      .where('scope_id', '=', project.id)
      .execute();
  }, 60_000);
  afterAll(() => server?.close());

  const sweepAt = (iso: string) => sweepReportReminders({ ...server.gantry.ctx, now: () => new Date(iso) });
  const reminders = () =>
    server.gantry.ctx.store.db
      .selectFrom('notifications')
      .select(['kind', 'title', 'link', 'user_id'])
      .where('project_id', '=', projectId)
      .orderBy('id')
      .execute();

  it('reminds the manager once before the due date and once when overdue', async () => {
    expect(await sweepAt('2026-01-08T10:00:00Z')).toBe(0); // due 01-11: three days ahead
    expect(await sweepAt('2026-01-09T10:00:00Z')).toBe(1);
    expect(await sweepAt('2026-01-09T11:00:00Z')).toBe(0);
    expect(await sweepAt('2026-01-13T10:00:00Z')).toBe(1); // the first week's report is now overdue
    expect(await sweepAt('2026-01-13T11:00:00Z')).toBe(0);
    const sent = await reminders();
    expect(sent.map((n) => n.kind)).toEqual(['report.due', 'report.overdue']);
    expect(sent.every((n) => n.user_id === marcoId && n.link === `/projects/${projectId}/reports`)).toBe(true);
    expect(sent[0]?.title).toMatch(/status report due in 2 days$/);
  });

  it('sends nothing for a submitted report, and one reminder when sweeps run at once', async () => {
    const base = `/api/projects/${projectId}/status-reports`;
    for (const periodStart of ['2026-01-05', '2026-01-12']) {
      const draft = (await pm.post(base, { periodStart })).body;
      await pm.post(`${base}/${draft.id}/submit`, { version: 1 });
    }
    expect(await sweepAt('2026-01-16T10:00:00Z')).toBe(0); // due 01-18, but already submitted
    const together = await Promise.all([1, 2, 3].map(() => sweepAt('2026-01-23T10:00:00Z')));
    expect(together.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await reminders()).map((n) => n.kind)).toEqual(['report.due', 'report.overdue', 'report.due']);
  });
});
