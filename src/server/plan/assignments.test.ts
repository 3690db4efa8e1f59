import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { dbFingerprint } from '../../test-support/db-fingerprint.js';
import { addTestResources } from '../../test-support/resources.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/**
 * Assignments as plan data on a real server: added, changed and removed by plan ops under the
 * plan's version, with MS Project's task type rules, undo, scenarios, audit and the staffing of a
 * generic role by a named person (history kept); a team member reads their own.
 */
describe.each(TEST_DIALECTS)('assignments on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let pmo: TestClient;
  let team: TestClient;
  let projectId: string;
  let role: string;
  let ana: string;
  let bob: string;
  let gone: string;
  let crane: string;
  const id = (n: number) => `0190f000-0000-7000-8000-${String(n).padStart(12, '0')}`;
  const [SUMMARY, CODE, TEST, LAUNCH] = [id(1), id(2), id(3), id(4)];

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    pmo = await server.login('pmo@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    const lenaId = (await team.get('/api/me')).body.user.id;
    projectId = (await pm.post('/api/projects', { name: `Staffing ${dialect}`, plannedStart: '2030-01-07' })).body.id;
    await pm.put(`/api/projects/${projectId}/members/${lenaId}`, { relation: 'team_member' });
    const store = server.gantry.ctx.store;
    [role] = (await addTestResources(store, [{ name: 'Senior developer', kind: 'role' }])) as [string];
    [ana, bob, gone, crane] = (await addTestResources(store, [
      { name: 'Ana', userId: lenaId, roleId: role },
      { name: 'Bob' },
      { name: 'Gone', active: false },
      { name: 'Crane', kind: 'equipment' },
    ])) as [string, string, string, string];
    const res = await pm.post(url('/plan/ops'), {
      version: await version(),
      ops: [
        {
          op: 'insertTasks',
          tasks: [
            { id: SUMMARY, name: 'Build' },
            { id: CODE, name: 'Code', durationMinutes: 2400 },
            { id: TEST, name: 'Test', durationMinutes: 960 },
            { id: LAUNCH, name: 'Launch', milestone: true },
          ],
        },
        { op: 'indentTasks', taskIds: [CODE, TEST] },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
  afterAll(() => server?.close());

  const url = (p: string) => `/api/projects/${projectId}${p}`;
  const version = async () => (await pm.get(url('/tasks'))).body.plan.version as number;
  const ops = async (client: TestClient, list: unknown[]) =>
    client.post(url('/plan/ops'), { version: await version(), ops: list });
  const assignments = async () => (await pm.get(url('/assignments'))).body.items as any[];
  const task = async (taskId: string) =>
    ((await pm.get(url('/tasks'))).body.tasks as any[]).find((t) => t.id === taskId);

  it('refuses assignments a plan cannot take, naming the field, and changes nothing', async () => {
    const store = server.gantry.ctx.store;
    const before = await dbFingerprint(store);
    const cases: [unknown, string][] = [
      [{ taskId: LAUNCH, resourceId: ana }, 'ops[0].assignments[0].taskId'],
      [{ taskId: SUMMARY, resourceId: ana }, 'ops[0].assignments[0].taskId'],
      [{ taskId: CODE, resourceId: gone }, 'ops[0].assignments[0].resourceId'],
      [{ taskId: CODE, resourceId: id(99) }, 'ops[0].assignments[0].resourceId'],
      [{ taskId: id(98), resourceId: ana }, 'ops[0].assignments[0].taskId'],
      [{ taskId: CODE, resourceId: ana, unitsPercent: -1 }, 'ops[0].assignments[0].unitsPercent'],
    ];
    for (const [a, path] of cases) {
      const res = await ops(pm, [{ op: 'addAssignments', assignments: [a] }]);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.details.issues[0].path).toBe(path);
    }
    const twice = await ops(pm, [
      {
        op: 'addAssignments',
        assignments: [
          { taskId: CODE, resourceId: ana },
          { taskId: CODE, resourceId: ana },
        ],
      },
    ]);
    expect(twice.body.error.details.issues[0].path).toBe('ops[0].assignments[1].resourceId');
    expect(await dbFingerprint(store)).toEqual(before);
    // A team member records progress; assigning is planning.
    expect((await ops(team, [{ op: 'addAssignments', assignments: [{ taskId: CODE, resourceId: ana }] }])).status).toBe(
      403,
    );
  });

  it('a PM assigns a generic role, changes units by the task type, then staffs it with a person who fills it', async () => {
    const added = await ops(pm, [
      { op: 'addAssignments', assignments: [{ id: id(20), taskId: CODE, resourceId: role }] },
    ]);
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.body.assignmentsChanged).toBe(true);
    expect(await assignments()).toEqual([
      expect.objectContaining({
        id: id(20),
        taskName: 'Code',
        resourceName: 'Senior developer',
        resourceKind: 'role',
        unitsPercent: 100,
        workMinutes: 2400,
        staffingHistory: [],
      }),
    ]);
    // Fixed units: half the units, same work, twice the duration.
    const half = await ops(pm, [{ op: 'updateAssignment', assignmentId: id(20), fields: { unitsPercent: 50 } }]);
    expect(half.status, JSON.stringify(half.body)).toBe(200);
    expect(await task(CODE)).toMatchObject({ durationMinutes: 4800 });
    expect((await assignments())[0]).toMatchObject({ unitsPercent: 50, workMinutes: 2400 });
    // Fixed units: a longer duration is more work.
    await ops(pm, [{ op: 'updateTask', taskId: CODE, fields: { durationMinutes: 9600 } }]);
    expect((await assignments())[0]).toMatchObject({ unitsPercent: 50, workMinutes: 4800 });

    // Bob does not fill the role: a PM may not staff it with him.
    const wrong = await ops(pm, [{ op: 'updateAssignment', assignmentId: id(20), fields: { resourceId: bob } }]);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.issues[0].path).toBe('ops[0].fields.resourceId');
    const staffed = await ops(pm, [{ op: 'updateAssignment', assignmentId: id(20), fields: { resourceId: ana } }]);
    expect(staffed.status, JSON.stringify(staffed.body)).toBe(200);
    const [a] = await assignments();
    expect(a).toMatchObject({ resourceName: 'Ana', unitsPercent: 50, workMinutes: 4800 });
    expect(a.staffingHistory).toEqual([
      expect.objectContaining({
        resourceId: role,
        resourceName: 'Senior developer',
        byName: 'Marco Rossi',
        outsideRole: false,
      }),
    ]);
    // The audit log names the edit.
    const audit = (await pmo.get(`/api/audit?projectId=${projectId}`)).body.items.map((e: any) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['plan.assignments.create', 'plan.assignments.update']));

    // Undo takes the staffing back, redo does it again.
    expect((await pm.post(url('/plan/undo'), { version: await version() })).status).toBe(200);
    expect((await assignments())[0]).toMatchObject({ resourceName: 'Senior developer', staffingHistory: [] });
    expect((await pm.post(url('/plan/redo'), { version: await version() })).status).toBe(200);
    expect((await assignments())[0]).toMatchObject({ resourceName: 'Ana' });
  });

  it('the PMO may staff a role with anyone; the history notes it', async () => {
    await ops(pm, [{ op: 'addAssignments', assignments: [{ id: id(21), taskId: TEST, resourceId: role }] }]);
    const res = await ops(pmo, [{ op: 'updateAssignment', assignmentId: id(21), fields: { resourceId: bob } }]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const a = (await assignments()).find((x) => x.id === id(21));
    expect(a.staffingHistory).toEqual([
      expect.objectContaining({ resourceName: 'Senior developer', outsideRole: true }),
    ]);
  });

  it('effort-driven: a second resource shares the work and shortens the task; removing it gives the work back', async () => {
    await ops(pm, [{ op: 'updateTask', taskId: TEST, fields: { effortDriven: true } }]);
    const before = await task(TEST);
    const res = await ops(pm, [
      { op: 'addAssignments', assignments: [{ id: id(22), taskId: TEST, resourceId: crane }] },
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await task(TEST)).durationMinutes).toBe(before.durationMinutes / 2);
    const mine = (await assignments()).filter((x) => x.taskId === TEST);
    expect(mine.map((x) => x.workMinutes)).toEqual([480, 480]);
    await ops(pm, [{ op: 'deleteAssignments', assignmentIds: [id(22)] }]);
    expect((await task(TEST)).durationMinutes).toBe(before.durationMinutes);
    expect((await assignments()).filter((x) => x.taskId === TEST).map((x) => x.workMinutes)).toEqual([960]);
  });

  it('deleting a task deletes its assignments, and undo brings them back', async () => {
    const before = await assignments();
    expect((await ops(pm, [{ op: 'deleteTasks', taskIds: [CODE] }])).status).toBe(200);
    expect((await assignments()).some((a) => a.taskId === CODE)).toBe(false);
    expect((await pm.post(url('/plan/undo'), { version: await version() })).status).toBe(200);
    expect(await assignments()).toEqual(before);
  });

  it('a scenario holds assignment edits until it is applied', async () => {
    const s = (await pm.post(url('/scenarios'), { name: 'More hands' })).body;
    const edited = await pm.post(url(`/scenarios/${s.id}/ops`), {
      version: s.version,
      ops: [{ op: 'updateAssignment', assignmentId: id(20), fields: { unitsPercent: 100 } }],
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const tasks = (await pm.get(url(`/scenarios/${s.id}/tasks`))).body.tasks as any[];
    expect(tasks.find((t) => t.id === CODE).durationMinutes).toBe(4800);
    expect((await assignments()).find((a) => a.id === id(20)).unitsPercent).toBe(50);
    const applied = await pm.post(url(`/scenarios/${s.id}/apply`), { version: edited.body.version });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect((await assignments()).find((a) => a.id === id(20)).unitsPercent).toBe(100);
    expect((await task(CODE)).durationMinutes).toBe(4800);
  });

  it('refuses to apply a scenario over a live change to an assignment it changes, and changes nothing', async () => {
    const s = (await pm.post(url('/scenarios'), { name: 'Fewer hands' })).body;
    const edited = await pm.post(url(`/scenarios/${s.id}/ops`), {
      version: s.version,
      ops: [{ op: 'updateAssignment', assignmentId: id(20), fields: { unitsPercent: 25 } }],
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(
      (await ops(pm, [{ op: 'updateAssignment', assignmentId: id(20), fields: { workMinutes: 4000 } }])).status,
    ).toBe(200);
    const before = await assignments();
    const applied = await pm.post(url(`/scenarios/${s.id}/apply`), { version: edited.body.version });
    expect(applied.status).toBe(409);
    // Both moved live: the assignment, and the task's duration the rules set from it.
    expect(applied.body.error.details.conflicts).toEqual([
      expect.objectContaining({ kind: 'task', name: 'Code', changed: ['durationMinutes'] }),
      expect.objectContaining({ kind: 'assignment', name: 'an assignment on Code' }),
    ]);
    expect(await assignments()).toEqual(before);
  });

  it('a team member sees their own assignments across projects', async () => {
    const mine = (await team.get('/api/me/assignments')).body;
    expect(mine.resourceId).toBe(ana);
    expect(mine.items).toEqual([
      expect.objectContaining({ taskName: 'Code', projectId, unitsPercent: 100, workMinutes: 4000 }),
    ]);
    expect((await pm.get('/api/me/assignments')).body).toEqual({ resourceId: null, items: [] });
  });
});
