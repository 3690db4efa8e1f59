import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test-support/client.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

describe.each(TEST_DIALECTS)('projects API on %s', (dialect) => {
  let server: TestServer;
  let pmo: TestClient;
  let portfolioId: string;
  beforeAll(async () => {
    server = await startTestServer({ dialect });
    pmo = await server.login('pmo@demo.gantry.local');
    portfolioId = (await pmo.get('/api/portfolios')).body.items[0].id;
  });
  afterAll(() => server?.close());

  it('creates a project with the next free code, in state proposed, and audits it', async () => {
    const res = await pmo.post('/api/projects', {
      name: 'Payroll migration',
      portfolioId,
      budgetMinor: 1_250_000,
      currency: 'usd',
      tags: ['hr'],
    });
    expect(res.status).toBe(201);
    expect(res.body.code).toBe('PRJ-0009');
    expect(res.body.state).toBe('proposed');
    expect(res.body.currency).toBe('USD');
    expect(res.body.version).toBe(1);
    const audit = await pmo.get(`/api/audit?entityId=${res.body.id}`);
    expect(audit.body.items[0].action).toBe('project.create');
    expect(audit.body.items[0].actorName).toBe('Priya Okafor');
    expect(audit.body.items[0].changes.name).toEqual({ before: null, after: 'Payroll migration' });
  });

  it('rejects bad input with 400 naming each field, and writes nothing', async () => {
    const before = (await pmo.get('/api/projects')).body.total;
    const res = await pmo.post('/api/projects', {
      name: '',
      code: 'bad code!',
      budgetMinor: 12.5,
      currency: 'EURO',
      plannedStart: '2026-05-01',
      plannedFinish: '2026-04-01',
      priority: 9,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    const paths = res.body.error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'code', 'budgetMinor', 'currency', 'priority']));
    expect((await pmo.get('/api/projects')).body.total).toBe(before);
  });

  it('names the field when a referenced portfolio or manager does not exist, and writes nothing', async () => {
    const before = (await pmo.get('/api/audit')).body.total;
    const res = await pmo.post('/api/projects', { name: 'Ghost', portfolioId: '00000000-0000-4000-8000-000000000000' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('portfolioId');
    const sam = (await pmo.get('/api/users?q=sam')).body.items[0];
    const res2 = await pmo.post('/api/projects', { name: 'Ghost', managerId: sam.id });
    expect(res2.status).toBe(400);
    expect(res2.body.error.message).toMatch(/managerId/);
    expect((await pmo.get('/api/audit')).body.total).toBe(before);
  });

  it('refuses a duplicate code with 409 on the code field', async () => {
    const res = await pmo.post('/api/projects', { name: 'Dup', code: 'prj-0001' });
    expect(res.status).toBe(409);
    expect(res.body.error.details.issues[0].path).toBe('code');
  });

  it('guards updates with the version: a stale write gets 409 with the current version and changes nothing', async () => {
    const p = (await pmo.post('/api/projects', { name: 'Concurrency', budgetMinor: 100 })).body;
    const marco = await server.login('marco@demo.gantry.local');
    expect(
      (await pmo.patch(`/api/projects/${p.id}`, { managerId: (await marco.get('/api/me')).body.user.id, version: 1 }))
        .status,
    ).toBe(200);
    // The manager and the PMO both read version 2; the manager saves first.
    const first = await marco.patch(`/api/projects/${p.id}`, { budgetMinor: 200 }, { 'if-match': '"2"' });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(3);
    const stale = await pmo.patch(`/api/projects/${p.id}`, { budgetMinor: 999, version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.error.details.currentVersion).toBe(3);
    const now = (await pmo.get(`/api/projects/${p.id}`)).body;
    expect(now.budgetMinor).toBe(200);
    // No version at all is a 400 naming it.
    const missing = await pmo.patch(`/api/projects/${p.id}`, { budgetMinor: 1 });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.issues[0].path).toBe('version');
  });

  it('records the before/after difference of an update in the audit log', async () => {
    const p = (await pmo.post('/api/projects', { name: 'Audit me', client: 'ACME' })).body;
    await pmo.patch(`/api/projects/${p.id}`, { client: 'Globex', objective: 'Grow', version: p.version });
    const entry = (await pmo.get(`/api/audit?entityId=${p.id}&action=project.update`)).body.items[0];
    expect(entry.changes).toEqual({
      client: { before: 'ACME', after: 'Globex' },
      objective: { before: '', after: 'Grow' },
    });
  });

  it('filters the audit log by actor, type and time', async () => {
    const me = (await pmo.get('/api/me')).body.user;
    const from = new Date(Date.now() - 60_000).toISOString();
    const res = await pmo.get(
      `/api/audit?actorId=${me.id}&entityType=project&from=${encodeURIComponent(from)}&pageSize=5`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(
      res.body.items.every(
        (e: { actorId: string; entityType: string }) => e.actorId === me.id && e.entityType === 'project',
      ),
    ).toBe(true);
    const future = await pmo.get(`/api/audit?from=${encodeURIComponent('2999-01-01T00:00:00Z')}`);
    expect(future.body.total).toBe(0);
  });

  it('lists with filter, search, sort and paging', async () => {
    const executing = await pmo.get('/api/projects?state=executing');
    expect(executing.body.items.map((p: { code: string }) => p.code)).toEqual(['PRJ-0001', 'PRJ-0007']);
    const search = await pmo.get('/api/projects?q=WAREHOUSE');
    expect(search.body.items.map((p: { code: string }) => p.code)).toEqual(['PRJ-0005']);
    const byCode = await pmo.get('/api/projects?q=prj-0006');
    expect(byCode.body.items[0].name).toBe('Data centre consolidation');
    const sorted = await pmo.get('/api/projects?sort=-budgetMinor&pageSize=2&page=1');
    expect(sorted.body.items.map((p: { code: string }) => p.code)).toEqual(['PRJ-0005', 'PRJ-0006']);
    expect(sorted.body.pageSize).toBe(2);
    const page2 = await pmo.get('/api/projects?sort=-budgetMinor&pageSize=2&page=2');
    expect(page2.body.items[0].code).toBe('PRJ-0002');
    const tagged = await pmo.get('/api/projects?tag=infrastructure');
    expect(tagged.body.items.map((p: { code: string }) => p.code)).toEqual(['PRJ-0006', 'PRJ-0007']);
    const inPortfolio = await pmo.get(
      `/api/projects?portfolioId=${portfolioId}&state=executing,planning,proposed,on_hold`,
    );
    expect(inPortfolio.body.items.every((p: { portfolioId: string }) => p.portfolioId === portfolioId)).toBe(true);
    const bad = await pmo.get('/api/projects?state=flying&sort=colour');
    expect(bad.status).toBe(400);
  });

  it('allows only sensible lifecycle transitions, approval by the PMO only', async () => {
    const marco = await server.login('marco@demo.gantry.local');
    const created = await marco.post('/api/projects', { name: 'Marco’s idea' });
    expect(created.status).toBe(201);
    expect(created.body.relation).toBe('manager');
    expect(created.body.allowedTransitions).toEqual(['on_hold']);
    const p = created.body;
    expect((await marco.post(`/api/projects/${p.id}/transitions`, { to: 'approved', version: p.version })).status).toBe(
      403,
    );
    const approved = await pmo.post(`/api/projects/${p.id}/transitions`, {
      to: 'approved',
      reason: 'Fits strategy',
      version: p.version,
    });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('approved');
    const skip = await marco.post(`/api/projects/${p.id}/transitions`, {
      to: 'closed',
      version: approved.body.version,
    });
    expect(skip.status).toBe(422);
    expect(skip.body.error.code).toBe('invalid_transition');
    const planning = await marco.post(`/api/projects/${p.id}/transitions`, {
      to: 'planning',
      version: approved.body.version,
    });
    expect(planning.body.state).toBe('planning');
    const entry = (await pmo.get(`/api/audit?entityId=${p.id}&action=project.transition`)).body.items.at(-1);
    expect(entry.changes.state).toEqual({ before: 'proposed', after: 'approved' });
    expect(entry.changes.reason.after).toBe('Fits strategy');
  });

  it('manages members and shows a project to its team member and stakeholder only', async () => {
    const p = (await pmo.post('/api/projects', { name: 'Members' })).body;
    const sam = (await pmo.get('/api/users?q=sam')).body.items[0];
    const samClient = await server.login('sam@demo.gantry.local');
    expect((await samClient.get(`/api/projects/${p.id}`)).status).toBe(404);
    expect((await pmo.put(`/api/projects/${p.id}/members/${sam.id}`, { relation: 'team_member' })).status).toBe(200);
    const seen = await samClient.get(`/api/projects/${p.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ relation: 'team_member', allowedTransitions: [] });
    expect(seen.body.allowedActions).not.toContain('project.update');
    const members = (await pmo.get(`/api/projects/${p.id}/members`)).body;
    expect(members.map((m: { relation: string }) => m.relation)).toContain('team_member');
    expect((await pmo.delete(`/api/projects/${p.id}/members/${sam.id}`)).status).toBe(204);
    expect((await samClient.get(`/api/projects/${p.id}`)).status).toBe(404);
  });

  it('deletes a project (PMO) and its memberships', async () => {
    const p = (await pmo.post('/api/projects', { name: 'Short-lived' })).body;
    expect((await pmo.delete(`/api/projects/${p.id}`)).status).toBe(204);
    expect((await pmo.get(`/api/projects/${p.id}`)).status).toBe(404);
    expect((await pmo.get(`/api/audit?entityId=${p.id}&action=project.delete`)).body.total).toBe(1);
  });

  it('keeps portfolios: create, duplicate name 409, refuse deleting a non-empty one', async () => {
    const created = await pmo.post('/api/portfolios', { name: 'Research', description: 'R&D bets' });
    expect(created.status).toBe(201);
    expect(created.body.ownerName).toBe('Priya Okafor');
    expect((await pmo.post('/api/portfolios', { name: 'Research' })).status).toBe(409);
    const full = await pmo.delete(`/api/portfolios/${portfolioId}`);
    expect(full.status).toBe(409);
    const renamed = await pmo.patch(
      `/api/portfolios/${created.body.id}`,
      { name: 'Research & Development' },
      { 'if-match': '1' },
    );
    expect(renamed.body.name).toBe('Research & Development');
    expect((await pmo.delete(`/api/portfolios/${created.body.id}`)).status).toBe(204);
  });
});
