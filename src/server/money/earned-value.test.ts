import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/**
 * Earned value through the API, on the textbook case (issue 12): BAC 100,000; cumulative plan 10,
 * 20, 40, 70, 100 % over five weeks; at the end of week 3 PV 40,000, EV 35,000, AC 36,000 →
 * SV −5,000, CV −1,000, SPI 0.875, CPI 0.9722, ES 2.75 weeks, SPI(t) 0.9167, IEAC(t) 5.4545 weeks.
 * Built as a real project: five one-week tasks in a chain with fixed costs, a baseline, progress
 * 100 / 100 / 75 %, and 36,000 of approved expenses. Money is in minor units (× 100).
 */
const id = (n: number) => `0190c000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const TASKS = [1, 2, 3, 4, 5].map(id);
const WEEK = 5 * 480;
const FIXED = [10_000, 10_000, 20_000, 30_000, 30_000].map((v) => v * 100);

describe.each(TEST_DIALECTS)('earned value on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let team: TestClient;
  let stakeholder: TestClient;
  let projectId: string;
  let version: number;
  const url = (p: string) => `/api/projects/${projectId}${p}`;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    stakeholder = await server.login('olivia@demo.gantry.local');
    projectId = (await pm.post('/api/projects', { name: 'Textbook EVM', plannedStart: '2030-01-07' })).body.id;
    for (const [client, relation] of [
      [team, 'team_member'],
      [stakeholder, 'stakeholder'],
    ] as const) {
      const userId = (await client.get('/api/me')).body.user.id;
      await pm.put(url(`/members/${userId}`), { relation });
    }
    version = (await pm.get(url('/tasks'))).body.plan.version;
    const created = await pm.post(url('/tasks'), {
      version,
      tasks: TASKS.map((taskId, i) => ({
        id: taskId,
        name: `Week ${i + 1}`,
        durationMinutes: WEEK,
        fixedCostMinor: FIXED[i],
      })),
      links: TASKS.slice(1).map((taskId, i) => ({ predecessorId: TASKS[i], successorId: taskId })),
    });
    expect(created.status).toBe(200);
    version = created.body.plan.version;
    expect((await pm.post(url('/baselines'), { name: 'Approved' })).status).toBe(201);
    for (const [taskId, percentComplete] of [
      [TASKS[0], 100],
      [TASKS[1], 100],
      [TASKS[2], 75],
    ] as const) {
      const res = await pm.patch(url(`/tasks/${taskId}`), { version, percentComplete });
      expect(res.status).toBe(200);
      version = res.body.plan.version;
    }
    for (const [date, taskId] of [
      ['2030-01-11', TASKS[0]],
      ['2030-01-18', TASKS[1]],
      ['2030-01-24', TASKS[2]],
    ] as const) {
      const res = await pm.post(url('/expenses'), { taskId, date, amountMinor: 1_200_000, category: 'subcontract' });
      expect(res.status).toBe(201);
      expect(res.body.status).toBe('approved');
    }
  });
  afterAll(() => server?.close());

  it('answers the textbook figures at the end of period 3', async () => {
    const res = await pm.get(url('/earned-value?statusDate=2030-01-25T17:00'));
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r).toMatchObject({
      statusDate: '2030-01-25T17:00',
      baseline: { number: 0, name: 'Approved' },
      bac: 10_000_000,
      pv: 4_000_000,
      ev: 3_500_000,
      ac: 3_600_000,
      sv: -500_000,
      cv: -100_000,
    });
    expect(r.spi).toBeCloseTo(0.875, 10);
    expect(r.cpi).toBeCloseTo(0.9722, 4);
    expect(r.eac.remainingAtBudget).toBe(10_100_000);
    expect(r.eac.cpi).toBe(Math.round(10_000_000 / (35 / 36)));
    // Earned schedule in working days: 2.75 weeks = 13.75 days, AT 15 days, PD 25 days.
    expect(r.earnedSchedule.unit).toBe('workingDays');
    expect(r.earnedSchedule.es / 5).toBeCloseTo(2.75, 10);
    expect(r.earnedSchedule.at).toBe(15);
    expect(r.earnedSchedule.spi).toBeCloseTo(0.9167, 4);
    expect(r.earnedSchedule.ieac / 5).toBeCloseTo(5.4545, 4);
    // The S-curve: planned value by week (midnight after each Sunday), actual cost to the status date.
    const byEnd = new Map(r.periods.map((p: { end: string }) => [p.end, p]));
    expect(r.periods[0]).toEqual({ end: '2030-01-07T00:00', pv: 0, ev: null, ac: 0 });
    expect(byEnd.get('2030-01-14T00:00')).toMatchObject({ pv: 1_000_000, ac: 1_200_000, ev: null });
    expect(byEnd.get('2030-01-21T00:00')).toMatchObject({ pv: 2_000_000, ac: 2_400_000 });
    expect(byEnd.get('2030-01-25T17:00')).toMatchObject({ pv: 4_000_000, ev: 3_500_000, ac: 3_600_000 });
    expect(byEnd.get('2030-02-11T00:00')).toMatchObject({ pv: 10_000_000, ac: null });
    // Per task: week 3 is a quarter behind its value.
    const week3 = r.tasks.find((t: { taskId: string }) => t.taskId === TASKS[2]);
    expect(week3).toMatchObject({ bac: 2_000_000, pv: 2_000_000, ev: 1_500_000, ac: 1_200_000 });
  });

  it('lets the stakeholder read it, not a team member; a team member enters an expense that waits', async () => {
    expect((await stakeholder.get(url('/earned-value'))).status).toBe(200);
    expect((await team.get(url('/earned-value'))).status).toBe(403);
    const entered = await team.post(url('/expenses'), { date: '2030-01-23', amountMinor: 5_000, category: 'travel' });
    expect(entered.status).toBe(201);
    expect(entered.body).toMatchObject({ status: 'submitted', allowedActions: ['expense.delete'] });
    // Waiting: not actual cost yet.
    const before = (await pm.get(url('/earned-value?statusDate=2030-01-25T17:00'))).body.ac;
    expect(before).toBe(3_600_000);
    const approved = await pm.post(url(`/expenses/${entered.body.id}/approve`), { version: 1, note: 'ok' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: { name: 'Marco Rossi' } });
    expect((await pm.get(url('/earned-value?statusDate=2030-01-25T17:00'))).body.ac).toBe(3_605_000);
    // Decided once: approving again is refused; the team member now sees only their own expense.
    expect((await pm.post(url(`/expenses/${entered.body.id}/reject`), { version: 2 })).status).toBe(422);
    const mine = await team.get(url('/expenses'));
    expect(mine.body.items.map((e: { id: string }) => e.id)).toEqual([entered.body.id]);
    expect((await pm.get(url('/expenses'))).body.items).toHaveLength(4);
  });

  it('refuses bad input with the field named, and an unknown baseline', async () => {
    const bad = await pm.post(url('/expenses'), { date: '2030-01-23', amountMinor: 0, category: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues.map((i: { path: string }) => i.path)).toContain('amountMinor');
    const category = await pm.post(url('/expenses'), { date: '2030-01-23', amountMinor: 10, category: 'nope' });
    expect(category.status).toBe(400);
    expect(category.body.error.message).toMatch(/category/);
    const task = await pm.post(url('/expenses'), {
      taskId: id(99),
      date: '2030-01-23',
      amountMinor: 10,
      category: 'other',
    });
    expect(task.status).toBe(400);
    expect(task.body.error.message).toMatch(/taskId/);
    expect((await pm.get(url('/earned-value?baseline=4'))).status).toBe(400);
    expect((await pm.get(url('/earned-value?statusDate=2030-02-30T10:00'))).status).toBe(400);
  });
});
