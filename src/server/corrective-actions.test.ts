import { randomUUID as uuid } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionFacts } from '../services/actions/action-facts.js';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

/**
 * Corrective actions end to end over HTTP: raised on a health finding, done while the rule still
 * fires (stays done, with the value), verified by itself once the plan is fixed; the PMO's
 * acceptance with a reason; who may do what; validation; overdue lists and health facts.
 */
describe.each(TEST_DIALECTS)('corrective actions on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let pm: TestClient;
  let otherPm: TestClient;
  let team: TestClient;
  let stakeholder: TestClient;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
    otherPm = await server.login('aiko@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
    stakeholder = await server.login('olivia@demo.gantry.local');
    for (const [k, c] of Object.entries({ pmo, pm, otherPm, team, stakeholder })) {
      ids[k] = (await c.get('/api/me')).body.user.id;
    }
  });
  afterAll(() => server?.close());

  /** An executing project of `pm`'s with Lena on the team and one 10-day task whose deadline is on day 2 (negative float). */
  async function lateProject() {
    let p = (
      await pmo.post('/api/projects', {
        name: `Late ${uuid().slice(0, 6)}`,
        managerId: ids.pm,
        plannedStart: '2030-01-07',
      })
    ).body;
    await pmo.put(`/api/projects/${p.id}/members/${ids.team}`, { relation: 'team_member' });
    await pmo.put(`/api/projects/${p.id}/members/${ids.stakeholder}`, { relation: 'stakeholder' });
    for (const to of ['approved', 'planning', 'executing']) {
      p = (await pmo.post(`/api/projects/${p.id}/transitions`, { to, version: p.version })).body;
    }
    const taskId = uuid();
    const plan = await pm.post(`/api/projects/${p.id}/tasks`, {
      version: 1,
      tasks: [{ id: taskId, name: 'Pour foundations', durationMinutes: 4800, deadline: '2030-01-08T17:00' }],
    });
    expect(plan.status, JSON.stringify(plan.body)).toBeLessThan(300);
    return { projectId: p.id as string, taskId };
  }

  const healthFinding = { kind: 'health', ruleId: 'negative-float', dimension: 'schedule' };

  it('verifies an action by itself once its health rule no longer fires, and tells its owner', async () => {
    const { projectId, taskId } = await lateProject();
    const base = `/api/projects/${projectId}/corrective-actions`;
    const created = await pm.post(base, {
      title: 'Recover the foundations deadline',
      ownerId: ids.team,
      dueDate: '2030-01-31',
      finding: healthFinding,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ status: 'open', owner: { id: ids.team }, findingLabel: expect.any(String) });
    const id = created.body.id;

    // The owner may start and finish it, but not edit or cancel it.
    const mine = (await team.get(`${base}/${id}`)).body;
    expect(mine.allowedActions).toEqual(['corrective_action.start', 'corrective_action.done']);
    const started = await team.post(`${base}/${id}/start`, { version: mine.version });
    expect(started.body.status).toBe('in_progress');

    const done = await team.post(`${base}/${id}/done`, { version: started.body.version });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('done');
    expect(done.body.reevaluation).toMatchObject({ fires: true, value: 1, threshold: 1 });
    expect(done.body.reevaluation.sentence).toBe('Still fires: value 1, threshold 1');

    // The plan is fixed: the deadline moves past the task's finish.
    const plan = (await pm.get(`/api/projects/${projectId}/tasks`)).body.plan;
    const fixed = await pm.patch(`/api/projects/${projectId}/tasks/${taskId}`, {
      version: plan.version,
      deadline: '2030-03-29T17:00',
    });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);

    const again = await team.post(`${base}/${id}/done`, { version: done.body.version });
    expect(again.body.status).toBe('verified');
    expect(again.body.reevaluation).toMatchObject({ fires: false, value: 0 });
    expect(again.body.verification).toMatchObject({ how: 'automatic', byId: ids.team, value: 0, threshold: 1 });
    expect(again.body.allowedActions).toEqual([]);

    const audit = (await pmo.get(`/api/audit?entityId=${id}`)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual([
      'corrective_action.done',
      'corrective_action.done',
      'corrective_action.start',
      'corrective_action.create',
    ]);
    let note: { title: string; link: string } | undefined;
    for (let i = 0; i < 100 && !note; i++) {
      note = (await team.get('/api/notifications')).body.items.find(
        (n: { kind: string }) => n.kind === 'action.assigned',
      );
      if (!note) await new Promise((r) => setTimeout(r, 100));
    }
    expect(note?.link).toBe(`/projects/${projectId}/actions`);
  });

  it('verifies an action raised on a failed DCMA check once the plan passes it', async () => {
    const { projectId, taskId } = await lateProject();
    const base = `/api/projects/${projectId}/corrective-actions`;
    const quality = (await pm.get(`/api/projects/${projectId}/schedule-quality`)).body.checks;
    const check = quality.find((c: { key: string }) => c.key === 'negativeFloat');
    expect(check.pass).toBe(false);
    const a = (
      await pm.post(base, {
        title: 'Remove negative float',
        ownerId: ids.pm,
        dueDate: '2030-01-31',
        finding: { kind: 'dcma', checkId: check.id, checkKey: check.key },
      })
    ).body;
    expect(a.findingLabel).toBe('DCMA check 7 (negativeFloat)');
    const done = (await pm.post(`${base}/${a.id}/done`, { version: a.version })).body;
    expect(done.status).toBe('done');
    expect(done.reevaluation).toMatchObject({ fires: true, value: check.value, threshold: 0 });

    const plan = (await pm.get(`/api/projects/${projectId}/tasks`)).body.plan;
    await pm.patch(`/api/projects/${projectId}/tasks/${taskId}`, {
      version: plan.version,
      deadline: '2030-03-29T17:00',
    });
    const verified = (await pm.post(`${base}/${a.id}/done`, { version: done.version })).body;
    expect(verified.status).toBe('verified');
    expect(verified.reevaluation).toMatchObject({ fires: false, value: 0, threshold: 0 });
    expect(verified.verification).toMatchObject({ how: 'automatic', byId: ids.pm, value: 0 });
  });

  it('keeps a done action done until the PMO accepts it with a reason, which the decisions log records', async () => {
    const { projectId } = await lateProject();
    const base = `/api/projects/${projectId}/corrective-actions`;
    const a = (
      await pm.post(base, { title: 'Accept the risk', ownerId: ids.pm, dueDate: '2030-02-01', finding: healthFinding })
    ).body;
    const done = (await pm.post(`${base}/${a.id}/done`, { version: a.version })).body;
    expect(done.status).toBe('done');
    expect(done.allowedActions).not.toContain('corrective_action.verify');
    expect((await pm.post(`${base}/${a.id}/verify`, { reason: 'ok', version: done.version })).status).toBe(403);
    const noReason = await pmo.post(`${base}/${a.id}/verify`, { reason: ' ', version: done.version });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.issues[0].path).toBe('reason');
    const stale = await pmo.post(`${base}/${a.id}/verify`, { reason: 'Client agreed', version: done.version - 1 });
    expect(stale.status).toBe(409);

    const verified = await pmo.post(`${base}/${a.id}/verify`, {
      reason: 'Client agreed to the later date',
      version: done.version,
    });
    expect(verified.body).toMatchObject({
      status: 'verified',
      verification: { how: 'accepted', reason: 'Client agreed to the later date', value: 1, threshold: 1 },
    });
    const log = (await pmo.get(`/api/decisions?projectId=${projectId}&kind=acceptance`)).body.items;
    expect(log).toHaveLength(1);
    expect(log[0].reasons).toBe('Client agreed to the later date');
    expect(log[0].links.map((l: { kind: string }) => l.kind).sort()).toEqual(['corrective_action', 'project']);
    // Readers of the project read its decisions; another manager does not.
    expect((await stakeholder.get(`/api/decisions/${log[0].id}`)).status).toBe(200);
    expect((await otherPm.get(`/api/decisions/${log[0].id}`)).status).toBe(404);
  });

  it('answers 400 naming the field, and writes nothing', async () => {
    const { projectId } = await lateProject();
    const base = `/api/projects/${projectId}/corrective-actions`;
    const cases: [unknown, string][] = [
      [{ title: '', ownerId: ids.team, dueDate: '2030-01-01' }, 'title'],
      [{ title: 'x', ownerId: ids.team, dueDate: '2030-02-30' }, 'dueDate'],
      [{ title: 'x', ownerId: 'nobody', dueDate: '2030-01-01' }, 'ownerId'],
      [
        {
          title: 'x',
          ownerId: ids.team,
          dueDate: '2030-01-01',
          finding: { kind: 'dcma', checkId: 15, checkKey: 'bei' },
        },
        'finding.checkId',
      ],
      [
        {
          title: 'x',
          ownerId: ids.team,
          dueDate: '2030-01-01',
          finding: { kind: 'dcma', checkId: 1, checkKey: 'bei' },
        },
        'finding.checkKey',
      ],
      [{ title: 'x', ownerId: ids.team, dueDate: '2030-01-01', finding: { kind: 'guess' } }, 'finding.kind'],
      // Aiko cannot read the project: she could neither see nor move the action.
      [{ title: 'x', ownerId: ids.otherPm, dueDate: '2030-01-01' }, 'ownerId'],
    ];
    for (const [body, field] of cases) {
      const res = await pm.post(base, body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    expect((await pm.get(base)).body.total).toBe(0);
  });

  it('lets only the PMO and the manager run actions; readers read them; others see nothing', async () => {
    const { projectId } = await lateProject();
    const base = `/api/projects/${projectId}/corrective-actions`;
    const body = { title: 'Re-plan', ownerId: ids.stakeholder, dueDate: '2030-01-20' };
    expect((await team.post(base, body)).status).toBe(403);
    expect((await otherPm.post(base, body)).status).toBe(404);
    const a = (await pmo.post(base, body)).body;
    expect(a.allowedActions).toEqual([
      'corrective_action.update',
      'corrective_action.start',
      'corrective_action.done',
      'corrective_action.cancel',
    ]);
    expect((await team.get(`${base}/${a.id}`)).body.allowedActions).toEqual([]);
    expect((await team.post(`${base}/${a.id}/start`, { version: 1 })).status).toBe(403);
    expect((await otherPm.get(`${base}/${a.id}`)).status).toBe(404);
    const moved = await pm.patch(`${base}/${a.id}`, { ownerId: ids.team, version: 1 });
    expect(moved.body.owner.id).toBe(ids.team);
    const cancelled = await pm.post(`${base}/${a.id}/cancel`, { note: 'Not needed', version: moved.body.version });
    expect(cancelled.body.status).toBe('cancelled');
    const late = await pm.patch(`${base}/${a.id}`, { title: 'Again', version: cancelled.body.version });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toBe('This action is cancelled: it no longer changes.');
  });

  it('lists overdue actions across projects, the caller’s own, and feeds them to health', async () => {
    const { projectId } = await lateProject();
    const base = `/api/projects/${projectId}/corrective-actions`;
    const overdue = (await pm.post(base, { title: 'Overdue one', ownerId: ids.team, dueDate: '2020-01-01' })).body;
    await pm.post(base, { title: 'Future one', ownerId: ids.pm, dueDate: '2099-01-01' });
    expect(overdue.overdue).toBe(true);
    const teamOverdue = (await team.get('/api/corrective-actions?mine=1&overdue=1')).body.items;
    expect(teamOverdue.map((a: { id: string }) => a.id)).toEqual([overdue.id]);
    const pmMine = (await pm.get(`/api/corrective-actions?mine=1&projectId=${projectId}`)).body.items;
    expect(pmMine.map((a: { title: string }) => a.title)).toEqual(['Future one']);
    expect((await otherPm.get('/api/corrective-actions?overdue=1')).body.items).toEqual([]);

    const { ctx } = server.gantry;
    const subject = {
      id: projectId,
      state: 'executing',
      portfolioId: null,
      plannedStart: null,
      plannedFinish: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const facts = await actionFacts.load(ctx, ctx.store.db, [subject], new Date());
    expect(facts.get(projectId)?.actions?.overdue).toEqual([
      { id: overdue.id, title: 'Overdue one', due: '2020-01-01' },
    ]);
  });
});
