import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { importForm } from '../test-support/import-plan.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../test-support/server.js';

/**
 * Refused writes leave nothing behind and say why with a 4xx: a manager named by a project
 * manager, an id taken in another project, a date that is not on the calendar.
 */
describe.each(TEST_DIALECTS)('write integrity on %s', (dialect) => {
  let server: TestServer;
  let admin: TestClient;
  let pmo: TestClient;
  let marco: TestClient;
  let aiko: TestClient;
  const userId: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    admin = await server.login(TEST_ADMIN.email, TEST_ADMIN.password);
    pmo = await server.login('pmo@demo.gantry.local');
    marco = await server.login('marco@demo.gantry.local');
    aiko = await server.login('aiko@demo.gantry.local');
    for (const u of (await admin.get('/api/users?pageSize=100')).body.items) userId[u.email.split('@')[0]] = u.id;
  });
  afterAll(() => server?.close());

  /** A Gantry plan file upload; `task` is merged into its one task. */
  function planUpload(task: Record<string, unknown> = {}, fields: Record<string, string> = {}) {
    const plan = {
      format: 'gantry-plan',
      version: 1,
      projectStart: '2030-01-07T08:00',
      defaultCalendar: 'std',
      calendars: [{ id: 'std', week: { monday: ['08:00-12:00', '13:00-17:00'] } }],
      tasks: [{ id: 'a', name: 'A', duration: '1d', ...task }],
    };
    return importForm('plan.json', JSON.stringify(plan), fields);
  }
  const projectCount = async () => (await admin.get('/api/projects?pageSize=1')).body.total as number;

  it('lets a project manager create only projects they manage, on create and import', async () => {
    const before = await projectCount();
    for (const managerId of [userId.aiko, null]) {
      const res = await marco.post('/api/projects', { name: 'For someone else', managerId });
      expect(res.status).toBe(403);
      expect(res.body.error.details.issues[0].path).toBe('managerId');
    }
    const other = planUpload({}, { managerId: userId.aiko as string });
    expect((await marco.upload('/api/projects/import', other)).status).toBe(403);
    expect(await projectCount()).toBe(before);

    const own = await marco.post('/api/projects', { name: 'Mine', managerId: userId.marco });
    expect(own.status).toBe(201);
    expect(own.body.managerId).toBe(userId.marco);
    const named = await pmo.post('/api/projects', { name: 'For Aiko', managerId: userId.aiko });
    expect(named.status).toBe(201);
    expect((await aiko.get(`/api/projects/${named.body.id}`)).status).toBe(200);
    expect((await pmo.post('/api/projects', { name: 'x', managerId: userId.lena })).status).toBe(400);

    // Nor hand one over by editing it: that too would commit, then answer the former manager 404.
    for (const managerId of [userId.aiko, null]) {
      const res = await marco.patch(`/api/projects/${own.body.id}`, { version: 1, managerId });
      expect(res.status).toBe(403);
      expect(res.body.error.details.issues[0].path).toBe('managerId');
    }
    expect((await marco.get(`/api/projects/${own.body.id}`)).body).toMatchObject({
      managerId: userId.marco,
      version: 1,
    });
    expect((await pmo.patch(`/api/projects/${own.body.id}`, { version: 1, managerId: userId.aiko })).status).toBe(200);
  });

  it('answers 409 for a task or link id already used in another project, naming nothing of it', async () => {
    const secret = (await aiko.post('/api/projects', { name: 'Secret merger', plannedStart: '2030-01-07' })).body;
    const taskIds = ['0190b000-0000-7000-8000-000000000001', '0190b000-0000-7000-8000-000000000002'];
    const linkId = '0190b000-0000-7000-8000-0000000000aa';
    const seeded = await aiko.post(`/api/projects/${secret.id}/tasks`, {
      version: 1,
      tasks: taskIds.map((id, i) => ({ id, name: `Secret ${i}` })),
      links: [{ id: linkId, predecessorId: taskIds[0], successorId: taskIds[1], type: 'FS' }],
    });
    expect(seeded.status).toBe(200);

    const mine = (await marco.post('/api/projects', { name: 'Mine too', plannedStart: '2030-01-07' })).body;
    const url = `/api/projects/${mine.id}`;
    const taken = await marco.post(`${url}/tasks`, { version: 1, tasks: [{ id: taskIds[0], name: 'Clash' }] });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('conflict');
    expect(JSON.stringify(taken.body)).not.toMatch(/Secret|merger|PRJ-|0190b000/);

    const own = ['0190c000-0000-7000-8000-000000000001', '0190c000-0000-7000-8000-000000000002'];
    const created = await marco.post(`${url}/tasks`, { version: 1, tasks: own.map((id) => ({ id, name: id })) });
    expect(created.status).toBe(200);
    const link = await marco.post(`${url}/links`, {
      version: created.body.plan.version,
      links: [{ id: linkId, predecessorId: own[0], successorId: own[1], type: 'FS' }],
    });
    expect(link.status).toBe(409);
    expect(JSON.stringify(link.body)).not.toMatch(/Secret|merger|PRJ-|0190b000/);
    const plan = (await marco.get(`${url}/tasks`)).body;
    expect(plan.plan.version).toBe(created.body.plan.version);
    expect(plan.tasks.map((t: any) => t.id)).toEqual(own);
  });

  it('refuses versions and durations past the 32-bit integer columns with 400, on PostgreSQL too', async () => {
    const p = (await marco.post('/api/projects', { name: 'Big numbers' })).body;
    const url = `/api/projects/${p.id}`;
    const viaHeader = await marco.patch(url, { name: 'x' }, { 'If-Match': '99999999999999999999' });
    expect(viaHeader.status).toBe(400);
    expect(viaHeader.body.error.details.issues[0].path).toBe('If-Match');
    expect((await marco.patch(url, { name: 'x', version: 2 ** 31 })).status).toBe(400);
    const tasks = await marco.post(`${url}/tasks`, {
      version: 1,
      tasks: [{ name: 'x', remainingDurationMinutes: 2 ** 31 }],
    });
    expect(tasks.status).toBe(400);
    expect(tasks.body.error.details.issues[0].path).toBe('tasks.0.remainingDurationMinutes');
  });

  it('names taskIds when an outline edit is impossible', async () => {
    const p = (await marco.post('/api/projects', { name: 'Outline' })).body;
    const id = '0190e000-0000-7000-8000-000000000001';
    const url = `/api/projects/${p.id}/tasks`;
    expect((await marco.post(url, { version: 1, tasks: [{ id, name: 'Top' }] })).status).toBe(200);
    for (const verb of ['outdent', 'indent']) {
      const res = await marco.post(`${url}/${verb}`, { version: 2, taskIds: [id] });
      expect(res.status, verb).toBe(400);
      expect(res.body.error.details.issues[0].path).toBe('taskIds');
    }
  });

  it('answers a write to no route with the error envelope', async () => {
    const res = await marco.post('/api/projects/../tasks/outdent', { version: 1 });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('refuses impossible calendar dates with 400 naming the field, and keeps the stored value', async () => {
    const p = (await marco.post('/api/projects', { name: 'Dates', plannedStart: '2030-01-07' })).body;
    const url = `/api/projects/${p.id}`;
    const taskId = '0190d000-0000-7000-8000-000000000001';
    const set = await marco.post(`${url}/tasks`, {
      version: 1,
      tasks: [{ id: taskId, name: 'Dated', deadline: '2030-02-28T17:00', actualStart: '2030-01-07T08:00' }],
    });
    expect(set.status).toBe(200);
    const version = set.body.plan.version;
    for (const [field, value] of [
      ['deadline', '2027-02-30T17:00'],
      ['actualStart', '2026-13-01T08:00'],
      ['constraintDate', '2026-04-31T08:00'],
      // Past the engine's 400-year calendar span: refused here, not as a 400 that names no field.
      ['constraintDate', '9999-12-31T23:59'],
      ['actualStart', '0001-01-01T08:00'],
    ] as const) {
      const res = await marco.patch(`${url}/tasks/${taskId}`, { version, [field]: value });
      expect(res.status, `${field} ${value}`).toBe(400);
      expect(res.body.error.details.issues.map((i: any) => i.path)).toContain(field);
    }
    const badStart = await marco.patch(`${url}/schedule`, { version, projectStart: '2030-02-29T08:00' });
    expect(badStart.status).toBe(400);
    const after = (await marco.get(`${url}/tasks`)).body;
    expect(after.plan.version).toBe(version);
    expect(after.tasks[0]).toMatchObject({ deadline: '2030-02-28T17:00', actualStart: '2030-01-07T08:00' });

    expect((await marco.upload('/api/projects/import', planUpload())).status).toBe(201);
    const imported = await marco.upload('/api/projects/import', planUpload({ deadline: '2031-02-29T17:00' }));
    expect(imported.status).toBe(400);
    expect(JSON.stringify(imported.body.error.details)).toMatch(/deadline/);

    const cal = await pmo.post('/api/calendars', {
      name: 'Impossible holiday',
      week: { monday: ['08:00-12:00'] },
      exceptions: [{ name: 'x', from: '2030-02-30', to: '2030-02-30' }],
    });
    expect(cal.status).toBe(400);
    expect(cal.body.error.details.issues[0].path).toBe('exceptions[0].from');
  });
});
