import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTaskNames, nameList } from '../services/audit-labels.js';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

describe('audit labels', () => {
  it('reads task names out of a plan entry, once each, and shortens long lists', () => {
    const id = (n: number) => `0190a000-0000-7000-8000-00000000000${n}`;
    const changes = {
      [`Design [${id(1)}] durationMinutes`]: { before: 480, after: 960 },
      [`Design [${id(1)}] name`]: { before: 'Design', after: 'Design review' },
      tasks: { before: null, after: [`Build [${id(2)}]`, `Test [${id(3)}]`] },
      count: { before: 1, after: 1 },
    };
    expect(auditTaskNames(changes)).toEqual(['Design', 'Build', 'Test']);
    expect(nameList(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 more');
    expect(nameList([])).toBeNull();
  });
});

describe.each(TEST_DIALECTS)('audit API on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let pm: TestClient;
  let project: { id: string; code: string; name: string };
  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pmo = await server.login('pmo@demo.gantry.local');
    pm = await server.login('marco@demo.gantry.local');
    project = (await pmo.get('/api/projects?q=PRJ-0001')).body.items[0];
  });
  afterAll(() => server?.close());

  it('names the project and the tasks of a plan write, in one entry', async () => {
    const plan = (await pm.get(`/api/projects/${project.id}/tasks`)).body;
    const [first, second] = plan.tasks.filter((t: { summary: boolean }) => !t.summary);
    const res = await pm.patch(`/api/projects/${project.id}/tasks`, {
      version: plan.plan.version,
      tasks: [
        { id: first.id, durationMinutes: first.durationMinutes + 480 },
        { id: second.id, notes: 'Checked with the vendor' },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const entries = (await pmo.get(`/api/audit?projectId=${project.id}&pageSize=5`)).body.items;
    const entry = entries[0];
    expect(entry.action).toBe('plan.tasks.update');
    expect(entry).toMatchObject({ projectCode: 'PRJ-0001', projectName: project.name, projectId: project.id });
    expect(entry.entityLabel).toBe(`${first.name}, ${second.name}`);
    expect(entries.every((e: { projectId: string }) => e.projectId === project.id)).toBe(true);
  });

  it('pages the log and labels people, portfolios and members by name', async () => {
    const page = (await pmo.get('/api/audit?pageSize=25')).body;
    expect(page.items).toHaveLength(25);
    expect(page.total).toBeGreaterThan(25);
    const second = (await pmo.get('/api/audit?pageSize=25&page=2')).body.items;
    expect(second[0].id).not.toBe(page.items[0].id);

    const lena = (await pmo.get('/api/users?q=lena')).body.items[0];
    await pmo.put(`/api/projects/${project.id}/members/${lena.id}`, { relation: 'stakeholder' });
    const member = (await pmo.get('/api/audit?action=project.member.put&pageSize=1')).body.items[0];
    expect(member).toMatchObject({ entityLabel: 'Lena Fischer', projectCode: 'PRJ-0001' });

    const portfolio = (await pmo.get('/api/audit?entityType=portfolio&pageSize=1')).body.items[0];
    expect(portfolio.entityLabel).toEqual(expect.any(String));
    expect(portfolio.projectCode).toBeNull();
  });

  it("keeps a deleted project's code on its entries", async () => {
    const created = (await pmo.post('/api/projects', { name: 'Short-lived' })).body;
    await pmo.delete(`/api/projects/${created.id}`);
    const entries = (await pmo.get(`/api/audit?projectId=${created.id}`)).body.items;
    expect(entries.map((e: { projectCode: string }) => e.projectCode)).toEqual([created.code, created.code]);
    expect(entries[0].entityLabel).toBe('Short-lived');
  });
});
