import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_CALENDAR_ID } from '../../store/standard-calendar.js';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../../test-support/server.js';

/**
 * Calendars on a real server and database: the engine judges each one before it is stored (bad
 * input names its field), changing one reschedules the plans that use it in the same write, and a
 * calendar still in use cannot be deleted.
 */
const day = ['08:00-12:00', '13:00-17:00'];
const weekdays = { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day };

describe.each(TEST_DIALECTS)('calendars on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let pmo: TestClient;
  let otherPm: TestClient;
  let team: TestClient;
  let stakeholder: TestClient;
  let projectId: string;
  let version: number;
  let code: string;
  let siteId: string;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    pmo = await server.login('pmo@demo.gantry.local');
    otherPm = await server.login('aiko@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    stakeholder = await server.login('olivia@demo.gantry.local');
    const project = await pm.post('/api/projects', { name: 'Calendar API', plannedStart: '2030-01-07' });
    projectId = project.body.id;
    code = project.body.code;
    const lena = (await team.get('/api/me')).body.user.id;
    await pm.put(`/api/projects/${projectId}/members/${lena}`, { relation: 'team_member' });
    const olivia = (await stakeholder.get('/api/me')).body.user.id;
    await pm.put(`/api/projects/${projectId}/members/${olivia}`, { relation: 'stakeholder' });
    version = (await pm.get(url('/tasks'))).body.plan.version;
    const created = await write('post', '/tasks', {
      tasks: [
        { id: DESIGN, name: 'Design', durationMinutes: 2 * 480 },
        { id: CODE, name: 'Code', durationMinutes: 3 * 480 },
      ],
      links: [{ predecessorId: DESIGN, successorId: CODE }],
    });
    expect(created.status).toBe(200);
  });
  afterAll(() => server?.close());

  const DESIGN = '0190c000-0000-7000-8000-00000000000a';
  const CODE = '0190c000-0000-7000-8000-00000000000b';
  const url = (p: string) => `/api/projects/${projectId}${p}`;
  async function write(method: 'post' | 'patch', path: string, body: Record<string, unknown>) {
    const res = await pm[method](url(path), { version, ...body });
    if (res.status === 200) version = res.body.plan.version;
    return res;
  }
  const task = async (id: string) => (await pm.get(url('/tasks'))).body.tasks.find((t: any) => t.id === id);

  it('lists the organisation calendars to anyone signed in, and lets only the PMO add one', async () => {
    const list = await stakeholder.get('/api/calendars');
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: any) => c.id)).toContain(STANDARD_CALENDAR_ID);
    expect((await pm.post('/api/calendars', { name: 'Mine', week: weekdays })).status).toBe(403);
    const created = await pmo.post('/api/calendars', { name: 'Four-day week', week: { ...weekdays, friday: [] } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ projectId: null, version: 1, hoursPerDay: 8, exceptions: [] });
    expect((await pm.get('/api/calendars')).body.items.map((c: any) => c.name)).toContain('Four-day week');
  });

  it('adds a calendar of the project for its manager, listed after the organisation ones', async () => {
    const created = await pm.post(url('/calendars'), { name: 'Site', week: weekdays });
    expect(created.status).toBe(201);
    expect(created.body.projectId).toBe(projectId);
    siteId = created.body.id;
    const list = await stakeholder.get(url('/calendars'));
    expect(list.status).toBe(200);
    expect(list.body.items.at(-1).id).toBe(siteId);
    expect(list.body.items[0].projectId).toBeNull();
    expect((await pm.get('/api/calendars')).body.items.map((c: any) => c.id)).not.toContain(siteId);
    expect((await otherPm.get(url('/calendars'))).status).toBe(404);
    expect((await team.post(url('/calendars'), { name: 'Team', week: weekdays })).status).toBe(403);
  });

  it('names the field the engine refuses and stores nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ week: { ...weekdays, monday: ['17:00-08:00'] } }, 'week.monday'],
      [{ week: { ...weekdays, tuesday: ['08:00-25:00'] } }, 'week.tuesday[0]'],
      [{ week: {} }, 'week'],
      [{ week: weekdays, exceptions: [{ from: '2030-01-10', to: '2030-01-08' }] }, 'exceptions[0].to'],
      [{ week: weekdays, exceptions: [{ from: '2030-02-30' }] }, 'exceptions[0].from'],
      [{ week: weekdays, exceptions: [{ from: '2030-01-10', working: ['12:00-09:00'] }] }, 'exceptions[0].working'],
      [{ week: weekdays, workWeeks: [{ from: '2030-03-01', to: '2030-02-01', week: weekdays }] }, 'workWeeks[0].to'],
    ];
    for (const [body, path] of cases) {
      const res = await pm.post(url('/calendars'), { name: 'Bad', ...body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details.issues[0].path).toBe(path);
      expect(res.body.error.message.startsWith(`${path}: `)).toBe(true);
    }
    const bad = await pm.post(url('/calendars'), { name: 'Bad', week: { ...weekdays, monday: ['17:00-08:00'] } });
    expect(bad.body.error.message).toBe('week.monday: interval 17:00-08:00 must end after it starts');
    const names = (await pm.get(url('/calendars'))).body.items.map((c: any) => c.name);
    expect(names).not.toContain('Bad');
  });

  it('reschedules the plan in the same write when a holiday is added to a calendar its tasks use', async () => {
    expect((await write('patch', `/tasks/${CODE}`, { calendarId: siteId })).status).toBe(200);
    expect((await task(CODE)).finish).toBe('2030-01-11T17:00');
    const before = version;
    const res = await pm.patch(url(`/calendars/${siteId}`), {
      version: 1,
      exceptions: [{ name: 'Founders day', from: '2030-01-10' }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, exceptions: [{ name: 'Founders day', from: '2030-01-10' }] });
    const plan = await pm.get(url('/tasks'));
    expect(plan.body.plan.version).toBe(before + 1);
    expect(plan.body.tasks.find((t: any) => t.id === CODE).finish).toBe('2030-01-14T17:00');
    expect(plan.body.tasks.find((t: any) => t.id === DESIGN).finish).toBe('2030-01-08T17:00');
    expect(plan.body.plan.projectFinish).toBe('2030-01-14T17:00');
    version = plan.body.plan.version;
  });

  it('changes only the fields sent (a new name leaves the plan alone), needs the version and refuses a stale one', async () => {
    const renamed = await pm.patch(url(`/calendars/${siteId}`), { name: 'Site office' }, { 'If-Match': '2' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Site office', version: 3, exceptions: [{ from: '2030-01-10' }] });
    const stale = await pm.patch(url(`/calendars/${siteId}`), { name: 'Lost', version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(3);
    const missing = await pm.patch(url(`/calendars/${siteId}`), { name: 'No version' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.issues[0].path).toBe('version');
    const invalid = await pm.patch(url(`/calendars/${siteId}`), { version: 3, week: {} });
    expect(invalid.status).toBe(400);
    expect((await pm.get(url('/calendars'))).body.items.at(-1)).toMatchObject({ name: 'Site office', version: 3 });
    const plan = await pm.get(url('/tasks'));
    expect(plan.body.plan.version).toBe(version);
    expect(plan.body.tasks.find((t: any) => t.id === CODE).finish).toBe('2030-01-14T17:00');
  });

  it("reschedules every project using an organisation calendar the PMO changes; the manager can't change it", async () => {
    const cal = (await pmo.get('/api/calendars')).body.items.find((c: any) => c.name === 'Four-day week');
    expect((await write('patch', '/schedule', { defaultCalendarId: cal.id })).status).toBe(200);
    // Design: Mon 7th and Tue 8th; Code on the site calendar: Wed 9th, (holiday 10th), Fri 11th, Mon 14th.
    expect((await task(DESIGN)).finish).toBe('2030-01-08T17:00');
    expect((await pm.patch(`/api/calendars/${cal.id}`, { version: 1, name: 'x' })).status).toBe(403);
    expect((await pm.patch(url(`/calendars/${cal.id}`), { version: 1, name: 'x' })).status).toBe(404);
    const before = version;
    const monday = ['10:00-12:00', '13:00-17:00'];
    const res = await pmo.patch(`/api/calendars/${cal.id}`, { version: 1, week: { ...weekdays, monday, friday: [] } });
    expect(res.status).toBe(200);
    const plan = await pm.get(url('/tasks'));
    expect(plan.body.plan.version).toBe(before + 1);
    expect(plan.body.tasks.find((t: any) => t.id === DESIGN)).toMatchObject({
      start: '2030-01-07T10:00',
      finish: '2030-01-09T10:00',
    });
    version = plan.body.plan.version;
  });

  it('refuses to delete a calendar still in use, naming who uses it, and never the Standard calendar', async () => {
    const org = (await pmo.get('/api/calendars')).body.items.find((c: any) => c.name === 'Four-day week');
    const inUse = await pmo.delete(`/api/calendars/${org.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.code).toBe('conflict');
    expect(inUse.body.error.details.projects).toEqual([expect.objectContaining({ id: projectId, code })]);
    const site = await pm.delete(url(`/calendars/${siteId}`));
    expect(site.status).toBe(409);
    expect(site.body.error.details.tasks).toEqual([expect.objectContaining({ id: CODE, name: 'Code' })]);
    expect(site.body.error.message).toMatch(/Site office.*1 task/);
    const standard = await pmo.delete(`/api/calendars/${STANDARD_CALENDAR_ID}`);
    expect(standard.status).toBe(409);
    expect((await pm.delete(`/api/calendars/${org.id}`)).status).toBe(403);
  });

  it('deletes a calendar once nothing uses it', async () => {
    expect((await write('patch', `/tasks/${CODE}`, { calendarId: null })).status).toBe(200);
    expect((await pm.delete(url(`/calendars/${siteId}`), { 'If-Match': '1' })).status).toBe(409);
    expect((await pm.delete(url(`/calendars/${siteId}`))).status).toBe(204);
    expect((await pm.delete(url(`/calendars/${siteId}`))).status).toBe(404);
    expect((await pm.get(url('/calendars'))).body.items.map((c: any) => c.id)).not.toContain(siteId);
    expect((await write('patch', '/schedule', { defaultCalendarId: STANDARD_CALENDAR_ID })).status).toBe(200);
    const org = (await pmo.get('/api/calendars')).body.items.find((c: any) => c.name === 'Four-day week');
    expect((await pmo.delete(`/api/calendars/${org.id}`)).status).toBe(204);
  });

  it('audits every calendar write', async () => {
    const admin = await server.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const audit = await admin.get('/api/audit?entityType=calendar&pageSize=100');
    const entries = audit.body.items.filter((e: any) => e.entityId === siteId);
    expect(entries.map((e: any) => e.action).sort()).toEqual([
      'calendar.create',
      'calendar.delete',
      'calendar.update',
      'calendar.update',
    ]);
    const holiday = entries.find((e: any) => e.action === 'calendar.update' && e.changes.exceptions);
    expect(holiday.changes.exceptions.after).toEqual([{ name: 'Founders day', from: '2030-01-10', working: [] }]);
    expect(holiday.changes.rescheduledProjects.after).toEqual([projectId]);
  });
});
