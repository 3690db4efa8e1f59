import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/**
 * GET /api/projects/{id}/schedule-quality on a real server and database: the DCMA checks of a
 * stored plan, measured against the project's first baseline and the plan's status date.
 */
const id = (n: number) => `0190d000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const [DESIGN, BUILD, GO_LIVE, ORPHAN] = [1, 2, 3, 4].map(id);
const DAY = 480;

describe.each(TEST_DIALECTS)('schedule quality on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let pm: TestClient;
  let otherPm: TestClient;
  let projectId: string;

  async function write(path: string, body: Record<string, unknown>, method: 'post' | 'patch' = 'post') {
    const version = (await pm.get(`/api/projects/${projectId}/tasks`)).body.plan.version;
    const res = await pm[method](`/api/projects/${projectId}${path}`, { version, ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
    otherPm = await server.login('aiko@demo.gantry.local');
    const managerId = (await pm.get('/api/me')).body.user.id;
    projectId = (await pmo.post('/api/projects', { name: 'Quality', managerId, plannedStart: '2030-01-07' })).body.id;
    await write('/tasks', {
      tasks: [
        { id: DESIGN, name: 'Design', durationMinutes: 2 * DAY },
        { id: BUILD, name: 'Build', durationMinutes: 3 * DAY },
        { id: GO_LIVE, name: 'Go live', milestone: true },
        { id: ORPHAN, name: 'Orphan', durationMinutes: DAY },
      ],
      links: [
        { predecessorId: DESIGN, successorId: BUILD },
        { predecessorId: BUILD, successorId: GO_LIVE },
      ],
    });
    expect((await pm.post(`/api/projects/${projectId}/baselines`, { name: 'Agreed' })).status).toBe(201);
    // Design finishes a day after its baseline finish (2030-01-08 17:00).
    await write(`/tasks/${DESIGN}`, { actualStart: '2030-01-07T08:00', actualFinish: '2030-01-09T17:00' }, 'patch');
    await write('/schedule', { statusDate: '2030-01-10T08:00' }, 'patch');
  });
  afterAll(() => server?.close());

  it('answers the 14 checks, measured against the first baseline and the status date', async () => {
    const res = await pm.get(`/api/projects/${projectId}/schedule-quality`);
    expect(res.status).toBe(200);
    const checks = res.body.checks as any[];
    expect(checks.map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const byKey = Object.fromEntries(checks.map((c) => [c.key, c]));
    // Open tasks: Build (linked both ways) and Orphan (no links); Design is done, Go live a milestone.
    expect(byKey.logic).toMatchObject({ count: 1, total: 2, value: 50, pass: false, taskIds: [ORPHAN] });
    // Design and Orphan were due by their baseline finish: Design finished a day late, Orphan not at all.
    expect(byKey.missedTasks).toMatchObject({ count: 2, total: 2, value: 100, pass: false, taskIds: [DESIGN, ORPHAN] });
    expect(byKey.bei).toMatchObject({ count: 1, total: 2, value: 0.5, pass: false, taskIds: [ORPHAN] });
    // Orphan is not started yet forecast to start before the status date (MS Project leaves it there).
    expect(byKey.invalidDates).toMatchObject({ pass: false, taskIds: [ORPHAN] });
    expect(byKey.resources).toMatchObject({ pass: null, value: null });
    expect(byKey.criticalPathTest).toMatchObject({ pass: true, taskIds: [BUILD] });
  });

  it('is readable by the PMO, and a project the caller cannot read is a 404', async () => {
    expect((await pmo.get(`/api/projects/${projectId}/schedule-quality`)).status).toBe(200);
    expect((await otherPm.get(`/api/projects/${projectId}/schedule-quality`)).status).toBe(404);
    expect((await pm.get(`/api/projects/${id(99)}/schedule-quality`)).status).toBe(404);
  });
});
