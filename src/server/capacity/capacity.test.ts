import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignmentRow, resourceRow, seedCapacity } from '../../test-support/capacity-fixture.js';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../../test-support/server.js';

/*
 * GET /api/capacity and /api/capacity/cell on a real server: one person full time on the Standard
 * week with a day of leave, two overlapping tasks on an executing project (over-allocated that
 * week), and a proposed project's task counted at half its work; who may see what.
 */
describe.each(TEST_DIALECTS)('capacity on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let marco: TestClient;
  let aiko: TestClient;
  let lena: TestClient;
  let admin: TestClient;
  let projectA: string;
  let projectB: string;
  const id = (n: number) => `0190f000-0000-7000-8000-${String(n).padStart(12, '0')}`;
  const ANN = id(901);
  const DEV = id(902);
  const CONCRETE = id(903);
  const BEN = id(904);

  async function planWith(
    client: TestClient,
    name: string,
    tasks: { id: string; name: string; days: number }[],
    links: { id: string; predecessorId: string; successorId: string }[] = [],
  ) {
    const project = (await client.post('/api/projects', { name })).body.id as string;
    const version = (await client.get(`/api/projects/${project}/tasks`)).body.plan.version as number;
    const res = await client.post(`/api/projects/${project}/plan/ops`, {
      version,
      label: 'set up',
      ops: [
        { op: 'updatePlan', fields: { projectStart: '2026-03-09T08:00', statusDate: '2026-03-02T08:00' } },
        {
          op: 'insertTasks',
          tasks: tasks.map((t) => ({ id: t.id, name: t.name, durationMinutes: t.days * 480 })),
          links,
        },
      ],
    });
    expect(res.status).toBe(200);
    return project;
  }

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    admin = await server.login(TEST_ADMIN.email);
    pmo = await server.login('pmo@demo.gantry.local');
    marco = await server.login('marco@demo.gantry.local');
    aiko = await server.login('aiko@demo.gantry.local');
    lena = await server.login('lena@demo.gantry.local');
    projectA = await planWith(marco, 'Capacity A', [
      { id: id(1), name: 'Build API', days: 5 },
      { id: id(2), name: 'Write docs', days: 5 },
    ]);
    // A's tasks run Monday 9 – Friday 13 March 2026 side by side; B's review is the week of 23 March.
    projectB = await planWith(
      aiko,
      'Capacity B',
      [
        { id: id(11), name: 'Wait', days: 10 },
        { id: id(12), name: 'Proposal review', days: 5 },
      ],
      [{ id: id(21), predecessorId: id(11), successorId: id(12) }],
    );
    const db = server.gantry.ctx.store.db;
    await db.updateTable('projects').set({ state: 'executing' }).where('id', '=', projectA).execute();
    await db.updateTable('projects').set({ state: 'proposed' }).where('id', '=', projectB).execute();
    // The demo organisation comes with a small pool; these figures are for this test's own pool.
    await db.deleteFrom('resources').execute();
    await seedCapacity(
      server.gantry.ctx.store,
      [
        resourceRow({ id: DEV, code: 'DEV', name: 'Developer', kind: 'role' }),
        resourceRow({
          id: ANN,
          code: 'ANN',
          name: 'Ann Archer',
          role_id: DEV,
          department: 'Engineering',
          skills: JSON.stringify([{ skill: 'TypeScript', level: 4 }]),
          exceptions: JSON.stringify([{ name: 'Leave', from: '2026-03-11', to: '2026-03-11', working: [] }]),
        }),
        resourceRow({ id: BEN, code: 'BEN', name: 'Ben Boyd', role_id: DEV, department: 'Engineering' }),
        resourceRow({ id: CONCRETE, code: 'CON', name: 'Concrete', kind: 'material' }),
      ],
      [
        assignmentRow({ id: id(101), project_id: projectA, task_id: id(1), resource_id: ANN, work_minutes: 2400 }),
        assignmentRow({ id: id(102), project_id: projectA, task_id: id(2), resource_id: ANN, work_minutes: 2400 }),
        assignmentRow({ id: id(103), project_id: projectA, task_id: id(2), resource_id: CONCRETE, work_minutes: 100 }),
        assignmentRow({ id: id(111), project_id: projectB, task_id: id(12), resource_id: ANN, work_minutes: 2400 }),
        assignmentRow({ id: id(112), project_id: projectB, task_id: id(12), resource_id: DEV, work_minutes: 960 }),
      ],
    );
  });
  afterAll(() => server?.close());

  const view = '/api/capacity?unit=week&from=2026-03-09&to=2026-03-29';

  it('shows capacity net of leave, demand of both projects, and the over-allocated week', async () => {
    const res = await pmo.get(`${view}&groupBy=resource`);
    expect(res.status).toBe(200);
    expect(res.body.periods).toEqual([
      { start: '2026-03-09', end: '2026-03-15', label: '2026-W11' },
      { start: '2026-03-16', end: '2026-03-22', label: '2026-W12' },
      { start: '2026-03-23', end: '2026-03-29', label: '2026-W13' },
    ]);
    const byKey = new Map(res.body.rows.map((r: { key: string }) => [r.key, r]));
    // Material carries no time: no row.
    expect([...byKey.keys()].sort()).toEqual([ANN, BEN, DEV].sort());
    expect(byKey.get(ANN)).toMatchObject({
      name: 'Ann Archer',
      capacityMinutes: [1920, 2400, 2400],
      // The proposed project's 2,400 minutes count at the default 50 %.
      demandMinutes: [4800, 0, 1200],
      overallocated: [true, false, false],
    });
    expect(byKey.get(BEN)).toMatchObject({ demandMinutes: [0, 0, 0], overallocated: [false, false, false] });
  });

  it("groups by role: the generic role's own assignment is its unstaffed demand", async () => {
    const res = await pmo.get(`${view}&groupBy=role`);
    expect(res.body.rows).toHaveLength(1);
    expect(res.body.rows[0]).toMatchObject({
      key: DEV,
      name: 'Developer',
      capacityMinutes: [1920 + 2400, 4800, 4800],
      demandMinutes: [4800, 0, 1200 + 480],
      overallocated: [true, false, false],
      overallocatedResources: [1, 0, 0],
    });
    const skills = (await pmo.get(`${view}&groupBy=skill`)).body.rows.map((r: { name: string }) => r.name);
    expect(skills).toEqual(['TypeScript', 'No skill']);
  });

  it('lists the tasks behind an over-allocated cell, with their projects', async () => {
    const res = await pmo.get(`/api/capacity/cell?groupBy=resource&unit=week&key=${ANN}&period=2026-03-12`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      capacityMinutes: 1920,
      demandMinutes: 4800,
      overallocated: true,
      otherProjectsMinutes: 0,
    });
    expect(
      res.body.items.map((i: { taskName: string; projectName: string; minutes: number }) => [
        i.taskName,
        i.projectName,
        i.minutes,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['Build API', 'Capacity A', 2400],
        ['Write docs', 'Capacity A', 2400],
      ]),
    );
    const proposed = await pmo.get(`/api/capacity/cell?groupBy=resource&unit=week&key=${ANN}&period=2026-03-23`);
    expect(proposed.body.items).toEqual([
      expect.objectContaining({ taskName: 'Proposal review', minutes: 1200, weightPercent: 50 }),
    ]);
  });

  it("gives a manager their project's resources, loaded from every project, naming only their tasks", async () => {
    expect((await marco.get(view)).status).toBe(403);
    const res = await marco.get(`${view}&projectId=${projectA}`);
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { key: string }) => r.key)).toEqual([ANN]);
    expect(res.body.rows[0].demandMinutes).toEqual([4800, 0, 1200]);
    const other = await marco.get(`/api/capacity/cell?unit=week&key=${ANN}&period=2026-03-23&projectId=${projectA}`);
    expect(other.status).toBe(200);
    expect(other.body.items).toEqual([]);
    expect(other.body.otherProjectsMinutes).toBe(1200);
    // Another manager's project does not exist for Marco; a team member sees no capacity at all.
    expect((await marco.get(`${view}&projectId=${projectB}`)).status).toBe(404);
    expect((await lena.get(view)).status).toBe(403);
    expect((await lena.get(`${view}&projectId=${projectA}`)).status).toBe(404);
    expect((await admin.get(`${view}&projectId=${projectB}`)).status).toBe(200);
  });

  it('refuses a range it will not compute, naming the field', async () => {
    const far = await pmo.get('/api/capacity?unit=week&from=2026-01-05&to=2031-01-05');
    expect(far.status).toBe(400);
    expect(far.body.error.details.issues[0].path).toBe('to');
    const backwards = await pmo.get('/api/capacity?unit=day&from=2026-03-09&to=2026-03-01');
    expect(backwards.body.error.details.issues[0].path).toBe('to');
    expect((await pmo.get('/api/capacity?unit=fortnight')).status).toBe(400);
    expect((await pmo.get('/api/capacity?portfolioId=0190f000-0000-7000-8000-00000000dead')).status).toBe(404);
    expect((await pmo.get(`/api/capacity/cell?unit=week&key=nobody&period=2026-03-09`)).status).toBe(404);
  });
});
