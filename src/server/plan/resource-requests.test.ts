import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { dbFingerprint } from '../../test-support/db-fingerprint.js';
import { addTestResources } from '../../test-support/resources.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/**
 * A manager asks the PMO for a named person for a generic role's assignment; the PMO sees it in
 * its queue, fulfils it (which staffs the assignment through the plan, undoably) or declines it;
 * the manager may withdraw. Each step notifies, is audited, and is refused to whoever may not.
 */
describe.each(TEST_DIALECTS)('resource requests on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let pmo: TestClient;
  let team: TestClient;
  let projectId: string;
  let role: string;
  let ana: string;
  const id = (n: number) => `0190f000-0000-7000-8000-${String(n).padStart(12, '0')}`;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    pmo = await server.login('pmo@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    projectId = (await pm.post('/api/projects', { name: `Requests ${dialect}`, plannedStart: '2030-01-07' })).body.id;
    const store = server.gantry.ctx.store;
    [role] = (await addTestResources(store, [{ name: 'Senior developer', kind: 'role' }])) as [string];
    [ana] = (await addTestResources(store, [{ name: 'Ana', roleId: role }])) as [string];
    const v = (await pm.get(url('/tasks'))).body.plan.version;
    const res = await pm.post(url('/plan/ops'), {
      version: v,
      ops: [
        { op: 'insertTasks', tasks: [{ id: id(1), name: 'Code', durationMinutes: 2400 }] },
        { op: 'addAssignments', assignments: [{ id: id(2), taskId: id(1), resourceId: role, unitsPercent: 50 }] },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
  afterAll(() => server?.close());

  const url = (p: string) => `/api/projects/${projectId}${p}`;
  const ask = (client: TestClient, body: Record<string, unknown> = {}) =>
    client.post(url('/resource-requests'), {
      assignmentId: id(2),
      from: '2030-01-07',
      to: '2030-01-18',
      note: 'Need a named developer',
      ...body,
    });
  /** Waits for a notification whose title `match` picks (the dispatcher fans events out in the background). */
  async function arrives(client: TestClient, match: (title: string) => boolean): Promise<string> {
    for (let i = 0; i < 100; i++) {
      const items = (await client.get('/api/notifications')).body.items as { title: string }[];
      const found = items.find((n) => match(n.title));
      if (found) return found.title;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no such notification arrived');
  }

  it('refuses a request the caller may not make or that names nothing of the project, and changes nothing', async () => {
    const before = await dbFingerprint(server.gantry.ctx.store);
    expect((await ask(team)).status).toBe(404);
    expect((await ask(pm, { assignmentId: id(99) })).body.error.details.issues[0].path).toBe('assignmentId');
    expect((await ask(pm, { to: '2030-01-01' })).body.error.details.issues[0].path).toBe('to');
    expect((await pm.get('/api/resource-requests')).status).toBe(403);
    expect(await dbFingerprint(server.gantry.ctx.store)).toEqual(before);
  });

  it('a PM asks for a person for a role assignment; the PMO fulfils it and the assignment is staffed, undoably', async () => {
    const asked = await ask(pm);
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body).toMatchObject({
      status: 'open',
      resourceName: 'Senior developer',
      taskName: 'Code',
      unitsPercent: 100,
      allowedActions: ['resource_request.withdraw'],
    });
    const queue = (await pmo.get('/api/resource-requests')).body.items;
    expect(queue.map((r: any) => r.id)).toContain(asked.body.id);
    expect(queue.find((r: any) => r.id === asked.body.id).allowedActions).toEqual([
      'resource_request.fulfil',
      'resource_request.decline',
    ]);
    const title = `Senior developer requested for ${asked.body.projectCode} ${asked.body.projectName}`;
    expect(await arrives(pmo, (t) => t === title)).toBe(title);

    // Only the PMO answers; a stale version is refused.
    expect(
      (await pm.post(`/api/resource-requests/${asked.body.id}/fulfil`, { resourceId: ana, version: 1 })).status,
    ).toBe(403);
    expect(
      (await pmo.post(`/api/resource-requests/${asked.body.id}/fulfil`, { resourceId: ana, version: 7 })).status,
    ).toBe(409);
    const done = await pmo.post(`/api/resource-requests/${asked.body.id}/fulfil`, { resourceId: ana, version: 1 });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'fulfilled', fulfilledByName: 'Ana', answeredByName: 'Priya Okafor' });
    const [a] = (await pm.get(url('/assignments'))).body.items;
    expect(a).toMatchObject({ resourceName: 'Ana', unitsPercent: 50, workMinutes: 1200 });
    expect(a.staffingHistory).toEqual([
      expect.objectContaining({ resourceName: 'Senior developer', byName: 'Priya Okafor' }),
    ]);
    await arrives(pm, (t) => t.startsWith('Ana staffs your request for Senior developer'));
    // Answered once only.
    expect((await pmo.post(`/api/resource-requests/${asked.body.id}/decline`, { note: 'No', version: 2 })).status).toBe(
      409,
    );
    const audit = (await pmo.get(`/api/audit?projectId=${projectId}`)).body.items.map((e: any) => e.action);
    expect(audit).toEqual(
      expect.arrayContaining(['resource_request.create', 'resource_request.fulfil', 'plan.assignments.update']),
    );
    // The PMO's staffing is a plan edit like any: the PMO may undo it.
    const v = (await pmo.get(url('/tasks'))).body.plan.version;
    expect((await pmo.post(url('/plan/undo'), { version: v })).status).toBe(200);
    expect((await pm.get(url('/assignments'))).body.items[0].resourceName).toBe('Senior developer');
  });

  it('the PMO declines with a note; a PM withdraws', async () => {
    const one = (await ask(pm, { note: 'first' })).body;
    const declined = await pmo.post(`/api/resource-requests/${one.id}/decline`, { note: 'Nobody free', version: 1 });
    expect(declined.body).toMatchObject({ status: 'declined', answerNote: 'Nobody free', allowedActions: [] });
    expect((await pmo.post(`/api/resource-requests/${one.id}/decline`, { note: '', version: 2 })).status).toBe(400);
    const two = (await ask(pm, { note: 'second' })).body;
    expect((await pmo.post(`/api/resource-requests/${two.id}/withdraw`, { version: 1 })).status).toBe(403);
    expect((await pm.post(`/api/resource-requests/${two.id}/withdraw`, { version: 1 })).body.status).toBe('withdrawn');
    const listed = (await pm.get(url('/resource-requests'))).body.items.map((r: any) => r.status);
    expect(listed).toEqual(['withdrawn', 'declined', 'fulfilled']);
    expect((await pmo.get('/api/resource-requests')).body.items.some((r: any) => r.projectId === projectId)).toBe(
      false,
    );
  });
});
