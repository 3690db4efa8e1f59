import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/**
 * The PMO closing a status period (issue 12): the close runs as a job that freezes each
 * project's earned value at the period's end; the trend reads the frozen figures, the S-curve
 * shows the frozen EV at that week's end, and nothing dated in the closed period changes.
 */
const id = (n: number) => `0190e000-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe.each(TEST_DIALECTS)('status periods on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let pmo: TestClient;
  let projectId: string;
  const url = (p: string) => `/api/projects/${projectId}${p}`;

  async function jobEnds(client: TestClient, jobId: string) {
    for (let i = 0; i < 300; i++) {
      const job = (await client.get(`/api/jobs/${jobId}`)).body;
      if (!['queued', 'running'].includes(job.state)) return job;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the close job did not end');
  }

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    pmo = await server.login('pmo@demo.gantry.local');
    projectId = (await pm.post('/api/projects', { name: 'Closing periods', plannedStart: '2026-01-05' })).body.id;
    const version = (await pm.get(url('/tasks'))).body.plan.version;
    const tasks = [1, 2].map((n) => ({ id: id(n), name: `Week ${n}`, durationMinutes: 2400, fixedCostMinor: 500_000 }));
    const made = await pm.post(url('/tasks'), {
      version,
      tasks,
      links: [{ predecessorId: id(1), successorId: id(2) }],
    });
    expect(made.status).toBe(200);
    const done = await pm.patch(url(`/tasks/${id(1)}`), { version: made.body.plan.version, percentComplete: 50 });
    expect(done.status).toBe(200);
    expect((await pm.post(url('/baselines'), { name: 'Plan' })).status).toBe(201);
    const spent = await pm.post(url('/expenses'), {
      taskId: id(1),
      date: '2026-01-07',
      amountMinor: 300_000,
      category: 'other',
    });
    expect(spent.status).toBe(201);
  });
  afterAll(() => server?.close());

  it('closes a week: frozen figures, a trend, and nothing dated in it changes', async () => {
    const before = await pmo.get('/api/status-periods?from=2026-01-05&to=2026-01-18');
    expect(before.body).toMatchObject({
      cadence: 'week',
      closedThrough: null,
      periods: [
        { start: '2026-01-05', end: '2026-01-11', closed: false },
        { start: '2026-01-12', end: '2026-01-18', closed: false },
      ],
    });
    expect((await pm.post('/api/status-periods/close', { through: '2026-01-11' })).status).toBe(403);
    const wrongDay = await pmo.post('/api/status-periods/close', { through: '2026-01-10' });
    expect(wrongDay.status).toBe(400);
    expect(wrongDay.body.error.message).toMatch(/through: must be the last day of a week \(2026-01-11\)/);

    const queued = await pmo.post('/api/status-periods/close', { through: '2026-01-11' });
    expect(queued.status).toBe(202);
    const job = await jobEnds(pmo, queued.body.job.id);
    expect(job.state, JSON.stringify(job)).toBe('done');
    expect(job.result).toMatchObject({ closedThrough: '2026-01-11', periods: 1 });

    const after = await pmo.get('/api/status-periods?from=2026-01-05&to=2026-01-18');
    expect(after.body.closedThrough).toBe('2026-01-11');
    expect(after.body.periods[0]).toMatchObject({ closed: true, closedBy: { name: expect.any(String) } });
    expect(after.body.periods[1].closed).toBe(false);

    // Frozen: BAC 10,000, week 1 planned in full (5,000), half of it earned, 3,000 spent.
    const trend = await pm.get(url('/earned-value/trend'));
    expect(trend.body.items).toEqual([
      expect.objectContaining({
        periodStart: '2026-01-05',
        periodEnd: '2026-01-11',
        statusDate: '2026-01-12T00:00',
        bac: 1_000_000,
        pv: 500_000,
        ev: 250_000,
        ac: 300_000,
        spi: 0.5,
      }),
    ]);
    // Editing history does not move the frozen figures; the S-curve shows them at the week's end.
    const v = (await pm.get(url('/tasks'))).body.plan.version;
    expect((await pm.patch(url(`/tasks/${id(1)}`), { version: v, percentComplete: 100 })).status).toBe(200);
    expect((await pm.get(url('/earned-value/trend'))).body.items[0].ev).toBe(250_000);
    const report = (await pm.get(url('/earned-value?statusDate=2026-01-14T17:00'))).body;
    expect(report.periods.find((p: { end: string }) => p.end === '2026-01-12T00:00').ev).toBe(250_000);

    // Nothing dated in the closed week changes; the next week is open.
    const late = await pm.post(url('/expenses'), { date: '2026-01-09', amountMinor: 100, category: 'other' });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/date: 2026-01-09 is in a closed status period/);
    expect((await pm.post(url('/expenses'), { date: '2026-01-12', amountMinor: 100, category: 'other' })).status).toBe(
      201,
    );
    const old = (await pm.get(url('/expenses'))).body.items.find((e: { date: string }) => e.date === '2026-01-07');
    expect((await pm.delete(url(`/expenses/${old.id}`))).status).toBe(409);
    // Closing again through the same week is refused; the cadence no longer changes.
    expect((await pmo.post('/api/status-periods/close', { through: '2026-01-11' })).status).toBe(400);
    const cadence = await pmo.put('/api/status-periods/settings', { cadence: 'month', version: before.body.version });
    expect(cadence.status).toBe(409);
  });
});
