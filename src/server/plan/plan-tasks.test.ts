import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../../test-support/server.js';

/**
 * The plan API on a real server and database: tasks and links are stored in WBS order, every
 * change reschedules and answers with the tasks whose dates moved, and a stale version is refused.
 */
describe.each(TEST_DIALECTS)('plan tasks and links on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let projectId: string;
  let version: number;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    const project = await pm.post('/api/projects', { name: 'Plan API', plannedStart: '2030-01-07' });
    projectId = project.body.id;
    const plan = await pm.get(`/api/projects/${projectId}/tasks`);
    version = plan.body.plan.version;
  });
  afterAll(() => server?.close());

  const url = (p: string) => `/api/projects/${projectId}${p}`;
  async function write(method: 'post' | 'patch', path: string, body: Record<string, unknown>) {
    const res = await pm[method](url(path), { version, ...body });
    if (res.status === 200) version = res.body.plan.version;
    return res;
  }

  it('starts empty on the planned start at 08:00', async () => {
    const res = await pm.get(url('/tasks'));
    expect(res.status).toBe(200);
    expect(res.body.tasks).toEqual([]);
    expect(res.body.plan.projectStart).toBe('2030-01-07T08:00');
  });

  it('creates a summary with linked children and schedules them on the standard calendar', async () => {
    const ids = [
      '0190a000-0000-7000-8000-00000000000a',
      '0190a000-0000-7000-8000-00000000000b',
      '0190a000-0000-7000-8000-00000000000c',
    ];
    const res = await write('post', '/tasks', {
      tasks: [
        { id: ids[0], name: 'Build' },
        { id: ids[1], name: 'Design', parentId: ids[0], durationMinutes: 2 * 480 },
        { id: ids[2], name: 'Code', parentId: ids[0], durationMinutes: 3 * 480 },
      ],
      links: [{ predecessorId: ids[1], successorId: ids[2], type: 'FS' }],
    });
    expect(res.status).toBe(200);
    const [build, design, code] = res.body.changed;
    expect(build).toMatchObject({
      row: 1,
      wbs: '1',
      summary: true,
      start: '2030-01-07T08:00',
      finish: '2030-01-11T17:00',
    });
    expect(design).toMatchObject({ row: 2, wbs: '1.1', outlineLevel: 2, finish: '2030-01-08T17:00', critical: true });
    expect(code).toMatchObject({ wbs: '1.2', start: '2030-01-09T08:00', finish: '2030-01-11T17:00' });
    expect(res.body.plan.projectFinish).toBe('2030-01-11T17:00');
    expect(res.body.structureChanged).toBe(true);
  });

  it('answers an edit with the tasks whose dates moved, and only those', async () => {
    const before = (await pm.get(url('/tasks'))).body.tasks;
    const design = before.find((t: any) => t.name === 'Design');
    const res = await write('patch', `/tasks/${design.id}`, { durationMinutes: 4 * 480 });
    expect(res.status).toBe(200);
    expect(res.body.changed.map((t: any) => t.name).sort()).toEqual(['Build', 'Code', 'Design']);
    expect(res.body.changed.find((t: any) => t.name === 'Code').finish).toBe('2030-01-15T17:00');
    const rename = await write('patch', `/tasks/${design.id}`, { name: 'Design work' });
    expect(rename.body.changed.map((t: any) => t.name)).toEqual(['Design work']);
  });

  it('refuses a stale version with 409 and keeps the plan as it was', async () => {
    const tasks = (await pm.get(url('/tasks'))).body.tasks;
    const res = await pm.patch(url(`/tasks/${tasks[1].id}`), { version: version - 1, name: 'Lost update' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('version_conflict');
    expect(res.body.error.details.currentVersion).toBe(version);
    expect((await pm.get(url('/tasks'))).body.tasks[1].name).toBe('Design work');
  });

  it('names the field of bad input and writes nothing', async () => {
    const tasks = (await pm.get(url('/tasks'))).body.tasks;
    const noDate = await pm.patch(url(`/tasks/${tasks[2].id}`), { version, constraintType: 'startNoEarlierThan' });
    expect(noDate.status).toBe(400);
    expect(noDate.body.error.message).toMatch(/constraintDate: is required/);
    const cycle = await pm.post(url('/links'), {
      version,
      links: [{ predecessorId: tasks[2].id, successorId: tasks[1].id }],
    });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.message).toMatch(/cycle.*row 3 \(Code\)/);
    const after = await pm.get(url('/tasks'));
    expect(after.body.plan.version).toBe(version);
    expect((await pm.get(url('/links'))).body.links).toHaveLength(1);
  });

  it('moves, indents, outdents and deletes with MS Project semantics', async () => {
    const more = await write('post', '/tasks', { tasks: [{ name: 'Test' }, { name: 'Ship', milestone: true }] });
    expect(more.status).toBe(200);
    let tasks = (await pm.get(url('/tasks'))).body.tasks;
    const id = (name: string) => tasks.find((t: any) => t.name === name).id;
    expect((await write('post', '/tasks/indent', { taskIds: [id('Test')] })).status).toBe(200);
    tasks = (await pm.get(url('/tasks'))).body.tasks;
    expect(tasks.map((t: any) => `${t.wbs} ${t.name}`)).toEqual([
      '1 Build',
      '1.1 Design work',
      '1.2 Code',
      '1.3 Test',
      '2 Ship',
    ]);
    expect((await write('post', '/tasks/outdent', { taskIds: [id('Code')] })).status).toBe(200);
    tasks = (await pm.get(url('/tasks'))).body.tasks;
    expect(tasks.map((t: any) => `${t.wbs} ${t.name}`)).toEqual([
      '1 Build',
      '1.1 Design work',
      '2 Code',
      '2.1 Test',
      '3 Ship',
    ]);
    expect(
      (await write('post', '/tasks/move', { taskIds: [id('Ship')], parentId: null, beforeId: id('Build') })).status,
    ).toBe(200);
    tasks = (await pm.get(url('/tasks'))).body.tasks;
    expect(tasks[0]).toMatchObject({ name: 'Ship', row: 1, milestone: true, durationMinutes: 0 });
    const del = await write('post', '/tasks/delete', { taskIds: [id('Build')] });
    expect(del.body.deletedTaskIds).toHaveLength(2);
    expect(del.body.deletedLinkIds).toHaveLength(1);
    expect((await pm.get(url('/links'))).body.links).toEqual([]);
  });

  it('takes reported work as a start, and 100 % as a finish, on the scheduled dates (as MS Project)', async () => {
    const tasks = (await pm.get(url('/tasks'))).body.tasks;
    const task = tasks.find((t: any) => !t.summary && !t.milestone) ?? tasks[0];
    const half = await write('patch', `/tasks/${task.id}`, { percentComplete: 50 });
    expect(half.body.changed.find((t: any) => t.id === task.id)).toMatchObject({
      actualStart: task.start,
      actualFinish: null,
    });
    const done = await write('patch', `/tasks/${task.id}`, { percentComplete: 100 });
    expect(done.body.changed.find((t: any) => t.id === task.id)).toMatchObject({
      actualStart: task.start,
      actualFinish: task.finish,
    });
  });

  it('gives the scheduled plan in the shape of gantry schedule --json', async () => {
    const res = await pm.get(url('/schedule'));
    expect(res.status).toBe(200);
    expect(res.body.tasks[0]).toEqual(
      expect.objectContaining({
        name: 'Ship',
        milestone: true,
        earlyStart: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00$/),
      }),
    );
    expect(Object.keys(res.body.tasks[0]).sort()).toEqual(
      [
        'critical',
        'earlyFinish',
        'earlyStart',
        'freeFloatMinutes',
        'id',
        'lateFinish',
        'lateStart',
        'milestone',
        'name',
        'summary',
        'totalFloatMinutes',
      ].sort(),
    );
  });

  it('gives demo projects under way a baseline and a visible slip', async () => {
    const pmo = await server.login('pmo@demo.gantry.local');
    const res = await pmo.get('/api/milestones?status=slipped');
    const goLive = res.body.items.find((m: any) => m.projectCode === 'PRJ-0001' && m.name === 'Go live');
    expect(goLive).toMatchObject({ status: 'slipped', slipMinutes: 5 * 480 });
    const team = await server.login('lena@demo.gantry.local');
    const demo = (await team.get('/api/projects?q=PRJ-0001')).body.items[0];
    const tasks = (await team.get(`/api/projects/${demo.id}/tasks`)).body.tasks;
    expect(tasks.filter((t: any) => t.responsibleName === 'Lena Fischer').length).toBeGreaterThan(0);
    expect(tasks.find((t: any) => t.name === 'Requirements')).toMatchObject({ percentComplete: 100 });
    // Summaries roll their work tasks' progress up, weighted by duration.
    expect(tasks.find((t: any) => t.name === 'Design')).toMatchObject({ summary: true, percentComplete: 100 });
    expect(tasks.find((t: any) => t.name === 'Build')).toMatchObject({ summary: true, percentComplete: 0 });
  });

  it('audits every change', async () => {
    const admin = await server.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const audit = await admin.get(`/api/audit?entityId=${projectId}&entityType=plan&pageSize=100`);
    const actions = audit.body.items.map((e: any) => e.action);
    for (const a of [
      'plan.tasks.create',
      'plan.tasks.update',
      'plan.tasks.indent',
      'plan.tasks.outdent',
      'plan.tasks.move',
      'plan.tasks.delete',
    ]) {
      expect(actions).toContain(a);
    }
  });
});
