import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../../test-support/server.js';

/**
 * Baselines on a real server and database: saving copies the schedule without touching the plan,
 * numbers 0-10 are handed out and protected, and the comparison measures slips in working minutes.
 */
const id = (n: number) => `0190b000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const [BUILD, DESIGN, CODE, TEST, SHIP, DOCS, REVIEW] = [1, 2, 3, 4, 5, 6, 7].map(id);
const DAY = 480;

describe.each(TEST_DIALECTS)('baselines on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let team: TestClient;
  let stakeholder: TestClient;
  let otherPm: TestClient;
  let projectId: string;
  let version: number;
  let first: any;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    stakeholder = await server.login('olivia@demo.gantry.local');
    otherPm = await server.login('aiko@demo.gantry.local');
    projectId = (await pm.post('/api/projects', { name: 'Baseline API', plannedStart: '2030-01-07' })).body.id;
    for (const [client, relation] of [
      [team, 'team_member'],
      [stakeholder, 'stakeholder'],
    ] as const) {
      const userId = (await client.get('/api/me')).body.user.id;
      await pm.put(`/api/projects/${projectId}/members/${userId}`, { relation });
    }
    version = (await pm.get(url('/tasks'))).body.plan.version;
    const res = await write('post', '/tasks', {
      tasks: [
        { id: BUILD, name: 'Build' },
        { id: DESIGN, name: 'Design', parentId: BUILD, durationMinutes: 2 * DAY },
        { id: CODE, name: 'Code', parentId: BUILD, durationMinutes: 3 * DAY },
        { id: TEST, name: 'Test', parentId: BUILD, durationMinutes: DAY },
        { id: SHIP, name: 'Ship', milestone: true },
        { id: DOCS, name: 'Docs', durationMinutes: DAY },
      ],
      links: [
        { predecessorId: DESIGN, successorId: CODE },
        { predecessorId: CODE, successorId: TEST },
        { predecessorId: TEST, successorId: SHIP },
      ],
    });
    expect(res.status).toBe(200);
  });
  afterAll(() => server?.close());

  const url = (p: string) => `/api/projects/${projectId}${p}`;
  async function write(method: 'post' | 'patch', path: string, body: Record<string, unknown>) {
    const res = await pm[method](url(path), { version, ...body });
    if (res.status === 200) version = res.body.plan.version;
    return res;
  }

  it('saves the schedule as baseline 0 without changing the plan version', async () => {
    const res = await pm.post(url('/baselines'), { name: 'Approved plan' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      number: 0,
      name: 'Approved plan',
      projectStart: '2030-01-07T08:00',
      projectFinish: '2030-01-14T17:00',
      taskCount: 6,
      savedByName: 'Marco Rossi',
    });
    first = res.body;
    expect((await pm.get(url('/tasks'))).body.plan.version).toBe(version);
  });

  it('hands out the lowest free number and protects saved ones unless replace is sent', async () => {
    const second = await pm.post(url('/baselines'), { name: 'Second' });
    expect(second.body.number).toBe(1);
    const taken = await pm.post(url('/baselines'), { name: 'Again', number: 1 });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toMatch(/^number: baseline 1 \("Second"\) already exists/);
    const replaced = await pm.post(url('/baselines'), { name: 'Second, revised', number: 1, replace: true });
    expect(replaced.status).toBe(201);
    expect(replaced.body).toMatchObject({ id: second.body.id, number: 1, name: 'Second, revised', taskCount: 6 });
    const list = await stakeholder.get(url('/baselines'));
    expect(list.status).toBe(200);
    expect(list.body.items.map((b: any) => `${b.number} ${b.name}`)).toEqual(['0 Approved plan', '1 Second, revised']);
  });

  it('keeps at most 11 baselines, and deletes one', async () => {
    for (let n = 2; n <= 10; n++) expect((await pm.post(url('/baselines'), { name: `B${n}` })).body.number).toBe(n);
    const full = await pm.post(url('/baselines'), { name: 'Twelfth' });
    expect(full.status).toBe(409);
    expect(full.body.error.message).toMatch(/all 11 baselines/);
    const five = (await pm.get(url('/baselines'))).body.items.find((b: any) => b.number === 5);
    expect((await pm.delete(url(`/baselines/${five.id}`))).status).toBe(204);
    expect((await pm.delete(url(`/baselines/${five.id}`))).status).toBe(404);
    expect((await pm.post(url('/baselines'), { name: 'Refill' })).body.number).toBe(5);
  });

  it('lets only those who edit the plan save or delete, and readers list and compare', async () => {
    expect((await team.post(url('/baselines'), { name: 'Team' })).status).toBe(403);
    expect((await stakeholder.delete(url(`/baselines/${first.id}`))).status).toBe(403);
    expect((await otherPm.get(url('/baselines'))).status).toBe(404);
    expect((await otherPm.get(url(`/baselines/${first.id}/comparison`))).status).toBe(404);
    expect((await team.get(url(`/baselines/${first.id}/comparison`))).status).toBe(200);
    const bad = await pm.post(url('/baselines'), { name: ' ', number: 11 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues.map((i: any) => i.path).sort()).toEqual(['name', 'number']);
  });

  it('compares an unchanged plan as unchanged, with zero variances', async () => {
    const res = await pm.get(url(`/baselines/${first.id}/comparison`));
    expect(res.status).toBe(200);
    expect(res.body.tasks.map((t: any) => `${t.wbs} ${t.name} ${t.status}`)).toEqual([
      '1 Build unchanged',
      '1.1 Design unchanged',
      '1.2 Code unchanged',
      '1.3 Test unchanged',
      '2 Ship unchanged',
      '3 Docs unchanged',
    ]);
    expect(res.body.tasks[0]).toMatchObject({ baselineDurationMinutes: 6 * DAY, durationMinutes: 6 * DAY });
    expect(res.body.project).toMatchObject({ finishVarianceMinutes: 0, durationVarianceMinutes: 0 });
  });

  it('measures a task lengthened by two days, its successors, its summary and the project in working minutes', async () => {
    expect((await write('patch', `/tasks/${DESIGN}`, { durationMinutes: 4 * DAY })).status).toBe(200);
    expect((await write('post', '/tasks/delete', { taskIds: [DOCS] })).status).toBe(200);
    expect(
      (await write('post', '/tasks', { tasks: [{ id: REVIEW, name: 'Review', durationMinutes: DAY }] })).status,
    ).toBe(200);
    const res = await pm.get(url(`/baselines/${first.id}/comparison`));
    const byName = Object.fromEntries(res.body.tasks.map((t: any) => [t.name, t]));
    expect(byName.Design).toMatchObject({
      status: 'changed',
      startVarianceMinutes: 0,
      finishVarianceMinutes: 2 * DAY,
      durationVarianceMinutes: 2 * DAY,
      baselineFinish: '2030-01-08T17:00',
      finish: '2030-01-10T17:00',
    });
    for (const name of ['Code', 'Test', 'Ship']) {
      expect(byName[name]).toMatchObject({
        status: 'changed',
        startVarianceMinutes: 2 * DAY,
        finishVarianceMinutes: 2 * DAY,
        durationVarianceMinutes: 0,
      });
    }
    expect(byName.Build).toMatchObject({ finishVarianceMinutes: 2 * DAY, durationVarianceMinutes: 2 * DAY });
    expect(res.body.project).toMatchObject({
      baselineFinish: '2030-01-14T17:00',
      finish: '2030-01-16T17:00',
      startVarianceMinutes: 0,
      finishVarianceMinutes: 2 * DAY,
      durationVarianceMinutes: 2 * DAY,
    });
    expect(byName.Review).toMatchObject({ status: 'added', row: 6, baselineStart: null, finishVarianceMinutes: null });
    expect(res.body.tasks.at(-1)).toMatchObject({
      taskId: DOCS,
      name: 'Docs',
      status: 'removed',
      row: null,
      wbs: '3',
      baselineDurationMinutes: DAY,
      start: null,
    });
  });

  it('copies a 10,000-task plan whole', async () => {
    const big = (await pm.post('/api/projects', { name: 'Big plan', plannedStart: '2030-01-07' })).body.id;
    const plan = (await pm.get(`/api/projects/${big}/tasks`)).body.plan;
    const tasks = Array.from({ length: 10_000 }, (_, i) => ({ name: `T${i}`, durationMinutes: 60 + (i % 7) * 30 }));
    expect((await pm.post(`/api/projects/${big}/tasks`, { version: plan.version, tasks })).status).toBe(200);
    const saved = await pm.post(`/api/projects/${big}/baselines`, { name: 'All of it' });
    expect(saved.status).toBe(201);
    expect(saved.body.taskCount).toBe(10_000);
    const compared = await pm.get(`/api/projects/${big}/baselines/${saved.body.id}/comparison`);
    expect(compared.body.tasks).toHaveLength(10_000);
    expect(compared.body.tasks.every((t: any) => t.status === 'unchanged')).toBe(true);
    expect(compared.body.tasks[9_999]).toMatchObject({ wbs: '10000', baselineDurationMinutes: 60 + (9_999 % 7) * 30 });
  });

  it('audits saving, replacing and deleting', async () => {
    const admin = await server.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const audit = await admin.get('/api/audit?entityType=baseline&pageSize=100');
    const mine = audit.body.items.filter((e: any) => e.changes.number || e.changes.name);
    const actions = mine.map((e: any) => e.action);
    expect(actions.filter((a: string) => a === 'baseline.delete')).toHaveLength(1);
    expect(actions.filter((a: string) => a === 'baseline.save').length).toBeGreaterThanOrEqual(13);
    const replace = audit.body.items.find((e: any) => e.changes.name?.after === 'Second, revised');
    expect(replace.changes.name.before).toBe('Second');
  });
});
