import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

/** The workflow's events reach people through the dispatcher: the PMO hears of a submit, the manager of a return. */
describe.each(TEST_DIALECTS)('status report notifications on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let pm: TestClient;

  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
  }, 60_000);
  afterAll(() => server?.close());

  const waitFor = async (client: TestClient, kind: string) => {
    for (let i = 0; i < 100; i++) {
      const items = (await client.get('/api/notifications?pageSize=50')).body.items as { kind: string }[];
      const found = items.find((n) => n.kind === kind);
      if (found) return found as { kind: string; title: string; body: string; link: string };
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no ${kind} notification`);
  };

  it('tells the PMO of a submitted report and the manager of its return, with the comment', async () => {
    const project = (await pm.post('/api/projects', { name: 'Notified reports', plannedStart: '2026-01-05' })).body;
    await pmo.put(`/api/projects/${project.id}/reporting`, { cadence: 'weekly' });
    const base = `/api/projects/${project.id}/status-reports`;
    const draft = (await pm.post(base, {})).body;
    await pm.post(`${base}/${draft.id}/submit`, { version: 1 });
    const submitted = await waitFor(pmo, 'report.submitted');
    expect(submitted.title).toBe(`Status report submitted for ${project.code} Notified reports`);
    expect(submitted.link).toBe(`/projects/${project.id}/reports?report=${draft.id}`);

    await pmo.post(`${base}/${draft.id}/return`, { version: 2, comment: 'Add the budget figures' });
    const returned = await waitFor(pm, 'report.returned');
    expect(returned.title).toBe(`Your status report of ${project.code} Notified reports was returned`);
    expect(returned.body).toMatch(/: Add the budget figures$/);
  });
});
