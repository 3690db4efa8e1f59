import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PlanLinkColumns,
  type PlanLinks,
  type PlanTaskColumns,
  PlanTaskColumns as PlanTaskColumnsSchema,
  type PlanTasks,
  planLinksOfColumns,
  planTasksOfColumns,
} from '../../contracts/index.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestServer, TEST_ADMIN, type TestServer } from '../../test-support/server.js';

/** The compact task list the plan view loads must hold exactly the tasks of the JSON list. */
describe.each(TEST_DIALECTS)('task list in columns on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ dialect, jobWorkers: 0 });
  });
  afterAll(() => server.close());

  it('decodes to the same tasks as the JSON list, for every demo plan', async () => {
    const admin = await server.login(TEST_ADMIN.email);
    const projects = (await admin.get('/api/projects')).body as { items: { id: string }[] };
    let compared = 0;
    for (const p of projects.items) {
      const json = (await admin.get(`/api/projects/${p.id}/tasks`)).body as PlanTasks;
      const res = await admin.get(`/api/projects/${p.id}/tasks?format=columns`);
      expect(res.status).toBe(200);
      const columns = PlanTaskColumnsSchema.parse(res.body) as PlanTaskColumns;
      expect(planTasksOfColumns(columns)).toEqual(json);
      compared += json.tasks.length;
      if (json.tasks.length > 0) {
        expect(JSON.stringify(columns).length).toBeLessThan(JSON.stringify(json).length / 2);
      }
    }
    // The demo plans have progress, milestones, people and constraints to round-trip.
    expect(compared).toBeGreaterThan(20);
  });

  it('gives the links in columns as the JSON list has them, and a second read the same text', async () => {
    const admin = await server.login(TEST_ADMIN.email);
    const projects = (await admin.get('/api/projects')).body as { items: { id: string }[] };
    let compared = 0;
    for (const p of projects.items) {
      const json = (await admin.get(`/api/projects/${p.id}/links`)).body as PlanLinks;
      const res = await admin.get(`/api/projects/${p.id}/links?format=columns`);
      expect(res.status).toBe(200);
      expect(planLinksOfColumns(PlanLinkColumns.parse(res.body))).toEqual(json);
      expect((await admin.get(`/api/projects/${p.id}/links?format=columns`)).body).toEqual(res.body);
      compared += json.links.length;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('answers the header of the version read, with the columns of that version, after an edit', async () => {
    const admin = await server.login(TEST_ADMIN.email);
    const projects = (await admin.get('/api/projects')).body as { items: { id: string }[] };
    const id = (projects.items[0] as { id: string }).id;
    const before = (await admin.get(`/api/projects/${id}/tasks?format=columns`)).body as PlanTaskColumns;
    const target = before.columns.id.findIndex((_, i) => (before.columns.summary?.[i] ?? 0) === 0);
    const edit = await admin.patch(`/api/projects/${id}/tasks/${before.columns.id[target]}`, {
      version: before.plan.version,
      name: 'Renamed by the columns test',
    });
    expect(edit.status).toBe(200);
    const after = (await admin.get(`/api/projects/${id}/tasks?format=columns`)).body as PlanTaskColumns;
    expect(after.plan.version).toBe(before.plan.version + 1);
    expect(after.columns.name[target]).toBe('Renamed by the columns test');
    const json = (await admin.get(`/api/projects/${id}/tasks`)).body as PlanTasks;
    expect(planTasksOfColumns(after)).toEqual(json);
  });
});
