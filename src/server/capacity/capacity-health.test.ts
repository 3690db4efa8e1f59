import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignmentRow, resourceRow, seedCapacity } from '../../test-support/capacity-fixture.js';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/*
 * The resource health metrics on a real server: two parallel (so both critical) tasks starting next
 * Monday, both given to one person full time, turn the resources dimension amber with both tasks
 * named; a generic role on one of them is an unstaffed assignment inside the four-week look-ahead.
 * A project without assignments measures neither.
 */
describe.each(TEST_DIALECTS)('resource health metrics on %s', (dialect) => {
  let server: TestServer;
  let marco: TestClient;
  let project: string;
  let bare: string;
  const id = (n: number) => `0190f000-0000-7000-8000-${String(n).padStart(12, '0')}`;

  function nextMonday(): string {
    const d = new Date();
    d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
    return d.toISOString().slice(0, 10);
  }

  async function plan(name: string, tasks: { id: string; name: string }[]) {
    const p = (await marco.post('/api/projects', { name })).body.id as string;
    const version = (await marco.get(`/api/projects/${p}/tasks`)).body.plan.version as number;
    const res = await marco.post(`/api/projects/${p}/plan/ops`, {
      version,
      label: 'set up',
      ops: [
        { op: 'updatePlan', fields: { projectStart: `${nextMonday()}T08:00` } },
        { op: 'insertTasks', tasks: tasks.map((t) => ({ ...t, durationMinutes: 2400 })) },
      ],
    });
    expect(res.status).toBe(200);
    await server.gantry.ctx.store.db.updateTable('projects').set({ state: 'executing' }).where('id', '=', p).execute();
    return p;
  }

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    marco = await server.login('marco@demo.gantry.local');
    project = await plan('Staffed', [
      { id: id(1), name: 'Migrate data' },
      { id: id(2), name: 'Rewrite reports' },
    ]);
    bare = await plan('Unstaffed', [{ id: id(3), name: 'Alone' }]);
    await seedCapacity(
      server.gantry.ctx.store,
      [
        resourceRow({ id: id(901), code: 'DBA', name: 'Database administrator', kind: 'role' }),
        resourceRow({ id: id(902), code: 'ZOE', name: 'Zoe Quinn', role_id: id(901) }),
      ],
      [
        assignmentRow({ id: id(11), project_id: project, task_id: id(1), resource_id: id(902), work_minutes: 2400 }),
        assignmentRow({ id: id(12), project_id: project, task_id: id(2), resource_id: id(902), work_minutes: 2400 }),
        assignmentRow({ id: id(13), project_id: project, task_id: id(2), resource_id: id(901), work_minutes: 1200 }),
      ],
    );
  });
  afterAll(() => server?.close());

  it('counts critical tasks with over-allocated resources and unstaffed roles, naming them', async () => {
    const health = (await marco.get(`/api/projects/${project}/health`)).body;
    expect(health.metrics.overallocatedCriticalTasks).toBe(2);
    expect(health.metrics.unstaffedGenericAssignments).toBe(1);
    const resources = health.dimensions.find((d: { key: string }) => d.key === 'resources');
    expect(resources.rag).toBe('amber');
    const reasons = new Map(resources.reasons.map((r: { ruleId: string }) => [r.ruleId, r]));
    expect(
      (reasons.get('overallocated-critical') as { links: { label: string }[] }).links.map((l) => l.label).sort(),
    ).toEqual(['Migrate data', 'Rewrite reports']);
    expect((reasons.get('unstaffed-roles') as { links: { label: string }[] }).links.map((l) => l.label)).toEqual([
      'Rewrite reports (Database administrator)',
    ]);
  });

  it('measures nothing on a project without assignments', async () => {
    const health = (await marco.get(`/api/projects/${bare}/health`)).body;
    expect(health.metrics.overallocatedCriticalTasks).toBeNull();
    expect(health.metrics.unstaffedGenericAssignments).toBeNull();
  });
});
