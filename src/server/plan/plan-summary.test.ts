import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/**
 * The plan summary the project page shows: plan, charter and first-baseline finish side by side,
 * duration-weighted progress and the next milestones not yet reached.
 */
const id = (n: number) => `0190b100-0000-7000-8000-${String(n).padStart(12, '0')}`;
const [A, M1, B, M2, C, M3, M4] = [1, 2, 3, 4, 5, 6, 7].map(id);
const DAY = 480;

describe.each(TEST_DIALECTS)('plan summary on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let projectId: string;
  let version: number;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    const project = await pm.post('/api/projects', {
      name: 'Summary API',
      plannedStart: '2030-01-07',
      plannedFinish: '2030-03-29',
    });
    projectId = project.body.id;
    version = (await pm.get(url('/tasks'))).body.plan.version;
  });
  afterAll(() => server?.close());

  const url = (p: string) => `/api/projects/${projectId}${p}`;
  async function write(method: 'post' | 'patch', path: string, body: Record<string, unknown>) {
    const res = await pm[method](url(path), { version, ...body });
    expect(res.status).toBe(200);
    version = res.body.plan.version;
  }

  it('says there is no plan yet for a project without tasks, and still shows the charter', async () => {
    const res = await pm.get(url('/plan/summary'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      taskCount: 0,
      planFinish: null,
      charterStart: '2030-01-07',
      charterFinish: '2030-03-29',
      charterFinishDifferenceDays: null,
      nextMilestones: [],
    });
  });

  it('sets the plan finish against the charter, weights progress by duration and lists the next three milestones', async () => {
    await write('post', '/tasks', {
      tasks: [
        { id: A, name: 'Dig', durationMinutes: 5 * DAY },
        { id: M1, name: 'Ground ready', milestone: true },
        { id: B, name: 'Pour', durationMinutes: 5 * DAY },
        { id: M2, name: 'Slab done', milestone: true },
        { id: C, name: 'Frame', durationMinutes: 5 * DAY },
        { id: M3, name: 'Frame done', milestone: true },
        { id: M4, name: 'Handover', milestone: true },
      ],
      links: [A, M1, B, M2, C, M3, M4]
        .slice(1)
        .map((s, i) => ({ predecessorId: [A, M1, B, M2, C, M3][i], successorId: s })),
    });
    await write('patch', '/tasks', {
      tasks: [
        { id: A, percentComplete: 100 },
        { id: M1, percentComplete: 100 },
        { id: B, percentComplete: 50 },
      ],
    });
    const res = await pm.get(url('/plan/summary'));
    expect(res.body).toMatchObject({
      taskCount: 7,
      planStart: '2030-01-07T08:00',
      planFinish: '2030-01-25T17:00',
      // The charter promised late March; the plan finishes nine weeks earlier.
      charterFinishDifferenceDays: -63,
      baseline: null,
      finishVarianceWorkingDays: null,
      // Dig done (5d), Pour half (5d), Frame not started (5d); milestones weigh nothing.
      percentComplete: 50,
    });
    expect(res.body.nextMilestones.map((m: { name: string }) => m.name)).toEqual([
      'Slab done',
      'Frame done',
      'Handover',
    ]);
    expect(res.body.nextMilestones[0]).toMatchObject({ wbs: '4', date: '2030-01-18T17:00', baselineDate: null });
  });

  it('measures the finish against the first baseline in working days', async () => {
    expect((await pm.post(url('/baselines'), { name: 'Agreed' })).status).toBe(201);
    expect((await pm.post(url('/baselines'), { name: 'Later re-plan' })).status).toBe(201);
    await write('patch', '/tasks', { tasks: [{ id: C, durationMinutes: 7 * DAY }] });
    const res = await pm.get(url('/plan/summary'));
    expect(res.body).toMatchObject({
      planFinish: '2030-01-29T17:00',
      baseline: { number: 0, name: 'Agreed', finish: '2030-01-25T17:00' },
      finishVarianceWorkingDays: 2,
    });
    expect(res.body.nextMilestones[1]).toMatchObject({
      name: 'Frame done',
      date: '2030-01-29T17:00',
      baselineDate: '2030-01-25T17:00',
    });
  });

  it('hides the project from a manager who has no part in it', async () => {
    const other = await server.login('aiko@demo.gantry.local');
    expect((await other.get(url('/plan/summary'))).status).toBe(404);
  });
});
