import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type PlanTaskColumns,
  PlanTaskColumns as PlanTaskColumnsSchema,
  type PlanTasks,
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
});
