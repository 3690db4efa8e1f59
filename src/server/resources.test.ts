import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAssignments } from '../store/repos/assignments-repo.js';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../test-support/server.js';

/*
 * The resource pool through the API: the PMO builds it (every kind), managers read it, a team
 * member reads only their own record; each write is validated per kind with the field named,
 * versioned, audited, evented; a resource plans use is deactivated rather than deleted; and the
 * PMO's capacity settings start at their defaults.
 */
describe.each(TEST_DIALECTS)('resource pool API on %s', (dialect) => {
  let server: TestServer;
  let admin: TestClient;
  let pmo: TestClient;
  let pm: TestClient;
  let team: TestClient;
  let sam: TestClient;

  beforeAll(async () => {
    server = await startTestServer({ dialect, jobWorkers: 0 });
    admin = await server.login(TEST_ADMIN.email);
    pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    sam = await server.login('sam@demo.gantry.local');
  });
  afterAll(() => server?.close());

  let seq = 0;
  const code = (prefix: string) => `${prefix}-${++seq}`;
  const issuePath = (res: { body: any }) => res.body.error.details.issues?.[0]?.path;
  const countOf = async (table: 'resources' | 'audit_log' | 'outbox_events') =>
    Number(
      (
        await server.gantry.ctx.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const newUser = async (name: string) =>
    (
      await admin.post('/api/users', {
        email: `${name.toLowerCase()}-${++seq}@x.test`,
        name,
        role: 'team_member',
        password: 'long-enough-pw',
      })
    ).body.id as string;

  it('the PMO builds the pool: a person linked to a user, a generic role, equipment and material with its unit', async () => {
    const role = await pmo.post('/api/resources', { code: code('ROLE'), name: 'Data engineer', kind: 'role' });
    expect(role.status).toBe(201);
    expect(role.body).toMatchObject({ kind: 'role', active: true, booking: 'committed', currency: 'EUR', version: 1 });

    const userId = await newUser('Nora');
    const events = await countOf('outbox_events');
    const person = await pmo.post('/api/resources', {
      code: code('NOR'),
      name: 'Nora Berg',
      kind: 'person',
      userId,
      email: 'nora@x.test',
      department: 'Data',
      roleId: role.body.id,
      skills: [
        { skill: 'Python', level: 5 },
        { skill: 'Spark', level: 3 },
      ],
      exceptions: [{ name: 'Summer leave', from: '2027-07-05', to: '2027-07-16', working: [] }],
      maxUnits: [
        { from: '2027-01-01', unitsPercent: 100 },
        { from: '2027-09-01', unitsPercent: 50 },
      ],
      rates: [{ from: '2027-01-01', standardPerHourMinor: 8500, overtimePerHourMinor: 11000, perUseMinor: 0 }],
      currency: 'CHF',
      booking: 'proposed',
    });
    expect(person.status).toBe(201);
    expect(person.body).toMatchObject({
      userId,
      userName: 'Nora',
      roleId: role.body.id,
      roleName: 'Data engineer',
      calendarId: null,
      maxUnits: [
        { from: '2027-01-01', unitsPercent: 100 },
        { from: '2027-09-01', unitsPercent: 50 },
      ],
      allowedActions: ['resource.update', 'resource.delete'],
      refusedActions: [],
    });
    expect(await countOf('outbox_events')).toBe(events + 1);
    const audit = (await pmo.get(`/api/audit?entityType=resource&entityId=${person.body.id}`)).body.items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['resource.create']);
    expect(audit[0].changes.name).toEqual({ before: null, after: 'Nora Berg' });

    const equipment = await pmo.post('/api/resources', { code: code('EQ'), name: 'Crane', kind: 'equipment' });
    expect(equipment.status).toBe(201);
    const material = await pmo.post('/api/resources', {
      code: code('MAT'),
      name: 'Concrete',
      kind: 'material',
      materialUnit: 'm³',
      rates: [{ from: '2027-01-01', standardPerHourMinor: 12000, overtimePerHourMinor: 0, perUseMinor: 5000 }],
    });
    expect(material.status).toBe(201);
    expect(material.body.materialUnit).toBe('m³');
    const cost = await pmo.post('/api/resources', { code: code('COST'), name: 'Travel', kind: 'cost' });
    expect(cost.status).toBe(201);

    const listed = (await pmo.get('/api/resources?pageSize=200')).body.items.map((r: { id: string }) => r.id);
    for (const r of [role, person, equipment, material, cost]) expect(listed).toContain(r.body.id);
  });

  it('lists with filters and pages: kind, department, skill, q, status', async () => {
    const dept = `Dept ${dialect} ${++seq}`;
    for (const [name, skill] of [
      ['Ada Filter', 'Rust'],
      ['Bea Filter', 'Go'],
      ['Cy Filter', 'rust'],
    ] as const) {
      const res = await pmo.post('/api/resources', {
        code: code('F'),
        name,
        kind: 'person',
        department: dept,
        skills: [{ skill, level: 2 }],
      });
      expect(res.status).toBe(201);
    }
    const names = async (query: string) =>
      (await pm.get(`/api/resources?${query}`)).body.items.map((r: { name: string }) => r.name);
    const d = encodeURIComponent(dept.toUpperCase());
    expect(await names(`department=${d}`)).toEqual(['Ada Filter', 'Bea Filter', 'Cy Filter']);
    expect(await names(`department=${d}&skill=RUST`)).toEqual(['Ada Filter', 'Cy Filter']);
    expect(await names(`department=${d}&q=bea`)).toEqual(['Bea Filter']);
    expect(await names(`department=${d}&kind=role`)).toEqual([]);
    const page = (await pm.get(`/api/resources?department=${d}&pageSize=2&page=2`)).body;
    expect([page.total, page.items.map((r: { name: string }) => r.name)]).toEqual([3, ['Cy Filter']]);
    expect((await pm.get('/api/resources?kind=robot')).status).toBe(400);
  });

  it('a manager reads the pool but cannot change it; nothing is written by a refused call', async () => {
    const lena = (await pmo.get('/api/resources?q=Lena')).body.items[0];
    const asPm = await pm.get(`/api/resources/${lena.id}`);
    expect(asPm.status).toBe(200);
    expect([asPm.body.allowedActions, asPm.body.refusedActions]).toEqual([[], []]);
    const [resources, audits] = [await countOf('resources'), await countOf('audit_log')];
    expect((await pm.post('/api/resources', { code: code('PM'), name: 'Nope', kind: 'role' })).status).toBe(403);
    expect((await pm.patch(`/api/resources/${lena.id}`, { name: 'Changed', version: lena.version })).status).toBe(403);
    expect((await pm.delete(`/api/resources/${lena.id}`)).status).toBe(403);
    expect((await team.patch(`/api/resources/${lena.id}`, { notes: 'mine', version: lena.version })).status).toBe(403);
    expect([await countOf('resources'), await countOf('audit_log')]).toEqual([resources, audits]);
    expect((await pm.get(`/api/resources/${lena.id}`)).body.version).toBe(lena.version);
  });

  it('a team member reads only their own record; someone without one gets 404 from /me', async () => {
    const own = await team.get('/api/resources/me');
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ name: 'Lena Fischer', userName: 'Lena Fischer', allowedActions: [] });
    const list = (await team.get('/api/resources?pageSize=200')).body;
    expect([list.total, list.items.map((r: { id: string }) => r.id)]).toEqual([1, [own.body.id]]);
    expect((await team.get(`/api/resources/${own.body.id}`)).status).toBe(200);
    const other = (await pmo.get('/api/resources?q=Sam')).body.items[0];
    expect((await team.get(`/api/resources/${other.id}`)).status).toBe(404);
    const stakeholder = await server.login('olivia@demo.gantry.local');
    expect((await stakeholder.get('/api/resources/me')).status).toBe(404);
    expect((await stakeholder.get('/api/resources')).body.items).toEqual([]);
    expect((await sam.get('/api/resources/me')).body.code).toBe('SCA');
  });

  it('refuses what does not fit the kind or the pool with a 400 (or 409 for a duplicate) naming the field', async () => {
    const person = (await pmo.get('/api/resources?q=Lena')).body.items[0];
    const cases: [Record<string, unknown>, string, number][] = [
      [{ kind: 'material' }, 'materialUnit', 400],
      [{ kind: 'person', materialUnit: 'kg' }, 'materialUnit', 400],
      [{ kind: 'material', materialUnit: 't', maxUnits: [{ from: '2027-01-01', unitsPercent: 50 }] }, 'maxUnits', 400],
      [{ kind: 'cost', calendarId: '00000000-0000-7000-8000-000000000001' }, 'calendarId', 400],
      [{ kind: 'cost', exceptions: [{ from: '2027-01-01', to: '2027-01-02', working: [] }] }, 'exceptions', 400],
      [
        {
          kind: 'cost',
          rates: [{ from: '2027-01-01', standardPerHourMinor: 1, overtimePerHourMinor: 1, perUseMinor: 1 }],
        },
        'rates',
        400,
      ],
      [{ kind: 'role', userId: (await team.get('/api/me')).body.user.id }, 'userId', 400],
      [{ kind: 'person', roleId: person.id }, 'roleId', 400],
      [{ kind: 'person', calendarId: crypto.randomUUID() }, 'calendarId', 400],
      [{ kind: 'person', userId: crypto.randomUUID() }, 'userId', 400],
      [{ kind: 'person', userId: (await team.get('/api/me')).body.user.id }, 'userId', 409],
      [{ kind: 'person', code: person.code }, 'code', 409],
      [
        {
          kind: 'person',
          maxUnits: [
            { from: '2027-03-01', unitsPercent: 50 },
            { from: '2027-01-01', unitsPercent: 80 },
          ],
        },
        'maxUnits.1.from',
        400,
      ],
      [{ kind: 'person', maxUnits: [{ from: '2027-02-30', unitsPercent: 50 }] }, 'maxUnits.0.from', 400],
      [{ kind: 'person', maxUnits: [{ from: '2027-02-01', unitsPercent: 1001 }] }, 'maxUnits.0.unitsPercent', 400],
      [{ kind: 'person', exceptions: [{ from: '2027-05-10', to: '2027-05-01', working: [] }] }, 'exceptions.0.to', 400],
      [
        {
          kind: 'person',
          exceptions: [{ from: '2027-05-01', to: '2027-05-01', working: [{ start: '13:00', end: '09:00' }] }],
        },
        'exceptions.0.working.0.end',
        400,
      ],
      [
        {
          kind: 'person',
          skills: [
            { skill: 'SQL', level: 3 },
            { skill: 'sql', level: 1 },
          ],
        },
        'skills.1.skill',
        400,
      ],
      [{ kind: 'person', skills: [{ skill: 'SQL', level: 6 }] }, 'skills.0.level', 400],
      [
        {
          kind: 'person',
          rates: [{ from: '2027-01-01', standardPerHourMinor: 10.5, overtimePerHourMinor: 0, perUseMinor: 0 }],
        },
        'rates.0.standardPerHourMinor',
        400,
      ],
      [{ kind: 'person', currency: 'euro' }, 'currency', 400],
      [{ kind: 'person', code: 'X'.repeat(21) }, 'code', 400],
    ];
    const before = await countOf('resources');
    for (const [fields, field, status] of cases) {
      const res = await pmo.post('/api/resources', { code: code('BAD'), name: 'Bad', ...fields });
      expect([res.status, issuePath(res)], JSON.stringify(fields)).toEqual([status, field]);
    }
    expect(await countOf('resources')).toBe(before);
    // A change is checked as the whole record it makes: a person turned into material needs its unit.
    const patch = await pmo.patch(`/api/resources/${person.id}`, { kind: 'material', version: person.version });
    expect([patch.status, issuePath(patch)]).toEqual([400, 'userId']);
  });

  it('updates with the version read: a stale one is a 409 and changes nothing; deactivating hides it from the default list', async () => {
    const created = (await pmo.post('/api/resources', { code: code('V'), name: 'Versioned', kind: 'equipment' })).body;
    const first = await pmo.patch(`/api/resources/${created.id}`, { name: 'Versioned 2', version: 1 });
    expect([first.status, first.body.version, first.body.name]).toEqual([200, 2, 'Versioned 2']);
    const stale = await pmo.patch(`/api/resources/${created.id}`, { name: 'Lost', version: 1 });
    expect([stale.status, stale.body.error.code, stale.body.error.details.currentVersion]).toEqual([
      409,
      'version_conflict',
      2,
    ]);
    expect((await pmo.patch(`/api/resources/${created.id}`, { name: 'No version' })).status).toBe(400);
    expect((await pmo.get(`/api/resources/${created.id}`)).body.name).toBe('Versioned 2');

    const off = await pmo.patch(`/api/resources/${created.id}`, { active: false }, { 'if-match': '2' });
    expect([off.status, off.body.active]).toEqual([200, false]);
    const ids = async (q: string) =>
      (await pmo.get(`/api/resources?pageSize=200${q}`)).body.items.map((r: any) => r.id);
    expect(await ids('')).not.toContain(created.id);
    expect(await ids('&status=inactive')).toContain(created.id);
    const on = await pmo.patch(`/api/resources/${created.id}`, { active: true, version: 3 });
    expect([on.status, on.body.active]).toEqual([200, true]);
    const audit = (await pmo.get(`/api/audit?entityType=resource&entityId=${created.id}`)).body.items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'resource.update',
      'resource.update',
      'resource.update',
      'resource.create',
    ]);
    expect(audit[1].changes).toEqual({ active: { before: true, after: false } });
  });

  it('refuses to delete a resource a plan uses (409: deactivate it), and deletes one nothing uses', async () => {
    const resource = (await pmo.post('/api/resources', { code: code('ASG'), name: 'Assigned', kind: 'person' })).body;
    const project = (await pmo.get('/api/projects?q=PRJ-0001')).body.items[0];
    const task = (await pmo.get(`/api/projects/${project.id}/tasks`)).body.tasks.find((t: any) => !t.summary);
    await insertAssignments(server.gantry.ctx.store.db, [
      {
        ...{ id: crypto.randomUUID(), project_id: project.id, task_id: task.id, resource_id: resource.id },
        ...{ units: 1, work_minutes: 480, actual_work_minutes: 0, remaining_work_minutes: null },
        ...{ leveling_delay_minutes: 0, staffing_history: '[]' },
      },
    ]);
    const read = (await pmo.get(`/api/resources/${resource.id}`)).body;
    expect(read.allowedActions).toEqual(['resource.update']);
    expect(read.refusedActions).toEqual([{ action: 'resource.delete', reason: expect.stringContaining('deactivate') }]);
    const refused = await pmo.delete(`/api/resources/${resource.id}`);
    expect([refused.status, refused.body.error.message]).toEqual([409, expect.stringContaining('deactivate it')]);
    expect((await pmo.get(`/api/resources/${resource.id}`)).status).toBe(200);
    // Nor does it change kind under the plans made for it.
    const kind = await pmo.patch(`/api/resources/${resource.id}`, { kind: 'equipment', version: 1 });
    expect([kind.status, issuePath(kind)]).toEqual([409, 'kind']);

    const free = (await pmo.post('/api/resources', { code: code('DEL'), name: 'Free', kind: 'role' })).body;
    const events = await countOf('outbox_events');
    expect((await pmo.delete(`/api/resources/${free.id}`, { 'if-match': '2' })).status).toBe(409);
    expect((await pmo.delete(`/api/resources/${free.id}`)).status).toBe(204);
    expect((await pmo.get(`/api/resources/${free.id}`)).status).toBe(404);
    expect(await countOf('outbox_events')).toBe(events + 1);
  });

  it('capacity settings: defaults until the PMO changes them, versioned, read by managers', async () => {
    const defaults = await pm.get('/api/resource-settings');
    expect(defaults.status).toBe(200);
    expect(defaults.body).toMatchObject({
      stateWeights: {
        proposed: 50,
        approved: 100,
        planning: 100,
        executing: 100,
        closing: 100,
        on_hold: 100,
        closed: 0,
        cancelled: 0,
      },
      unstaffedWeeks: 4,
      version: 1,
      updatedAt: null,
      allowedActions: [],
    });
    expect((await team.get('/api/resource-settings')).status).toBe(403);
    expect((await pm.put('/api/resource-settings', { unstaffedWeeks: 6, version: 1 })).status).toBe(403);
    expect((await pmo.get('/api/resource-settings')).body.allowedActions).toEqual(['resource.settings.manage']);

    const bad = await pmo.put('/api/resource-settings', { stateWeights: { dreaming: 10 }, version: 1 });
    expect([bad.status, issuePath(bad)]).toEqual([400, 'stateWeights']);
    const weeks = await pmo.put('/api/resource-settings', { unstaffedWeeks: 53, version: 1 });
    expect([weeks.status, issuePath(weeks)]).toEqual([400, 'unstaffedWeeks']);
    const put = await pmo.put('/api/resource-settings', {
      stateWeights: { proposed: 25 },
      unstaffedWeeks: 8,
      version: 1,
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      version: 2,
      unstaffedWeeks: 8,
      stateWeights: { proposed: 25, approved: 100, closed: 0 },
    });
    const stale = await pmo.put('/api/resource-settings', { unstaffedWeeks: 2, version: 1 });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'version_conflict']);
    expect((await pm.get('/api/resource-settings')).body).toMatchObject({ version: 2, unstaffedWeeks: 8 });
  });
});
