import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { dbFingerprint } from '../../test-support/db-fingerprint.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../../test-support/server.js';

/**
 * Undo and redo kept by the server: per user, surviving a new session, version-guarded, and
 * refusing (409, nothing changed) to overwrite what someone else changed since.
 */
describe.each(TEST_DIALECTS)('plan history on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let pmo: TestClient;
  let team: TestClient;
  let projectId: string;
  let teamId: string;
  const id = (n: number) => `0190f100-0000-7000-8000-${String(n).padStart(12, '0')}`;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    pmo = await server.login('pmo@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    teamId = (await team.get('/api/me')).body.user.id;
    projectId = (await pm.post('/api/projects', { name: 'History', plannedStart: '2030-01-07' })).body.id;
    await pm.put(`/api/projects/${projectId}/members/${teamId}`, { relation: 'team_member' });
    const created = await pm.post(`/api/projects/${projectId}/plan/ops`, {
      version: 1,
      ops: [
        {
          op: 'insertTasks',
          tasks: [
            { id: id(1), name: 'Phase' },
            { id: id(2), name: 'Design', parentId: id(1), durationMinutes: 960, deadline: '2030-02-01T17:00' },
            { id: id(3), name: 'Code', parentId: id(1), durationMinutes: 1440, responsibleId: teamId },
            {
              id: id(4),
              name: 'Review',
              durationMinutes: 480,
              constraintType: 'startNoEarlierThan',
              constraintDate: '2030-01-21T08:00',
            },
            { id: id(5), name: 'Launch', milestone: true },
          ],
          links: [
            { id: id(11), predecessorId: id(2), successorId: id(3) },
            { id: id(12), predecessorId: id(3), successorId: id(4), type: 'SS', lag: 240 },
            { id: id(13), predecessorId: id(4), successorId: id(5) },
          ],
        },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
  });
  afterAll(() => server?.close());

  const url = (p: string) => `/api/projects/${projectId}${p}`;
  /** The plan as a user sees it, without the version that every write moves on. */
  async function planOf(client: TestClient) {
    const tasks = (await client.get(url('/tasks'))).body;
    const links = (await client.get(url('/links'))).body;
    const { version: _v, ...header } = tasks.plan;
    return { header, tasks: tasks.tasks, links: links.links };
  }
  const version = async () => (await pm.get(url('/tasks'))).body.plan.version as number;
  const ops = async (client: TestClient, list: unknown[], label?: string) =>
    client.post(url('/plan/ops'), { version: await version(), ops: list, ...(label ? { label } : {}) });
  const undo = async (client: TestClient) => client.post(url('/plan/undo'), { version: await version() });
  const redo = async (client: TestClient) => client.post(url('/plan/redo'), { version: await version() });

  it('undoes a mixed edit exactly after a new sign-in, and redoes it', async () => {
    const before = await planOf(pm);
    const edit = await ops(
      pm,
      [
        {
          op: 'updateTask',
          taskId: id(2),
          fields: { name: 'Design spec', durationMinutes: 1920, percentComplete: 100 },
        },
        { op: 'moveTasks', taskIds: [id(4)], parentId: id(1), beforeId: id(2) },
        { op: 'deleteTasks', taskIds: [id(3)] },
        { op: 'addLinks', links: [{ id: id(14), predecessorId: id(2), successorId: id(5), type: 'FF' }] },
        { op: 'updateLink', linkId: id(13), fields: { lagKind: 'percent', lag: 50 } },
        { op: 'updatePlan', fields: { statusDate: '2030-01-09T17:00' } },
      ],
      'restructure',
    );
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    const after = await planOf(pm);
    expect(after.tasks.map((t: any) => t.name)).toEqual(['Phase', 'Review', 'Design spec', 'Launch']);

    // A fresh session (a reload, another browser) sees the same history.
    const again = await server.login('marco@demo.gantry.local');
    expect((await again.get(url('/plan/history'))).body).toEqual({ undo: { label: 'restructure' }, redo: null });
    const undone = await undo(again);
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect(undone.body).toMatchObject({ label: 'restructure', history: { undo: { label: 'insert task' } } });
    expect(undone.body.history.redo).toEqual({ label: 'restructure' });
    expect(await planOf(again)).toEqual(before);

    const redone = await redo(again);
    expect(redone.status, JSON.stringify(redone.body)).toBe(200);
    expect(await planOf(again)).toEqual(after);
    // And back once more: undo after redo restores the plan again.
    expect((await undo(pm)).status).toBe(200);
    expect(await planOf(pm)).toEqual(before);
    expect((await redo(pm)).status).toBe(200);
    expect((await undo(pm)).status).toBe(200);
  });

  it("refuses to overwrite another user's later change to the same field, and changes nothing", async () => {
    expect(
      (await ops(pm, [{ op: 'updateTask', taskId: id(2), fields: { durationMinutes: 2400 } }], 'edit duration')).status,
    ).toBe(200);
    expect((await ops(pmo, [{ op: 'updateTask', taskId: id(2), fields: { durationMinutes: 2880 } }])).status).toBe(200);
    const fingerprint = await dbFingerprint(server.gantry.ctx.store);
    const refused = await undo(pm);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('conflict');
    expect(refused.body.error.message).toMatch(/^Cannot undo edit duration: Design changed since/);
    expect(refused.body.error.details.tasks).toEqual([{ id: id(2), name: 'Design' }]);
    expect(await dbFingerprint(server.gantry.ctx.store)).toEqual(fingerprint);
    // The other user may undo theirs; then the way is clear for the first.
    expect((await undo(pmo)).status).toBe(200);
    expect((await undo(pm)).status).toBe(200);
    expect((await pm.get(url('/tasks'))).body.tasks.find((t: any) => t.id === id(2)).durationMinutes).toBe(960);
  });

  it("undoes one user's edit and keeps another user's change to something else", async () => {
    expect((await ops(pm, [{ op: 'updateTask', taskId: id(2), fields: { notes: 'by Marco' } }])).status).toBe(200);
    expect((await ops(pmo, [{ op: 'updateTask', taskId: id(3), fields: { name: 'Code (PMO)' } }])).status).toBe(200);
    expect((await undo(pm)).status).toBe(200);
    const tasks = (await pm.get(url('/tasks'))).body.tasks;
    expect(tasks.find((t: any) => t.id === id(2)).notes).toBe('');
    expect(tasks.find((t: any) => t.id === id(3)).name).toBe('Code (PMO)');
    expect((await undo(pmo)).status).toBe(200);
  });

  it('answers 409 when a task the undo needs is gone', async () => {
    expect((await ops(pm, [{ op: 'moveTasks', taskIds: [id(5)], parentId: id(1) }], 'move')).status).toBe(200);
    expect((await ops(pmo, [{ op: 'deleteTasks', taskIds: [id(5)] }])).status).toBe(200);
    const refused = await undo(pm);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.tasks).toEqual([{ id: id(5), name: 'Launch' }]);
    expect((await undo(pmo)).status).toBe(200);
    expect((await undo(pm)).status).toBe(200);
  });

  it('undoes a status date change, and a new edit forgets what was undone', async () => {
    const was = (await pm.get(url('/tasks'))).body.plan.statusDate;
    expect(
      (await ops(pm, [{ op: 'updatePlan', fields: { statusDate: '2030-01-15T17:00' } }], 'change status date')).status,
    ).toBe(200);
    const undone = await undo(pm);
    expect(undone.body.plan.statusDate).toBe(was);
    expect(undone.body.history.redo).toEqual({ label: 'change status date' });
    expect((await ops(pm, [{ op: 'updateTask', taskId: id(4), fields: { notes: 'x' } }], 'edit notes')).status).toBe(
      200,
    );
    expect((await pm.get(url('/plan/history'))).body).toEqual({ undo: { label: 'edit notes' }, redo: null });
    expect((await redo(pm)).status).toBe(409);
    expect((await undo(pm)).status).toBe(200);
  });

  it("lets a team member undo her own progress but never a manager's edit", async () => {
    expect((await ops(pm, [{ op: 'updateTask', taskId: id(4), fields: { name: 'Peer review' } }])).status).toBe(200);
    const nothing = await undo(team);
    expect(nothing.status).toBe(409);
    expect(nothing.body.error.message).toBe('Nothing to undo');
    expect((await pm.get(url('/tasks'))).body.tasks.find((t: any) => t.id === id(4)).name).toBe('Peer review');
    expect((await ops(team, [{ op: 'updateTask', taskId: id(3), fields: { percentComplete: 40 } }])).status).toBe(200);
    expect((await team.get(url('/plan/history'))).body.undo).toEqual({ label: 'edit task' });
    const undone = await undo(team);
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect(undone.body.changed.find((t: any) => t.id === id(3))).toMatchObject({
      percentComplete: 0,
      actualStart: null,
    });
    const stakeholder = await server.login('olivia@demo.gantry.local');
    expect((await undo(stakeholder)).status).toBe(404);
  });

  it('guards undo by version like any write, and audits it', async () => {
    const stale = await pm.post(url('/plan/undo'), { version: (await version()) - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect((await pm.post(url('/plan/undo'), {})).status).toBe(400);
    const admin = await server.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const audit = await admin.get(`/api/audit?entityId=${projectId}&entityType=plan&pageSize=200`);
    const actions = audit.body.items.map((e: any) => e.action);
    expect(actions).toContain('plan.undo');
    expect(actions).toContain('plan.redo');
    const undo = audit.body.items.find(
      (e: any) => e.action === 'plan.undo' && e.changes.undone?.after === 'restructure',
    );
    expect(undo).toBeDefined();
  });
});
