import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { dbFingerprint } from '../../test-support/db-fingerprint.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../../test-support/server.js';

/**
 * POST /plan/ops on a real server and database: a list of ops applies all or none under one
 * version, names the op and field it refuses, and follows the same rights as the REST routes.
 */
describe.each(TEST_DIALECTS)('plan ops on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let team: TestClient;
  let projectId: string;
  let teamId: string;
  const id = (n: number) => `0190f000-0000-7000-8000-${String(n).padStart(12, '0')}`;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    teamId = (await team.get('/api/me')).body.user.id;
    projectId = (await pm.post('/api/projects', { name: 'Ops', plannedStart: '2030-01-07' })).body.id;
    await pm.put(`/api/projects/${projectId}/members/${teamId}`, { relation: 'team_member' });
  });
  afterAll(() => server?.close());

  const url = (p: string) => `/api/projects/${projectId}${p}`;
  const version = async () => (await pm.get(url('/tasks'))).body.plan.version as number;

  it('applies a mixed batch under one new version and answers like any write', async () => {
    const before = await version();
    const res = await pm.post(url('/plan/ops'), {
      version: before,
      label: 'set up',
      ops: [
        {
          op: 'insertTasks',
          tasks: [
            { id: id(1), name: 'Build' },
            { id: id(2), name: 'Design', durationMinutes: 960 },
            { id: id(3), name: 'Code', durationMinutes: 1440, responsibleId: teamId },
          ],
          links: [{ id: id(10), predecessorId: id(2), successorId: id(3) }],
        },
        { op: 'indentTasks', taskIds: [id(2), id(3)] },
        { op: 'updateTask', taskId: id(3), fields: { name: 'Code and test' } },
        { op: 'updateLink', linkId: id(10), fields: { lag: 480 } },
        { op: 'updatePlan', fields: { statusDate: '2030-01-08T17:00' } },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.plan).toMatchObject({ version: before + 1, statusDate: '2030-01-08T17:00' });
    expect(res.body.changed.map((t: any) => `${t.wbs} ${t.name}`)).toEqual([
      '1 Build',
      '1.1 Design',
      '1.2 Code and test',
    ]);
    expect(res.body.changed[2]).toMatchObject({ start: '2030-01-10T08:00', finish: '2030-01-14T17:00' });
    expect(res.body.links).toEqual([expect.objectContaining({ id: id(10), lag: 480 })]);
    expect(res.body.structureChanged).toBe(true);
  });

  it('changes nothing when one op of fifty is bad, and names that op and field', async () => {
    const store = server.gantry.ctx.store;
    const v = await version();
    const ops = Array.from({ length: 50 }, (_, i) => ({
      op: 'updateTask',
      taskId: id(2),
      fields: { durationMinutes: 480 + i * 60 },
    }));
    const fingerprint = await dbFingerprint(store);
    // Refused by the contract: a negative duration.
    const badInput = ops.map((o, i) => (i === 37 ? { ...o, fields: { durationMinutes: -5 } } : o));
    const schema = await pm.post(url('/plan/ops'), { version: v, ops: badInput });
    expect(schema.status).toBe(400);
    expect(schema.body.error.details.issues[0].path).toBe('ops[37].fields.durationMinutes');
    // Refused by the plan: a calendar that does not exist, found only when op 37 is applied.
    const badRef = ops.map((o, i) =>
      i === 37 ? { ...o, fields: { calendarId: '0190f000-0000-7000-8000-0000000000ff' } } : o,
    );
    const plan = await pm.post(url('/plan/ops'), { version: v, ops: badRef });
    expect(plan.status).toBe(400);
    expect(plan.body.error.message).toMatch(/^ops\[37\]\.fields\.calendarId: is not a calendar/);
    expect(plan.body.error.details.issues[0].path).toBe('ops[37].fields.calendarId');
    // Ops that depend on each other: a task deleted by op 1 cannot be edited by op 2.
    const gone = await pm.post(url('/plan/ops'), {
      version: v,
      ops: [
        { op: 'updateTask', taskId: id(1), fields: { notes: 'kept?' } },
        { op: 'deleteTasks', taskIds: [id(2)] },
        { op: 'updateTask', taskId: id(2), fields: { notes: 'too late' } },
      ],
    });
    expect(gone.status).toBe(400);
    expect(gone.body.error.details.issues[0].path).toBe('ops[2].taskId');
    expect(await dbFingerprint(store)).toEqual(fingerprint);
    expect((await pm.post(url('/plan/ops'), { version: v, ops: Array(1001).fill(ops[0]) })).status).toBe(400);
    const good = await pm.post(url('/plan/ops'), { version: v, ops });
    expect(good.status).toBe(200);
    expect(good.body.changed.find((t: any) => t.id === id(2)).durationMinutes).toBe(480 + 49 * 60);
  });

  it('lets a team member send progress on her own task, and nothing else', async () => {
    const fingerprint = await dbFingerprint(server.gantry.ctx.store);
    const v = await version();
    const someoneElses = await team.post(url('/plan/ops'), {
      version: v,
      ops: [
        { op: 'updateTask', taskId: id(3), fields: { percentComplete: 50 } },
        { op: 'updateTask', taskId: id(2), fields: { percentComplete: 50 } },
      ],
    });
    expect(someoneElses.status).toBe(403);
    expect(someoneElses.body.error.message).toMatch(/^ops\[1\]\.taskId: you may record progress only/);
    const planning = await team.post(url('/plan/ops'), {
      version: v,
      ops: [{ op: 'updateTask', taskId: id(3), fields: { percentComplete: 50, name: 'Mine now' } }],
    });
    expect(planning.status).toBe(403);
    expect(await dbFingerprint(server.gantry.ctx.store)).toEqual(fingerprint);
    const code = (await pm.get(url('/tasks'))).body.tasks.find((t: any) => t.id === id(3));
    const own = await team.post(url('/plan/ops'), {
      version: v,
      ops: [{ op: 'updateTask', taskId: id(3), fields: { percentComplete: 50 } }],
    });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.changed.find((t: any) => t.id === id(3))).toMatchObject({
      percentComplete: 50,
      actualStart: code.start,
    });
  });

  it('audits a batch as the REST routes always did: one entry per run of ops of one kind', async () => {
    const admin = await server.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const audit = await admin.get(`/api/audit?entityId=${projectId}&entityType=plan&pageSize=100`);
    // Entries written in one millisecond have no order among them: compare as a list of kinds.
    const actions = audit.body.items.map((e: any) => e.action).sort();
    expect(actions).toEqual(
      [
        'plan.tasks.create',
        'plan.tasks.indent',
        'plan.tasks.update',
        'plan.links.update',
        'plan.settings.update',
        'plan.tasks.update',
        'plan.tasks.progress',
      ].sort(),
    );
    // Fifty edits of one task in one batch: one entry, from the first value to the last.
    const bulk = audit.body.items.find((e: any) => e.action === 'plan.tasks.update');
    expect(bulk.changes[`Design [${id(2)}] durationMinutes`]).toEqual({ before: 960, after: 480 + 49 * 60 });
  });
});
