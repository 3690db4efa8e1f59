import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { projectHealthNow } from '../health/health-service.js';
import { reportingFacts } from './reporting-facts.js';
import { checkRags } from './status-report-service.js';

/*
 * Health's reporting facts from stored settings and reports, with an injected clock: a weekly
 * cadence owes a report from the period that ended after it was set; submitting clears it.
 */
describe.each(TEST_DIALECTS)('reporting facts on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let pm: TestClient;
  let project: { id: string; portfolioId: string; plannedStart: string | null; createdAt: string };

  beforeAll(async () => {
    server = await startTestServer({ dialect, jobWorkers: 0 });
    pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
    const portfolioId = (await pmo.get('/api/portfolios')).body.items[1].id;
    project = (await pm.post('/api/projects', { name: 'Facts trial', portfolioId, plannedStart: '2026-01-07' })).body;
    await pmo.post(`/api/projects/${project.id}/transitions`, { to: 'approved', version: 1 });
    await pmo.put(`/api/portfolios/${portfolioId}/reporting`, { cadence: 'weekly' });
    // As if the cadence had been set in January (the API records today).
    await server.gantry.ctx.store.db
      .updateTable('reporting_settings')
      .set({ effective_from: '2026-01-10' })
      .where('scope_id', '=', portfolioId)
      .execute();
  }, 60_000);
  afterAll(() => server?.close());

  const factsAt = async (iso: string) => {
    const now = new Date(iso);
    const ctx = { ...server.gantry.ctx, now: () => now };
    const subject = {
      id: project.id,
      state: 'executing',
      portfolioId: project.portfolioId,
      plannedStart: project.plannedStart,
      plannedFinish: null,
      createdAt: project.createdAt,
    };
    return (await reportingFacts.load(ctx, ctx.store.db, [subject], now)).get(project.id)?.reporting;
  };

  it('inherits the portfolio cadence and counts days overdue from the oldest owed period', async () => {
    // Anchor: Monday 2026-01-12 (the Monday after the planned start). First period ends 2026-01-18.
    expect(await factsAt('2026-01-15T09:00:00Z')).toEqual({
      nextDue: '2026-01-18',
      overdueDays: 0,
      lastSubmittedAt: null,
      overdueReportId: null,
    });
    expect(await factsAt('2026-01-21T09:00:00Z')).toMatchObject({ nextDue: '2026-01-18', overdueDays: 3 });
  });

  const reportingHealth = async (iso: string) => {
    const ctx = { ...server.gantry.ctx, now: () => new Date(iso) };
    const health = await projectHealthNow(ctx, ctx.store.db, project.id);
    return health.dimensions.find((d) => d.key === 'reporting');
  };

  it('links the owed report once started and clears it once submitted', async () => {
    const base = `/api/projects/${project.id}/status-reports`;
    const draft = (await pm.post(base, { periodStart: '2026-01-12' })).body;
    expect(await factsAt('2026-01-21T09:00:00Z')).toMatchObject({ overdueDays: 3, overdueReportId: draft.id });
    // Health reads these facts: the reporting dimension turns amber, its reason linking the report.
    const overdue = await reportingHealth('2026-01-21T09:00:00Z');
    expect(overdue?.computedRag).toBe('amber');
    expect(overdue?.reasons.find((r) => r.ruleId === 'report-overdue')?.links).toEqual([
      { kind: 'report', id: draft.id, label: 'Overdue status report' },
    ]);
    const submitted = (await pm.post(`${base}/${draft.id}/submit`, { version: 1 })).body;
    expect(await factsAt('2026-01-21T09:00:00Z')).toEqual({
      nextDue: '2026-01-25',
      overdueDays: 0,
      lastSubmittedAt: submitted.submittedAt,
      overdueReportId: null,
    });
    expect((await reportingHealth('2026-01-21T09:00:00Z'))?.reasons.map((r) => r.ruleId)).not.toContain(
      'report-overdue',
    );
  });
});

describe('RAG reasons', () => {
  const computed = new Map([['schedule', 'green']] as const);
  it('asks for a reason naming the field when the RAG differs from the computed one', () => {
    expect(() => checkRags({ schedule: { rag: 'red', reason: null } }, computed)).toThrow(/rags\.0\.reason/);
    expect(() => checkRags({ schedule: { rag: 'red', reason: 'Vendor bankrupt' } }, computed)).not.toThrow();
    expect(() => checkRags({ schedule: { rag: 'green', reason: null } }, computed)).not.toThrow();
    expect(() => checkRags({ schedule: { rag: 'red', reason: null } }, null)).not.toThrow();
  });
});
