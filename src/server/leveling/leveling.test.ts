import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAssignments } from '../../store/repos/assignments-repo.js';
import { insertResources } from '../../store/repos/resources-repo.js';
import type { TestClient } from '../../test-support/client.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';

/**
 * Leveling through the API: a job with progress whose preview is a scenario (moved tasks, finish
 * before and after) applied or discarded as any scenario, or written straight to the plan as one
 * undoable edit; clearing sets every delay back to 0 in one write.
 */
describe.each(TEST_DIALECTS)('leveling on %s', (dialect) => {
  let server: TestServer;
  let pm: TestClient;
  let otherPm: TestClient;
  let team: TestClient;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pm = await server.login('marco@demo.gantry.local');
    otherPm = await server.login('aiko@demo.gantry.local');
    team = await server.login('lena@demo.gantry.local');
  });
  afterAll(() => server?.close());

  /** A person in the pool (straight into the store: the pool's own routes are another feature's). */
  async function person(name: string): Promise<string> {
    const id = randomUUID();
    const at = new Date().toISOString();
    await insertResources(server.gantry.ctx.store.db, [
      {
        ...{ id, code: `L${id.slice(0, 8)}`, name, kind: 'person', user_id: null, email: '', department: '' },
        ...{ role_id: null, material_unit: '', calendar_id: null, skills: '[]', exceptions: '[]', max_units: '[]' },
        ...{ rates: '[]', currency: 'EUR', booking: 'committed', active: 1, notes: '', created_at: at, updated_at: at },
        version: 1,
      },
    ]);
    return id;
  }

  /** A project where Design (2 days, then Build) and Review (1 day) both need `resourceId` at 100 %. */
  async function overallocated(resourceId: string) {
    const projectId = (
      await pm.post('/api/projects', { name: `Level ${randomUUID().slice(0, 6)}`, plannedStart: '2030-01-07' })
    ).body.id as string;
    const [design, build, review] = [randomUUID(), randomUUID(), randomUUID()];
    const created = await pm.post(`/api/projects/${projectId}/plan/ops`, {
      version: 1,
      ops: [
        {
          op: 'insertTasks',
          tasks: [
            { id: design, name: 'Design', durationMinutes: 960 },
            { id: build, name: 'Build', durationMinutes: 960 },
            { id: review, name: 'Review', durationMinutes: 480 },
          ],
          links: [{ id: randomUUID(), predecessorId: design, successorId: build }],
        },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const row = (taskId: string) => ({
      ...{ id: randomUUID(), project_id: projectId, task_id: taskId, resource_id: resourceId, units: 1 },
      ...{ work_minutes: 0, actual_work_minutes: 0, remaining_work_minutes: null, leveling_delay_minutes: 0 },
      staffing_history: '[]',
    });
    await insertAssignments(server.gantry.ctx.store.db, [row(design), row(review)]);
    return { projectId, design, build, review };
  }

  async function finished(client: TestClient, jobId: string) {
    for (let i = 0; i < 200; i++) {
      const job = (await client.get(`/api/jobs/${jobId}`)).body;
      if (['done', 'failed', 'cancelled'].includes(job.state)) return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the leveling job did not finish');
  }

  const tasksOf = async (projectId: string) => {
    const body = (await pm.get(`/api/projects/${projectId}/tasks`)).body;
    return {
      version: body.plan.version as number,
      byName: new Map<string, any>(body.tasks.map((t: any) => [t.name, t])),
    };
  };

  it('previews in a scenario, applies it, shows the delay, clears it (undoably)', async () => {
    const { projectId } = await overallocated(await person('Ann'));
    const before = await tasksOf(projectId);
    const queued = await pm.post(`/api/projects/${projectId}/level`, { scope: 'project', preview: true });
    expect(queued.status, JSON.stringify(queued.body)).toBe(202);
    expect(queued.body.job.kind).toBe('plan.level');
    const job = await finished(pm, queued.body.job.id);
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    // Review is less urgent (it has slack): it waits two days for Design.
    expect(job.result.moved).toEqual([expect.objectContaining({ name: 'Review', levelingDelayMinutes: 960 })]);
    expect(job.result.finishAfter).toBe(job.result.finishBefore);
    const sid = job.result.scenarioId as string;
    expect(sid).toBeTruthy();
    // The live plan is untouched; the scenario's impact lists the moved task.
    expect((await tasksOf(projectId)).version).toBe(before.version);
    const impact = (await pm.get(`/api/projects/${projectId}/scenarios/${sid}/impact`)).body;
    expect(JSON.stringify(impact)).toContain('Review');
    const scenario = (await pm.get(`/api/projects/${projectId}/scenarios/${sid}`)).body;
    const applied = await pm.post(`/api/projects/${projectId}/scenarios/${sid}/apply`, { version: scenario.version });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    const leveled = await tasksOf(projectId);
    expect(leveled.byName.get('Review').levelingDelayMinutes).toBe(960);
    expect(leveled.byName.get('Review').start).toMatch(/^2030-01-09T08:00/);

    const cleared = await pm.post(`/api/projects/${projectId}/level/clear`, { version: leveled.version });
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200);
    const after = await tasksOf(projectId);
    expect(after.byName.get('Review').levelingDelayMinutes).toBe(0);
    expect(after.byName.get('Review').start).toMatch(/^2030-01-07T08:00/);
    const undone = await pm.post(`/api/projects/${projectId}/plan/undo`, { version: after.version });
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect((await tasksOf(projectId)).byName.get('Review').levelingDelayMinutes).toBe(960);
  });

  it('applies straight to the plan without a preview, as one undoable edit', async () => {
    const { projectId } = await overallocated(await person('Bea'));
    const before = await tasksOf(projectId);
    const queued = await pm.post(`/api/projects/${projectId}/level`, { preview: false, withinSlack: true });
    const job = await finished(pm, queued.body.job.id);
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    expect(job.result.scenarioId).toBeNull();
    expect(job.result.planVersion).toBe(before.version + 1);
    const after = await tasksOf(projectId);
    expect(after.version).toBe(before.version + 1);
    expect(after.byName.get('Review').levelingDelayMinutes).toBe(960);
    await pm.post(`/api/projects/${projectId}/plan/undo`, { version: after.version });
    expect((await tasksOf(projectId)).byName.get('Review').levelingDelayMinutes).toBe(0);
  });

  it("works around another project's load on the same person", async () => {
    const ann = await person('Cleo');
    await overallocated(ann);
    const { projectId } = await overallocated(ann);
    const queued = await pm.post(`/api/projects/${projectId}/level`, { preview: false });
    const job = await finished(pm, queued.body.job.id);
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    // The first project (not leveled) holds Cleo Mon and Tue (Design, with Review on Monday too):
    // here Design waits until Wednesday, and Review until Design is done.
    const t = (await tasksOf(projectId)).byName;
    expect(t.get('Design').start).toMatch(/^2030-01-09T08:00/);
    expect(t.get('Review').start).toMatch(/^2030-01-11T08:00/);
    expect(job.result.finishAfter > job.result.finishBefore).toBe(true);
  });

  it('refuses those who may not edit the plan, and bad bodies naming the field', async () => {
    const { projectId } = await overallocated(await person('Dan'));
    expect((await team.post(`/api/projects/${projectId}/level`, {})).status).toBe(404);
    expect((await otherPm.post(`/api/projects/${projectId}/level`, {})).status).toBe(404);
    const bad = await pm.post(`/api/projects/${projectId}/level`, { scope: 'galaxy' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('scope');
    const range = await pm.post(`/api/projects/${projectId}/level`, { from: '2030-02-01', to: '2030-01-01' });
    expect(range.status).toBe(400);
    expect(JSON.stringify(range.body)).toContain('from');
    expect((await pm.post(`/api/projects/${projectId}/level/clear`, {})).status).toBe(400);
  });
});
