import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/**
 * Portfolio milestones on a real server and database: every milestone of every project the caller
 * may read, with its slip against the project's first baseline, filtered by portfolio, project
 * state, status and date. The demo organisation's own projects (2025-2027) are around too.
 */
const id = (n: number) => `0190d000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const [PHASE, DESIGN, APPROVED, BUILD, GO_LIVE, KICK_OFF, WORK] = [1, 2, 3, 4, 5, 6, 7].map(id);
const DAY = 480;
const WINDOW = 'from=2030-01-01&to=2030-12-31';

describe.each(TEST_DIALECTS)('portfolio milestones on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let pm: TestClient;
  let team: TestClient;
  let stakeholder: TestClient;
  let a: { id: string; code: string; portfolioId: string };
  let b: { id: string; code: string; portfolioId: string };

  async function plan(client: TestClient, projectId: string, body: Record<string, unknown>, path = '/tasks') {
    const version = (await client.get(`/api/projects/${projectId}/tasks`)).body.plan.version;
    const method = path.startsWith('/tasks/') ? 'patch' : 'post';
    const res = await client[method](`/api/projects/${projectId}${path}`, { version, ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    stakeholder = await server.login('olivia@demo.gantry.local');
    const aiko = await server.login('aiko@demo.gantry.local');
    const idOf = async (c: TestClient) => (await c.get('/api/me')).body.user.id;
    const [p0, p1] = (await pmo.get('/api/portfolios')).body.items
      .sort((x: any, y: any) => x.name.localeCompare(y.name))
      .map((p: any) => p.id);
    const project = async (name: string, manager: TestClient, portfolioId: string, plannedStart: string) =>
      (await pmo.post('/api/projects', { name, managerId: await idOf(manager), portfolioId, plannedStart })).body;
    a = await project('Milestones A', pm, p0, '2030-01-07');
    b = await project('Milestones B', aiko, p1, '2030-01-09');
    await pmo.put(`/api/projects/${a.id}/members/${await idOf(stakeholder)}`, { relation: 'stakeholder' });
    await pmo.post(`/api/projects/${a.id}/transitions`, { to: 'approved', version: 1 });

    await plan(pm, a.id, {
      tasks: [
        { id: PHASE, name: 'Phase' },
        { id: DESIGN, name: 'Design', parentId: PHASE, durationMinutes: 2 * DAY },
        { id: APPROVED, name: 'Design approved', parentId: PHASE, milestone: true },
        { id: BUILD, name: 'Build', parentId: PHASE, durationMinutes: 3 * DAY },
        { id: GO_LIVE, name: 'Go live', parentId: PHASE, milestone: true },
      ],
      links: [
        { predecessorId: DESIGN, successorId: APPROVED },
        { predecessorId: APPROVED, successorId: BUILD },
        { predecessorId: BUILD, successorId: GO_LIVE },
      ],
    });
    expect((await pm.post(`/api/projects/${a.id}/baselines`, { name: 'Agreed' })).status).toBe(201);
    await plan(pm, a.id, { durationMinutes: 4 * DAY }, `/tasks/${BUILD}`);
    await plan(pm, a.id, { actualStart: '2030-01-08T17:00', actualFinish: '2030-01-08T17:00' }, `/tasks/${APPROVED}`);
    // A later baseline holds the slipped date; the slip is still measured against the first.
    expect((await pm.post(`/api/projects/${a.id}/baselines`, { name: 'Re-planned' })).status).toBe(201);
    await plan(aiko, b.id, {
      tasks: [
        { id: KICK_OFF, name: 'Kick-off', milestone: true },
        { id: WORK, name: 'Work', durationMinutes: DAY },
      ],
      links: [{ predecessorId: KICK_OFF, successorId: WORK }],
    });
  });
  afterAll(() => server?.close());

  const mine = (items: any[]) => items.filter((m) => m.projectId === a.id || m.projectId === b.id);

  it('lists the milestones of every project by date, with slip against the first baseline', async () => {
    const res = await pmo.get(`/api/milestones?${WINDOW}`);
    expect(res.status).toBe(200);
    expect(res.body.projectCount).toBe(2);
    expect(res.body.items.map((m: any) => `${m.projectCode} ${m.wbs} ${m.name} ${m.status}`)).toEqual([
      `${a.code} 1.2 Design approved done`,
      `${b.code} 1 Kick-off no_baseline`,
      `${a.code} 1.4 Go live slipped`,
    ]);
    expect(res.body.items[2]).toMatchObject({
      projectName: 'Milestones A',
      projectState: 'approved',
      portfolioName: 'Digital Transformation',
      date: '2030-01-14T17:00',
      baselineDate: '2030-01-11T17:00',
      slipMinutes: DAY,
      critical: true,
    });
    expect(res.body.items[1]).toMatchObject({ date: '2030-01-09T08:00', baselineDate: null, slipMinutes: null });
  });

  it('filters by portfolio, project state, status and date', async () => {
    const byPortfolio = (await pmo.get(`/api/milestones?portfolioId=${a.portfolioId}`)).body.items;
    expect(byPortfolio.every((m: any) => m.portfolioId === a.portfolioId)).toBe(true);
    expect(mine(byPortfolio).map((m: any) => m.name)).toEqual(['Design approved', 'Go live']);

    const approved = (await pmo.get('/api/milestones?state=approved')).body.items;
    expect(approved.every((m: any) => m.projectState === 'approved')).toBe(true);
    expect(mine(approved)).toHaveLength(2);
    expect(mine((await pmo.get('/api/milestones?state=approved,proposed')).body.items)).toHaveLength(3);

    const slipped = (await pmo.get('/api/milestones?status=slipped')).body.items;
    expect(slipped.every((m: any) => m.status === 'slipped')).toBe(true);
    expect(mine(slipped).map((m: any) => m.name)).toEqual(['Go live']);
    const open = (await pmo.get(`/api/milestones?status=no_baseline,on_track&${WINDOW}`)).body.items;
    expect(open.map((m: any) => m.name)).toEqual(['Kick-off']);

    const window = (await pmo.get('/api/milestones?from=2030-01-09&to=2030-01-09')).body.items;
    expect(window.map((m: any) => m.name)).toEqual(['Kick-off']);
    const backwards = await pmo.get('/api/milestones?from=2030-02-01&to=2030-01-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details.issues[0].path).toBe('to');
    const unknown = await pmo.get('/api/milestones?status=late');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.issues[0].path).toMatch(/^status/);
  });

  it('shows each person only the projects they manage or follow', async () => {
    const forPm = (await pm.get(`/api/milestones?${WINDOW}`)).body;
    expect(forPm.items.map((m: any) => m.name)).toEqual(['Design approved', 'Go live']);

    const forStakeholder = (await stakeholder.get('/api/milestones')).body.items;
    expect(mine(forStakeholder).map((m: any) => m.projectId)).toEqual([a.id, a.id]);
    const followed = new Set(
      (await stakeholder.get('/api/projects?pageSize=200')).body.items.map((p: any) => p.id as string),
    );
    expect(forStakeholder.every((m: any) => followed.has(m.projectId))).toBe(true);
    expect(forStakeholder.length).toBeGreaterThan(2);

    expect(mine((await team.get('/api/milestones')).body.items)).toEqual([]);
    expect((await server.anonymous().get('/api/milestones')).status).toBe(401);
  });
});
