import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../store/transaction.js';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { appendEvents, projectEvent } from './outbox.js';

/*
 * Every committed write leaves its event in the outbox; a refused or failed write leaves none.
 * No dispatcher runs here (jobWorkers 0), so the outbox is exactly what the writes left.
 */
describe.each(TEST_DIALECTS)('outbox on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let marco: TestClient;

  beforeAll(async () => {
    server = await startTestServer({ dialect, jobWorkers: 0 });
    pmo = await server.login('pmo@demo.gantry.local');
    marco = await server.login('marco@demo.gantry.local');
  }, 60_000);
  afterAll(() => server?.close());

  const outbox = async () =>
    (await server.gantry.ctx.store.db.selectFrom('outbox_events').selectAll().orderBy('seq').execute()).map((e) => ({
      ...e,
      payload: JSON.parse(e.payload),
    }));
  /** The events `write` appended. */
  async function eventsOf(write: () => Promise<unknown>) {
    const before = (await outbox()).length;
    await write();
    return (await outbox()).slice(before);
  }

  it('starts with the demo set-up already dispatched', async () => {
    const all = await outbox();
    expect(all.length).toBeGreaterThan(50);
    expect(all.every((e) => e.dispatched_at !== null)).toBe(true);
  });

  it('appends one event per project write, with a small versioned payload', async () => {
    const portfolioId = (await pmo.get('/api/portfolios')).body.items[0].id;
    let project: { id: string; version: number; code: string } = { id: '', version: 0, code: '' };
    const created = await eventsOf(async () => {
      project = (await marco.post('/api/projects', { name: 'Outbox trial', portfolioId })).body;
    });
    expect(created.map((e) => [e.type, e.project_id, e.portfolio_id])).toEqual([
      ['project.created', project.id, portfolioId],
    ]);
    expect(created[0]?.payload).toMatchObject({ v: 1, projectId: project.id, code: project.code, state: 'proposed' });
    expect(created[0]?.actor_id).toBe((await marco.get('/api/me')).body.user.id);

    const updated = await eventsOf(() => marco.patch(`/api/projects/${project.id}`, { sponsor: 'CFO', version: 1 }));
    expect(updated.map((e) => e.type)).toEqual(['project.updated']);
    expect(updated[0]?.payload.changes).toEqual({ sponsor: { before: '', after: 'CFO' } });

    const asked = await eventsOf(() =>
      marco.post(`/api/projects/${project.id}/approval-request`, { note: 'Please', version: 2 }),
    );
    expect(asked.map((e) => [e.type, e.payload.note])).toEqual([['project.approval_requested', 'Please']]);
    const declined = await eventsOf(() =>
      pmo.post(`/api/projects/${project.id}/approval-request/decline`, { reason: 'Later', version: 3 }),
    );
    // Declining is a PMO decision: the decisions log records it in the same write.
    expect(declined.map((e) => [e.type, e.payload.reason ?? null])).toEqual([
      ['project.approval_declined', 'Later'],
      ['decision.recorded', null],
    ]);
    const moved = await eventsOf(() =>
      pmo.post(`/api/projects/${project.id}/transitions`, { to: 'approved', version: 4 }),
    );
    expect(moved.map((e) => [e.type, e.payload.from ?? null, e.payload.to ?? null])).toEqual([
      ['project.transitioned', 'proposed', 'approved'],
      ['decision.recorded', null, null],
    ]);

    const sam = (await pmo.get('/api/users?q=sam')).body.items[0].id;
    const joined = await eventsOf(async () => {
      await marco.put(`/api/projects/${project.id}/members/${sam}`, { relation: 'stakeholder' });
      await marco.put(`/api/projects/${project.id}/members/${sam}`, { relation: 'stakeholder' });
      await marco.put(`/api/projects/${project.id}/members/${sam}`, { relation: 'team_member' });
      await marco.delete(`/api/projects/${project.id}/members/${sam}`);
    });
    // Putting the same relation again changes nothing, and says nothing.
    expect(joined.map((e) => e.type)).toEqual([
      'project.member_added',
      'project.member_changed',
      'project.member_removed',
    ]);

    const deleted = await eventsOf(() => pmo.delete(`/api/projects/${project.id}`));
    expect(deleted.map((e) => [e.type, e.payload.code])).toEqual([['project.deleted', project.code]]);
  });

  it('appends nothing for a refused or failed write', async () => {
    const project = (await pmo.get('/api/projects?q=PRJ-0001')).body.items[0];
    const plan = (await marco.get(`/api/projects/${project.id}/tasks`)).body;
    const [a, b] = plan.tasks.filter((t: { summary: boolean }) => !t.summary);
    const none = await eventsOf(async () => {
      // A stale version, a write by someone who may not, and a link that would close a cycle.
      expect((await marco.patch(`/api/projects/${project.id}`, { sponsor: 'X', version: 1 })).status).toBe(409);
      expect(
        (
          await server
            .login('lena@demo.gantry.local')
            .then((c) => c.patch(`/api/projects/${project.id}`, { sponsor: 'X', version: project.version }))
        ).status,
      ).toBe(403);
      const cycle = await marco.post(`/api/projects/${project.id}/links`, {
        version: plan.plan.version,
        links: [
          { predecessorId: a.id, successorId: b.id },
          { predecessorId: b.id, successorId: a.id },
        ],
      });
      expect(cycle.status).toBe(400);
    });
    expect(none).toEqual([]);
  });

  it('tells in plan.changed which tasks changed, which moved and by how much, and whose they became', async () => {
    const project = (await pmo.get('/api/projects?q=PRJ-0002')).body.items[0];
    const plan = (await pmo.get(`/api/projects/${project.id}/tasks`)).body;
    const task = (name: string) => plan.tasks.find((t: { name: string }) => t.name === name);
    const lena = (await pmo.get('/api/users?q=lena')).body.items[0].id;
    const [event] = await eventsOf(() =>
      pmo.patch(`/api/projects/${project.id}/tasks`, {
        version: plan.plan.version,
        tasks: [
          { id: task('Integrations').id, durationMinutes: task('Integrations').durationMinutes + 3 * 480 },
          { id: task('Training').id, responsibleId: lena },
        ],
      }),
    );
    expect(event?.type).toBe('plan.changed');
    const p = event?.payload;
    expect(p).toMatchObject({ v: 1, projectId: project.id, action: 'plan.tasks.update', truncated: false });
    expect(p.planVersion).toBe(plan.plan.version + 1);
    expect(p.changedTaskIds).toContain(task('Integrations').id);
    expect(p.assigned).toEqual([{ id: task('Training').id, name: 'Training', from: null, to: lena }]);
    const systemTest = p.moved.find((m: { name: string }) => m.name === 'System test');
    expect(systemTest).toMatchObject({ id: task('System test').id, responsibleId: lena });
    expect(systemTest.startShiftMinutes).toBeGreaterThanOrEqual(3 * 24 * 60);
    // The task whose own duration changed moved its finish only.
    const integrations = p.moved.find((m: { name: string }) => m.name === 'Integrations');
    expect(integrations.startShiftMinutes).toBe(0);
    expect(integrations.finishShiftMinutes).toBeGreaterThan(0);
    // Tasks someone is responsible for come first.
    const owned = p.moved.map((m: { responsibleId: string | null }) => m.responsibleId !== null);
    expect(owned).toEqual([...owned].sort((x: boolean, y: boolean) => Number(y) - Number(x)));
  });

  it('appends baseline and calendar-driven plan events', async () => {
    const project = (await pmo.get('/api/projects?q=PRJ-0003')).body.items[0];
    const saved = await eventsOf(() => pmo.post(`/api/projects/${project.id}/baselines`, { name: 'Re-plan' }));
    expect(saved.map((e) => [e.type, e.payload.name])).toEqual([['baseline.saved', 'Re-plan']]);

    const calendars = (await pmo.get(`/api/projects/${project.id}/calendars`)).body.items;
    const standard = calendars.find((c: { name: string }) => c.name === 'Standard');
    const retimed = await eventsOf(() =>
      pmo.patch(`/api/calendars/${standard.id}`, { version: standard.version, hoursPerDay: 7 }),
    );
    // Every plan on the Standard calendar was rescheduled: one plan.changed each.
    expect(retimed.length).toBeGreaterThan(1);
    expect(retimed.every((e) => e.type === 'plan.changed' && e.payload.action === 'calendar.update')).toBe(true);
    expect(new Set(retimed.map((e) => e.project_id)).size).toBe(retimed.length);
  });

  it("numbers a project's events in commit order: the next waits for the open one to commit", async () => {
    const ctx = server.gantry.ctx;
    const project = await ctx.store.db
      .selectFrom('projects')
      .select(['id', 'code', 'name', 'portfolio_id'])
      .executeTakeFirstOrThrow();
    const event = (n: number) => projectEvent('project.updated', project, { n });
    let commitFirst = () => {};
    const held = new Promise<void>((resolve) => {
      commitFirst = resolve;
    });
    let appended = () => {};
    const firstAppended = new Promise<void>((resolve) => {
      appended = resolve;
    });
    const order: string[] = [];
    const first = inTransaction(ctx.store.db, async (trx) => {
      await appendEvents(ctx, trx, null, [event(1)]);
      appended();
      await held;
      order.push('first commits');
    });
    await firstAppended;
    const second = inTransaction(ctx.store.db, async (trx) => {
      await appendEvents(ctx, trx, null, [event(2)]);
      order.push('second appended');
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    commitFirst();
    await Promise.all([first, second]);
    // On SQLite the second write waits for the connection; on PostgreSQL for the project's stream lock.
    expect(order).toEqual(['first commits', 'second appended']);
    const last = (await outbox()).slice(-2);
    expect(last.map((e) => e.payload.n)).toEqual([1, 2]);
  });
});
