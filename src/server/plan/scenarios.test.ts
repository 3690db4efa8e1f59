import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planLinksOfColumns } from '../../contracts/index.js';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { dbFingerprint } from '../../test-support/db-fingerprint.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/**
 * What-if scenarios: private to their owner, edited with plan ops that never touch the live plan,
 * measured against the live plan, and applied to it as one undoable edit, or refused (409, nothing
 * changed) when the live plan changed what the scenario changes.
 */
describe.each(TEST_DIALECTS)('scenarios on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let otherPm: TestClient;
  let pmo: TestClient;
  let team: TestClient;
  let projectId: string;
  // Task ids are unique across projects: each test's plan gets its own.
  let ids: Map<number, string>;
  const id = (n: number) => ids.get(n) ?? (ids.set(n, randomUUID()).get(n) as string);
  let [A, B, C, M] = ['', '', '', ''];

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    otherPm = await server.login('aiko@demo.gantry.local');
    pmo = await server.login('pmo@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
  });
  afterAll(() => server?.close());

  // A fresh project per test: A (2 days) then B (3 days) then the milestone M; C (1 day) also before M.
  beforeEach(async () => {
    ids = new Map();
    [A, B, C, M] = [id(1), id(2), id(3), id(4)];
    projectId = (await pm.post('/api/projects', { name: 'What if', plannedStart: '2030-01-07' })).body.id;
    const teamId = (await team.get('/api/me')).body.user.id;
    await pm.put(`/api/projects/${projectId}/members/${teamId}`, { relation: 'team_member' });
    const created = await pm.post(url('/plan/ops'), {
      version: 1,
      ops: [
        {
          op: 'insertTasks',
          tasks: [
            { id: A, name: 'Design', durationMinutes: 960 },
            { id: B, name: 'Build', durationMinutes: 1440 },
            { id: C, name: 'Permit', durationMinutes: 480 },
            { id: M, name: 'Opening', milestone: true },
          ],
          links: [
            { id: id(11), predecessorId: A, successorId: B },
            { id: id(12), predecessorId: B, successorId: M },
            { id: id(13), predecessorId: C, successorId: M },
          ],
        },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
  });

  const url = (p: string) => `/api/projects/${projectId}${p}`;
  const planVersion = async () => (await pm.get(url('/tasks'))).body.plan.version as number;
  const liveOps = async (ops: unknown[]) => pm.post(url('/plan/ops'), { version: await planVersion(), ops });
  async function open(name = 'Late permit') {
    const res = await pm.post(url('/scenarios'), { name });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; version: number };
  }
  async function edit(s: { id: string; version: number }, ops: unknown[]) {
    const res = await pm.post(url(`/scenarios/${s.id}/ops`), { version: s.version, ops });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { id: string; version: number; opCount: number };
  }
  const duration = (taskId: string, durationMinutes: number) => ({
    op: 'updateTask',
    taskId,
    fields: { durationMinutes },
  });

  it('is private: only its owner lists, opens or changes it; only planners open one', async () => {
    const s = await open();
    expect((await pm.get(url('/scenarios'))).body.items.map((x: { name: string }) => x.name)).toEqual(['Late permit']);
    for (const other of [pmo, otherPm]) {
      expect((await other.get(url(`/scenarios/${s.id}`))).status).toBe(404);
      expect((await other.post(url(`/scenarios/${s.id}/ops`), { version: 1, ops: [duration(C, 60)] })).status).toBe(
        404,
      );
    }
    expect((await pmo.get(url('/scenarios'))).body.items).toEqual([]);
    expect((await team.post(url('/scenarios'), { name: 'Mine' })).status).toBe(403);
    expect((await pm.post(url('/scenarios'), { name: ' Late permit ' })).status).toBe(409);
    expect((await pm.post(url('/scenarios'), { name: '' })).body.error.details.issues[0].path).toBe('name');

    const renamed = await pm.patch(url(`/scenarios/${s.id}`), { name: 'Permit slips', version: 1 });
    expect(renamed.body).toMatchObject({ name: 'Permit slips', version: 2 });
    expect((await pm.patch(url(`/scenarios/${s.id}`), { name: 'Again', version: 1 })).status).toBe(409);
    expect((await pm.delete(url(`/scenarios/${s.id}`))).status).toBe(204);
    expect((await pm.get(url(`/scenarios/${s.id}`))).status).toBe(404);
  });

  it('shows the live plan unchanged until edited, in the shape of /schedule', async () => {
    const s = await open();
    const live = (await pm.get(url('/schedule'))).body;
    expect((await pm.get(url(`/scenarios/${s.id}/schedule`))).body).toEqual(live);
  });

  it('refuses a bad edit whole, naming the op, and stores nothing', async () => {
    const s = await open();
    const before = await dbFingerprint(server.gantry.ctx.store);
    const res = await pm.post(url(`/scenarios/${s.id}/ops`), {
      version: s.version,
      ops: [duration(C, 960), { op: 'updateTask', taskId: id(99), fields: { name: 'Ghost' } }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('ops[1].taskId');
    const cycle = await pm.post(url(`/scenarios/${s.id}/ops`), {
      version: s.version,
      ops: [{ op: 'addLinks', links: [{ predecessorId: M, successorId: A }] }],
    });
    expect(cycle.status).toBe(400);
    expect(await dbFingerprint(server.gantry.ctx.store)).toEqual(before);
  });

  it('measures its impact against the live plan, and leaves the live plan alone', async () => {
    const liveBefore = (await pm.get(url('/schedule'))).body;
    const s = await open();
    // The permit takes 7 days instead of 1: it becomes the critical path and the opening moves 2 days (960 min).
    await edit(s, [duration(C, 3360)]);
    expect((await pm.get(url('/schedule'))).body).toEqual(liveBefore);

    const impact = (await pm.get(url(`/scenarios/${s.id}/impact`))).body;
    const at = (taskId: string) => liveBefore.tasks.find((t: { id: string }) => t.id === taskId);
    const scenario = (await pm.get(url(`/scenarios/${s.id}/schedule`))).body;
    const inScenario = (taskId: string) => scenario.tasks.find((t: { id: string }) => t.id === taskId);
    expect(impact.finishBefore).toBe(liveBefore.projectFinish);
    expect(impact.finishAfter).toBe(scenario.projectFinish);
    expect(impact.finishDeltaMinutes).toBe(960);
    expect(impact.moved.map((m: { name: string }) => m.name)).toEqual(['Permit', 'Opening']);
    expect(impact.moved[0]).toMatchObject({
      taskId: C,
      startBefore: at(C).earlyStart,
      startAfter: at(C).earlyStart,
      finishBefore: at(C).earlyFinish,
      finishAfter: inScenario(C).earlyFinish,
      floatBeforeMinutes: 1920,
      floatAfterMinutes: 0,
    });
    expect(impact.floatConsumedMinutes).toBe(1920);
    expect(impact.criticalAdded).toEqual([{ taskId: C, name: 'Permit' }]);
    expect(impact.criticalRemoved.map((t: { name: string }) => t.name)).toEqual(['Design', 'Build']);
    expect(impact.milestones).toEqual([
      { taskId: M, name: 'Opening', before: at(M).earlyStart, after: inScenario(M).earlyStart, deltaMinutes: 960 },
    ]);
  });

  it('lists its tasks and links in the shapes of /tasks and /links, with its edits', async () => {
    const s = await open();
    await edit(s, [duration(C, 3360), { op: 'addLinks', links: [{ id: id(14), predecessorId: A, successorId: C }] }]);
    const live = (await pm.get(url('/tasks'))).body;
    const tasks = (await pm.get(url(`/scenarios/${s.id}/tasks`))).body;
    expect(tasks.plan.version).toBe(live.plan.version);
    const permit = tasks.tasks.find((t: { id: string }) => t.id === C);
    expect(permit).toMatchObject({ name: 'Permit', durationMinutes: 3360, critical: true, row: 3 });
    expect(live.tasks.find((t: { id: string }) => t.id === C).durationMinutes).toBe(480);
    const columns = (await pm.get(url(`/scenarios/${s.id}/tasks?format=columns`))).body;
    expect(columns.columns.durationMinutes).toEqual([960, 1440, 3360, 0]);
    const links = (await pm.get(url(`/scenarios/${s.id}/links`))).body;
    expect(links.links.map((l: { id: string }) => l.id).sort()).toEqual([id(11), id(12), id(13), id(14)].sort());
    // The plan view reads them in columns, as it reads the live plan's: the same links, decoded.
    const linkColumns = (await pm.get(url(`/scenarios/${s.id}/links?format=columns`))).body;
    expect(planLinksOfColumns(linkColumns)).toEqual(links);
    expect((await pm.get(url('/links'))).body.links).toHaveLength(3);
    expect((await pmo.get(url(`/scenarios/${s.id}/tasks`))).status).toBe(404);
    expect((await pmo.get(url(`/scenarios/${s.id}/links`))).status).toBe(404);
  });

  it('undoes its last edit', async () => {
    const s = await open();
    const one = await edit(s, [duration(C, 3360)]);
    const two = await edit(one, [duration(A, 480), duration(B, 480)]);
    expect(two.opCount).toBe(3);
    const undone = await pm.post(url(`/scenarios/${s.id}/undo`), { version: two.version });
    expect(undone.body).toMatchObject({ opCount: 1, steps: [{ label: 'edit task', opCount: 1 }] });
    const finish = (await pm.get(url(`/scenarios/${s.id}/impact`))).body.finishDeltaMinutes;
    expect(finish).toBe(960);
  });

  it('applies to an unchanged plan as one undoable edit, and is gone', async () => {
    const s = await open();
    const e = await edit(s, [duration(C, 3360), duration(A, 1440)]);
    const expected = (await pm.get(url(`/scenarios/${s.id}/schedule`))).body;
    const applied = await pm.post(url(`/scenarios/${s.id}/apply`), { version: e.version });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    const live = (await pm.get(url('/schedule'))).body;
    expect(live.tasks).toEqual(expected.tasks);
    expect(live.projectFinish).toBe(expected.projectFinish);
    expect((await pm.get(url(`/scenarios/${s.id}`))).status).toBe(404);
    expect((await pm.get(url('/plan/history'))).body.undo).toEqual({ label: 'apply scenario Late permit' });
    const undo = await pm.post(url('/plan/undo'), { version: await planVersion() });
    expect(undo.status, JSON.stringify(undo.body)).toBe(200);
    const tasks = (await pm.get(url('/tasks'))).body.tasks;
    expect(tasks.map((t: { durationMinutes: number }) => t.durationMinutes)).toEqual([960, 1440, 480, 0]);
  });

  it('refuses to apply over a live change to what it changes, naming the task, and changes nothing', async () => {
    const s = await open();
    const e = await edit(s, [duration(C, 3360), duration(A, 1440)]);
    expect((await liveOps([duration(C, 960)])).status).toBe(200);
    const before = await dbFingerprint(server.gantry.ctx.store);
    const res = await pm.post(url(`/scenarios/${s.id}/apply`), { version: e.version });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('Permit (durationMinutes)');
    expect(res.body.error.details.conflicts).toEqual([
      { kind: 'task', id: C, name: 'Permit', changed: ['durationMinutes'] },
    ]);
    expect(await dbFingerprint(server.gantry.ctx.store)).toEqual(before);
  });

  it('names a task the live plan deleted under it', async () => {
    const s = await open();
    const e = await edit(s, [{ op: 'updateTask', taskId: C, fields: { name: 'Permit (city)' } }]);
    expect((await liveOps([{ op: 'deleteTasks', taskIds: [C] }])).status).toBe(200);
    // Its plan no longer exists: reading it says why.
    expect((await pm.get(url(`/scenarios/${s.id}/impact`))).status).toBe(409);
    const res = await pm.post(url(`/scenarios/${s.id}/apply`), { version: e.version });
    expect(res.status).toBe(409);
    expect(res.body.error.details.conflicts).toEqual([{ kind: 'task', id: C, name: 'Permit', changed: ['deleted'] }]);
  });

  it('applies over live changes to other things, rebased on them', async () => {
    const s = await open();
    const e = await edit(s, [duration(C, 3360)]);
    // Another field of the same task, and another task: not conflicts.
    expect(
      (await liveOps([{ op: 'updateTask', taskId: C, fields: { name: 'City permit' } }, duration(B, 480)])).status,
    ).toBe(200);
    const impact = (await pm.get(url(`/scenarios/${s.id}/impact`))).body;
    expect(impact.liveVersion).toBe(await planVersion());
    const applied = await pm.post(url(`/scenarios/${s.id}/apply`), { version: e.version });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    const tasks = (await pm.get(url('/tasks'))).body.tasks;
    expect(tasks.map((t: { name: string; durationMinutes: number }) => [t.name, t.durationMinutes])).toEqual([
      ['Design', 960],
      ['Build', 480],
      ['City permit', 3360],
      ['Opening', 0],
    ]);
  });
});
