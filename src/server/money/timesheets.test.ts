import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { addTestResources } from '../../test-support/resources.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/**
 * A team member's week from entry to approval to the plan's actuals (issue 12): Lena is assigned
 * to a five-day task (40 h planned) at 60.00 an hour; she books 8 h on Monday and Tuesday, saves,
 * submits; Marco (the project's manager) returns it once, she fixes it, he approves: the task has
 * started on Monday, 16 h of 40 h are done (40 %), the lines carry their cost, and the project's
 * actual cost at the status date counts them.
 */
const id = (n: number) => `0190d000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const [TASK, ASSIGNMENT, OTHER] = [1, 2, 3].map(id);
const WEEK = '2030-01-07';

describe.each(TEST_DIALECTS)('timesheets on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let team: TestClient;
  let stakeholder: TestClient;
  let projectId: string;
  const url = (p: string) => `/api/projects/${projectId}${p}`;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    stakeholder = await server.login('olivia@demo.gantry.local');
    projectId = (await pm.post('/api/projects', { name: 'Timesheet API', plannedStart: WEEK })).body.id;
    const lena = (await team.get('/api/me')).body.user.id;
    await pm.put(url(`/members/${lena}`), { relation: 'team_member' });
    await pm.put(url(`/members/${(await stakeholder.get('/api/me')).body.user.id}`), { relation: 'stakeholder' });
    const [resource] = await addTestResources(server.gantry.ctx.store, [
      { name: 'Lena', userId: lena, rates: [{ from: '2030-01-01', standardPerHourMinor: 6000 }] },
    ]);
    const version = (await pm.get(url('/tasks'))).body.plan.version;
    const res = await pm.post(url('/plan/ops'), {
      version,
      ops: [
        {
          op: 'insertTasks',
          tasks: [
            { id: TASK, name: 'Build', durationMinutes: 2400 },
            { id: OTHER, name: 'Not hers', durationMinutes: 480 },
          ],
        },
        {
          op: 'addAssignments',
          assignments: [{ id: ASSIGNMENT, taskId: TASK, resourceId: resource, unitsPercent: 100 }],
        },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
  afterAll(() => server?.close());

  const day = (h: number) => h * 60;

  it('from entry to approval to the plan’s actuals', async () => {
    const week = await team.get(`/api/timesheets?week=${WEEK}`);
    expect(week.status).toBe(200);
    expect(week.body).toMatchObject({ weekStart: WEEK, version: 0, lines: [] });
    expect(week.body.days[0]).toBe(WEEK);
    expect(week.body.suggestions).toEqual([
      expect.objectContaining({ projectId, taskId: TASK, assignmentId: ASSIGNMENT, taskName: 'Build' }),
    ]);
    const saved = await team.put(`/api/timesheets/${WEEK}`, {
      version: 0,
      lines: [{ projectId, taskId: TASK, minutes: [day(8), day(8), day(9), 0, 0, 0, 0], note: 'set-up' }],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, totalMinutes: day(25), dayTotals: [480, 480, 540, 0, 0, 0, 0] });
    expect(saved.body.lines[0]).toMatchObject({ status: 'draft', editable: true, totalMinutes: day(25) });
    const submitted = await team.post(`/api/timesheets/${WEEK}/submit`, { version: 1 });
    expect(submitted.status).toBe(200);
    expect(submitted.body.lines[0]).toMatchObject({ status: 'submitted', editable: false });

    // The manager sees it waiting, returns it with a comment; Lena corrects Wednesday and submits again.
    const queue = await pm.get(url('/timesheets'));
    expect(queue.body).toMatchObject({
      canDecide: true,
      items: [{ person: { name: 'Lena Fischer' }, weekStart: WEEK }],
    });
    const lineId = queue.body.items[0].id;
    const back = await pm.post(url('/timesheets/return'), { lineIds: [lineId], comment: 'Wednesday was a holiday' });
    expect(back.status).toBe(200);
    const returned = (await team.get(`/api/timesheets?week=${WEEK}`)).body;
    expect(returned.lines[0]).toMatchObject({ status: 'returned', editable: true, comment: 'Wednesday was a holiday' });
    const fixed = await team.put(`/api/timesheets/${WEEK}`, {
      version: returned.version,
      lines: [{ projectId, taskId: TASK, minutes: [day(8), day(8), 0, 0, 0, 0, 0], note: 'set-up' }],
    });
    expect(fixed.status).toBe(200);
    // Saved, the corrected line still shows why it came back; submitted again, the comment is settled.
    expect(fixed.body.lines[0]).toMatchObject({ status: 'draft', comment: 'Wednesday was a holiday' });
    expect((await team.post(`/api/timesheets/${WEEK}/submit`, { version: fixed.body.version })).status).toBe(200);

    const waiting = (await pm.get(url('/timesheets'))).body.items;
    expect(waiting[0]).toMatchObject({ status: 'submitted', comment: '' });
    const approved = await pm.post(url('/timesheets/approve'), { lineIds: waiting.map((l: { id: string }) => l.id) });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.items[0]).toMatchObject({
      status: 'approved',
      costMinor: 16 * 6000,
      decidedBy: { name: 'Marco Rossi' },
    });

    // Posted to the plan: started Monday 08:00, 16 h of 40 h done; the assignment's actual work follows.
    const task = (await pm.get(url('/tasks'))).body.tasks.find((t: { id: string }) => t.id === TASK);
    expect(task).toMatchObject({ actualStart: '2030-01-07T08:00', percentComplete: 40 });
    const assignment = (await pm.get(url('/assignments'))).body.items.find((a: { id: string }) => a.id === ASSIGNMENT);
    expect(assignment).toMatchObject({ workMinutes: 2400, actualWorkMinutes: 960 });
    // One undo step, labelled as the posting.
    const history = (await pm.get(url('/plan/history'))).body;
    expect(JSON.stringify(history)).toContain('post timesheet hours');
    // Actual cost counts the approved hours to the status date (Monday's at Monday evening).
    const monday = await pm.get(url('/earned-value?statusDate=2030-01-07T17:00'));
    expect(monday.body.ac).toBe(8 * 6000);
    expect((await stakeholder.get(url('/earned-value?statusDate=2030-01-11T17:00'))).body.ac).toBe(16 * 6000);
    // Approved hours are no longer Lena's to change.
    const locked = await team.put(`/api/timesheets/${WEEK}`, {
      version: (await team.get(`/api/timesheets?week=${WEEK}`)).body.version,
      lines: [{ projectId, taskId: TASK, minutes: [0, 0, 0, 0, 0, 0, 60], note: '' }],
    });
    expect(locked.status).toBe(400);
    expect(locked.body.error.message).toMatch(/lines\.0\.taskId.*approved/);
  });

  it('a return changes the week: a save from a page opened before it is stale, not a silent loss', async () => {
    const WEEK3 = '2030-01-21';
    const saved = await team.put(`/api/timesheets/${WEEK3}`, {
      version: 0,
      lines: [{ projectId, taskId: TASK, minutes: [day(4), 0, 0, 0, 0, 0, 0], note: 'late review' }],
    });
    const submitted = await team.post(`/api/timesheets/${WEEK3}/submit`, { version: saved.body.version });
    const line = (await pm.get(url('/timesheets'))).body.items.find(
      (l: { weekStart: string }) => l.weekStart === WEEK3,
    );
    expect((await pm.post(url('/timesheets/return'), { lineIds: [line.id], comment: 'Which review?' })).status).toBe(
      200,
    );
    // Her page still shows the line as submitted (locked): saving its other lines must not drop it.
    const stale = await team.put(`/api/timesheets/${WEEK3}`, { version: submitted.body.version, lines: [] });
    expect(stale.status).toBe(409);
    const week = (await team.get(`/api/timesheets?week=${WEEK3}`)).body;
    expect(week.lines).toEqual([expect.objectContaining({ status: 'returned', comment: 'Which review?' })]);
    expect(week.version).toBeGreaterThan(submitted.body.version);
  });

  it('refuses what is not hers, stale versions, bad days and other weeks', async () => {
    const put = (body: Record<string, unknown>, week = '2030-01-14') => team.put(`/api/timesheets/${week}`, body);
    const notHers = await put({ version: 0, lines: [{ projectId, taskId: OTHER, minutes: [60, 0, 0, 0, 0, 0, 0] }] });
    expect(notHers.status).toBe(400);
    expect(notHers.body.error.message).toMatch(/lines\.0\.taskId: is not a task you are assigned to/);
    const tooMuch = await put({ version: 0, lines: [{ projectId, taskId: TASK, minutes: [1441, 0, 0, 0, 0, 0, 0] }] });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error.details.issues[0].path).toBe('lines.0.minutes.0');
    const tuesday = await put({ version: 0, lines: [] }, '2030-01-15');
    expect(tuesday.status).toBe(400);
    expect(tuesday.body.error.message).toMatch(/week: must be a Monday/);
    expect((await put({ version: 0, lines: [] })).status).toBe(200);
    expect((await put({ version: 0, lines: [] })).status).toBe(409);
    const nothing = await team.post('/api/timesheets/2030-01-14/submit', { version: 1 });
    expect(nothing.status).toBe(422);
    // A team member cannot approve, a stakeholder cannot book.
    expect((await team.post(url('/timesheets/approve'), { lineIds: [id(9)] })).status).toBe(403);
    expect((await stakeholder.get('/api/timesheets')).status).toBe(403);
    const unknown = await pm.post(url('/timesheets/approve'), { lineIds: [id(9)] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/lineIds\.0/);
  });
});
